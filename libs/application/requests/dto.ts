import { applyDecorators, type Type as Class } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsNotEmpty, IsObject, IsString, MaxLength, Matches, IsISO8601, ValidateBy, ValidateNested, type ValidationOptions } from 'class-validator';
import { isCalendarDate } from '@telemed/domain/core';

/** Limits on every free-text field, so no request can carry an unbounded string. */
export const NAME_MAX = 200;
export const TEXT_MAX = 20_000;
/** Formatted values (ids, dates, instants) are short: bounded too, so every string a request carries is. */
const UUID_LENGTH = 36;
const INSTANT_MAX = 40;

export const IsName = () => applyDecorators(IsString(), IsNotEmpty(), MaxLength(NAME_MAX));
export const IsText = () => applyDecorators(IsString(), IsNotEmpty(), MaxLength(TEXT_MAX));
/** A UUID; `{ each: true }` checks every element of an array. */
export const IsId = (options: ValidationOptions = {}) =>
  applyDecorators(
    IsString(options),
    MaxLength(UUID_LENGTH, options),
    Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { message: '$property must be a UUID', ...options }),
  );
/** A calendar date YYYY-MM-DD that exists: no thirteenth month, no 30 February. */
export const IsCalendarDate = () =>
  applyDecorators(
    IsString(),
    MaxLength(10),
    ValidateBy({
      name: 'isCalendarDate',
      validator: { validate: isCalendarDate, defaultMessage: () => '$property must be a real calendar date (YYYY-MM-DD)' },
    }),
  );
/** An ISO-8601 instant with an explicit offset or Z. */
export const IsInstant = () =>
  applyDecorators(
    IsString(),
    MaxLength(INSTANT_MAX),
    IsISO8601({ strict: true }, { message: '$property must be an ISO-8601 instant' }),
    Matches(/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, { message: '$property must carry an offset (Z or ±hh:mm)' }),
  );

/**
 * The same instant in UTC (`2024-05-06T02:00:00.000Z`): stored times compare as text, so every
 * instant a client sends is normalised before it becomes part of an event.
 */
export const utcInstant = (instant: string): string => new Date(instant).toISOString();
export const utcSlot = (slot: { start: string; end: string }) => ({ start: utcInstant(slot.start), end: utcInstant(slot.end) });

/** A required object of the request, checked by its own class's rules and documented as that class. */
export const IsNested = (type: Class) => applyDecorators(ApiProperty({ type }), IsDefined(), IsObject(), ValidateNested(), Type(() => type));
