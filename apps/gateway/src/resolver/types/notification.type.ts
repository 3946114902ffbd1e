import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../common/user-error';

export enum NotificationCategory {
  ORDERS = 'ORDERS',
  APPROVALS = 'APPROVALS',
  QUOTES = 'QUOTES',
  SHIPMENTS = 'SHIPMENTS',
  INVOICES = 'INVOICES',
  STATEMENTS = 'STATEMENTS',
}
registerEnumType(NotificationCategory, {
  name: 'NotificationCategory',
  description:
    'The e-mails a user may turn off: ORDERS (submitted, confirmed, delivery issues), APPROVALS, QUOTES (RFQs and quotations), SHIPMENTS, INVOICES (issued, due and overdue reminders, payments), STATEMENTS (the nightly statement). Invitations and password mails cannot be turned off.',
});

@ObjectType('NotificationPreference', { description: 'Whether you get the e-mails of a category.' })
export class NotificationPreferenceType {
  @Field(() => NotificationCategory) category: NotificationCategory;
  @Field(() => Boolean) enabled: boolean;
}

@InputType('NotificationPreferenceInput')
export class NotificationPreferenceInput {
  @Field(() => NotificationCategory) category: NotificationCategory;
  @Field(() => Boolean) enabled: boolean;
}

@InputType('UpdateNotificationPreferencesInput')
export class UpdateNotificationPreferencesInput {
  @Field(() => [NotificationPreferenceInput], {
    description: 'The categories to change; the others keep their value.',
  })
  preferences: NotificationPreferenceInput[];
}

@ObjectType('UpdateNotificationPreferencesPayload')
export class UpdateNotificationPreferencesPayload {
  @Field(() => [NotificationPreferenceType], {
    nullable: true,
    description: 'Every category, after the change.',
  })
  preferences: NotificationPreferenceType[] | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@InputType('SetCompanyStatementEmailInput')
export class SetCompanyStatementEmailInput {
  @Field(() => ID, {
    nullable: true,
    description: "Staff: the company; a portal admin's own company otherwise.",
  })
  companyId?: string | null;
  @Field(() => Boolean, { description: 'True: the statement is e-mailed every night.' })
  enabled: boolean;
}
