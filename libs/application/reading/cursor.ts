import { applyDecorators } from '@nestjs/common';
import { IsString, MaxLength, Matches } from 'class-validator';
import { InvalidValue } from '@telemed/domain/core';

/** A keyset position: the sort key and id of the last row of the previous page. */
export interface Cursor {
  at: string;
  id: string;
}

export const IsCursor = () => applyDecorators(IsString(), MaxLength(512), Matches(/^[A-Za-z0-9_-]+$/, { message: '$property is not a valid cursor' }));

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id])).toString('base64url');
}

export function decodeCursor(encoded: string): Cursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'string' && typeof id === 'string') return { at, id };
  } catch {
    // fall through: reported below as a field error
  }
  throw new InvalidValue('cursor', 'is not a valid cursor');
}
