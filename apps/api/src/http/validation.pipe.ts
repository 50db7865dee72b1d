import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { fieldError, type FieldError } from '@telemed/domain/core';
import { fieldMessages } from './field-messages';
import { HttpProblem, problem } from '@telemed/application/requests/problem-details';
import { rememberValidationRules } from './remembered-validation-rules';

/** Names that every object inherits; class-validator's whitelist mistakes them for declared fields. */
const INHERITED_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

function inheritedNameFields(value: unknown, parent = ''): FieldError[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.keys(value).flatMap((key) => {
    const field = parent ? `${parent}.${key}` : key;
    const own = INHERITED_NAMES.has(key) ? [fieldError(field, 'is not a field of this request')] : [];
    return [...own, ...inheritedNameFields((value as Record<string, unknown>)[key], field)];
  });
}

/** The 400 answer naming every field in error, one message each. */
function invalidRequest(fieldErrors: FieldError[]): HttpProblem {
  const detail = fieldErrors.map(({ field, message }) => `${field}: ${message}`).join('; ') || 'the request is not valid';
  return new HttpProblem(problem(400, 'invalid-request', detail, fieldErrors));
}

/** Whitelisting validation that also refuses fields named like the members every object inherits. */
class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata) {
    // A body is a JSON object or absent; `null`, arrays and bare values would otherwise pass as an empty body.
    if (metadata.type === 'body' && value !== undefined && (value === null || typeof value !== 'object' || Array.isArray(value))) {
      throw invalidRequest([fieldError('body', 'must be a JSON object')]);
    }
    if (metadata.type === 'body' || metadata.type === 'query') {
      const fieldErrors = inheritedNameFields(value);
      if (fieldErrors.length > 0) throw invalidRequest(fieldErrors);
    }
    return super.transform(value, metadata);
  }
}

/** Whitelisting DTO validation: unknown fields are refused, each invalid field is named once. */
export function createValidationPipe(): ValidationPipe {
  rememberValidationRules();
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    // The target and value tell a missing field from a wrong one and which rule was declared how; neither is ever sent back.
    validationError: { target: true, value: true },
    exceptionFactory: (errors) => invalidRequest(fieldMessages(errors)),
  });
}
