import { ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldError } from '@telemed/domain/core';
import { HttpProblem, problem } from './problem-details';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Whitelisting DTO validation: unknown fields are refused, each invalid field is named. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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
