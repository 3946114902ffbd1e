/** Opaque global ids: base64url of "Type:42" (GitHub and Relay style). */
export function toGlobalId(type: string, id: number | string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export interface DecodedGlobalId {
  type: string;
  id: number;
}

/** Decodes a global id; null when it is malformed (a malformed id behaves like a missing one). */
export function fromGlobalId(globalId: string): DecodedGlobalId | null {
  if (typeof globalId !== 'string' || globalId.length === 0 || globalId.length > 200) return null;
  if (!/^[A-Za-z0-9_-]+$/.test(globalId)) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const [, type, digits] = /^([A-Za-z]+):([1-9][0-9]{0,15})$/.exec(decoded) ?? [];
  if (type === undefined || digits === undefined) return null;
  const id = Number(digits);
  if (!Number.isSafeInteger(id)) return null;
  return { type, id };
}

/** The numeric id behind a global id of the expected type, or null. */
export function idOfType(globalId: string | null | undefined, type: string): number | null {
  if (globalId === null || globalId === undefined) return null;
  const decoded = fromGlobalId(globalId);
  return decoded && decoded.type === type ? decoded.id : null;
}
