import type { SqlValue } from '../read-model-store';

const IDENTIFIER_CHAR = /[A-Za-z0-9_]/;
const DOLLAR_TAG = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/;

/** Index just past a quoted string opened at `start`; `quote` doubled inside the string is an escaped quote. */
function skipQuoted(sql: string, start: number, quote: string, backslashEscapes: boolean): number {
  let index = start + 1;
  while (index < sql.length) {
    const char = sql[index];
    if (backslashEscapes && char === '\\') index += 2;
    else if (char === quote && sql[index + 1] === quote) index += 2;
    else if (char === quote) return index + 1;
    else index += 1;
  }
  return index;
}

/** Index just past a block comment opened at `start`; PostgreSQL lets block comments nest. */
function skipBlockComment(sql: string, start: number): number {
  let depth = 0;
  let index = start;
  while (index < sql.length) {
    if (sql.startsWith('/*', index)) {
      depth += 1;
      index += 2;
    } else if (sql.startsWith('*/', index)) {
      depth -= 1;
      index += 2;
      if (depth === 0) return index;
    } else {
      index += 1;
    }
  }
  return index;
}

/**
 * Rewrites the port's `?` placeholders as PostgreSQL's `$1..$n`, leaving alone any `?` inside a
 * string literal, a quoted identifier, a dollar-quoted string or a comment.
 */
export function toNumberedPlaceholders(sql: string): { text: string; placeholders: number } {
  let text = '';
  let placeholders = 0;
  let index = 0;
  while (index < sql.length) {
    const char = sql[index];
    const previous = index > 0 ? sql[index - 1] : '';
    let end = index + 1;
    if (char === '?') {
      placeholders += 1;
      text += `$${placeholders}`;
      index = end;
      continue;
    }
    if (char === "'") {
      const escapeString = (previous === 'E' || previous === 'e') && !IDENTIFIER_CHAR.test(index > 1 ? sql[index - 2] : '');
      end = skipQuoted(sql, index, "'", escapeString);
    } else if (char === '"') {
      end = skipQuoted(sql, index, '"', false);
    } else if (char === '-' && sql[index + 1] === '-') {
      const newline = sql.indexOf('\n', index);
      end = newline === -1 ? sql.length : newline;
    } else if (char === '/' && sql[index + 1] === '*') {
      end = skipBlockComment(sql, index);
    } else if (char === '$' && !IDENTIFIER_CHAR.test(previous)) {
      const tag = DOLLAR_TAG.exec(sql.slice(index));
      if (tag) {
        const close = sql.indexOf(tag[0], index + tag[0].length);
        end = close === -1 ? sql.length : close + tag[0].length;
      }
    }
    text += sql.slice(index, end);
    index = end;
  }
  return { text, placeholders };
}

/** Positions and counts may come as bigint; PostgreSQL takes them as decimal text. */
export function toPostgresParams(params: readonly SqlValue[]): Array<string | number | null> {
  return params.map((value) => (typeof value === 'bigint' ? value.toString() : value));
}
