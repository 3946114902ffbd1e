/** Escapes LIKE wildcards with '!', an escape character both SQLite and MySQL accept as written. */
export function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, (c) => `!${c}`);
}

/** The pattern of a prefix search ("SO-00" matches SO-000123), with its ESCAPE clause written by the caller. */
export function prefixPattern(text: string): string {
  return `${escapeLike(text)}%`;
}
