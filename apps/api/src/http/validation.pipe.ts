import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldError } from '@telemed/domain/core';
import { HttpProblem, problem } from './problem-details';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Names that every object inherits; class-validator's whitelist mistakes them for declared fields. */
const INHERITED_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

function inheritedNameFields(value: unknown, parent = ''): FieldError[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.keys(value).flatMap((key) => {
    const field = parent ? `${parent}.${key}` : key;
    const own = INHERITED_NAMES.has(key) ? [{ field, message: `property ${key} should not exist` }] : [];
    return [...own, ...inheritedNameFields((value as Record<string, unknown>)[key], field)];
  });
}

/** Whitelisting validation that also refuses fields named like the members every object inherits. */
class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata) {
    // A body is a JSON object or absent; `null`, arrays and bare values would otherwise pass as an empty body.
    if (metadata.type === 'body' && value !== undefined && (value === null || typeof value !== 'object' || Array.isArray(value))) {
      throw new HttpProblem(problem(400, 'invalid-request', 'the body must be a JSON object', [{ field: 'body', message: 'must be a JSON object' }]));
    }
    if (metadata.type === 'body' || metadata.type === 'query') {
      const fieldErrors = inheritedNameFields(value);
      if (fieldErrors.length > 0) {
        throw new HttpProblem(problem(400, 'invalid-request', fieldErrors.map((error) => error.message).join('; '), fieldErrors));
      }
    }
    return super.transform(value, metadata);
  }
}

/** Whitelisting DTO validation: unknown fields are refused, each invalid field is named. */
export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fieldErrors = flatten(errors);
      return new HttpProblem(
        problem(400, 'invalid-request', fieldErrors.map((error) => error.message).join('; ') || 'the request is not valid', fieldErrors),
      );
    },
  });
}
