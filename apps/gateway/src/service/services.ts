import { AuthService } from '../auth/auth.service';
import { SessionService } from '../auth/session.service';
import type { Mailer } from '../mail/mailer';
import { ApiTokenService } from './api-token.service';
import { AuditService } from './audit.service';
import { CompanyService } from './company.service';
import { NodeService } from './node.service';
import { UserService } from './user.service';

/** Every service, built once at start-up; resolvers receive this registry in their constructor. */
export interface Services {
  audit: AuditService;
  sessions: SessionService;
  auth: AuthService;
  users: UserService;
  companies: CompanyService;
  apiTokens: ApiTokenService;
  nodes: NodeService;
}

export function createServices(deps: { mailer: Mailer }): Services {
  const audit = new AuditService();
  const sessions = new SessionService();
  const users = new UserService(audit, deps.mailer);
  const companies = new CompanyService();
  return {
    audit,
    sessions,
    auth: new AuthService(sessions, audit),
    users,
    companies,
    apiTokens: new ApiTokenService(audit),
    nodes: new NodeService(users, companies),
  };
}
