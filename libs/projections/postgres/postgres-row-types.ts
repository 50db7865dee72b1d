import { types, type CustomTypesConfig } from 'pg';

const INT8 = 20;
const NUMERIC = 1700;

const INTEGER_TEXT = /^-?\d+$/;

/**
 * pg answers BIGINT, COUNT(*) (int8) and SUM over BIGINT (numeric) as strings, where SQLite
 * answers numbers. Answer numbers here too, so rows serialise the same on both adapters; an
 * integer beyond Number.MAX_SAFE_INTEGER becomes a bigint rather than losing digits.
 */
function parseInteger(text: string): number | bigint {
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : BigInt(text);
}

function parseNumeric(text: string): number | bigint {
  return INTEGER_TEXT.test(text) ? parseInteger(text) : Number(text);
}

/** Type parsers for one pool's clients only: the process-wide pg defaults stay untouched. */
export const SQLITE_LIKE_TYPES: CustomTypesConfig = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') => {
    if (format !== 'binary' && oid === INT8) return parseInteger;
    if (format !== 'binary' && oid === NUMERIC) return parseNumeric;
    return types.getTypeParser(oid, format);
  },
};
