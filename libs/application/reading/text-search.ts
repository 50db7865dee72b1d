/**
 * A search for `text` anywhere in a text column, case-insensitive for ASCII letters, with the
 * searcher's `%` and `_` taken literally: `{ condition, param }` to add to a WHERE clause. The same
 * SQL on SQLite and PostgreSQL (`!` escapes, so backslashes need no care on either).
 */
export function containsText(column: string, text: string): { condition: string; param: string } {
  const escaped = text.toLowerCase().replace(/[!%_]/g, (wildcard) => `!${wildcard}`);
  return { condition: `LOWER(${column}) LIKE ? ESCAPE '!'`, param: `%${escaped}%` };
}
