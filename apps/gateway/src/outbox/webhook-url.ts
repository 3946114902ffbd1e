import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Private, loopback, link-local and other non-public ranges a production webhook may not reach. */
const NON_PUBLIC = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  NON_PUBLIC.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['::ffff:0:0', 96],
] as const)
  NON_PUBLIC.addSubnet(net, prefix, 'ipv6');

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Why a webhook URL is refused when subscribing, or null. Outside production, http://localhost is allowed. */
export function webhookUrlProblem(url: string, production: boolean): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'Give a full URL, e.g. https://partner.example/hooks/portal.';
  }
  if (url.length > 2048) return 'The URL is too long (at most 2048 characters).';
  if (parsed.username || parsed.password) return 'The URL may not carry a user name or password.';
  const local = LOCAL_HOSTS.has(parsed.hostname);
  if (parsed.protocol !== 'https:' && !(local && !production && parsed.protocol === 'http:'))
    return 'Webhook URLs must use https (http only for localhost outside production).';
  if (
    production &&
    (local || (isIP(stripBrackets(parsed.hostname)) && !isPublic(stripBrackets(parsed.hostname))))
  )
    return 'Webhook URLs may not point at private or loopback addresses.';
  return null;
}

/**
 * In production, every address the URL's host resolves to must be public: checked when
 * delivering (not only when subscribing), so a name re-pointed at an internal address is refused.
 */
export async function assertPublicDestination(url: string, production: boolean): Promise<void> {
  if (!production) return;
  const host = stripBrackets(new URL(url).hostname);
  const addresses = isIP(host) ? [{ address: host }] : await lookup(host, { all: true });
  if (addresses.length === 0 || addresses.some((a) => !isPublic(a.address)))
    throw new Error(`${host} resolves to a private or loopback address; not delivered`);
}

function isPublic(address: string): boolean {
  return !NON_PUBLIC.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

function stripBrackets(host: string): string {
  return host.replace(/^\[|\]$/g, '');
}
