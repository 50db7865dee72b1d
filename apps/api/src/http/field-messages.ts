import type { ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { fieldError, type FieldError, type MessageParams } from '@telemed/domain/core';

/**
 * One message per field in error, however many rules its value breaks: the first broken rule in
 * this order says the most (a number sent for a name is "must be text", not also "must not be empty").
 */
const RULE_ORDER = [
  'whitelistValidation',
  'unknownValue',
  'isDefined',
  'isString',
  'isBoolean',
  'isInt',
  'isNumber',
  'isArray',
  'isObject',
  'nestedValidation',
  'isIn',
  'isNotEmpty',
  'isCalendarDate',
  'isISO8601',
  'matches',
  'arrayMinSize',
  'arrayMaxSize',
  'maxLength',
  'min',
  'max',
];

/** The wording of each rule, with the values it names taken from the rule's own constraints. */
export const RULE_TEMPLATES: Record<string, { template: string; params?: (constraints: unknown[]) => MessageParams }> = {
  whitelistValidation: { template: 'is not a field of this request' },
  unknownValue: { template: 'is not a field of this request' },
  isDefined: { template: 'is required' },
  isString: { template: 'must be text' },
  isBoolean: { template: 'must be true or false' },
  isInt: { template: 'must be a whole number' },
  isNumber: { template: 'must be a number' },
  isArray: { template: 'must be a list' },
  isObject: { template: 'must be an object' },
  nestedValidation: { template: 'must be an object' },
  isIn: { template: 'must be one of {values}', params: ([values]) => ({ values: (values as unknown[]).join(', ') }) },
  isNotEmpty: { template: 'must not be empty' },
  maxLength: { template: 'must be at most {max} characters long', params: ([max]) => ({ max: Number(max) }) },
  arrayMinSize: { template: 'must hold at least {min} items', params: ([min]) => ({ min: Number(min) }) },
  arrayMaxSize: { template: 'must hold at most {max} items', params: ([max]) => ({ max: Number(max) }) },
  min: { template: 'must be at least {min}', params: ([min]) => ({ min: Number(min) }) },
  max: { template: 'must be at most {max}', params: ([max]) => ({ max: Number(max) }) },
};

/** A rule on every item of a list (`{ each: true }`) says so before its own wording. */
export const EACH_ITEM = 'each item ';

const rankOf = (rule: string) => {
  const rank = RULE_ORDER.indexOf(rule);
  return rank === -1 ? RULE_ORDER.length : rank;
};

const isMissing = (error: ValidationError) =>
  (error.value === undefined || error.value === null) && !('whitelistValidation' in (error.constraints ?? {}));

interface RuleMetadata {
  name?: string;
  type: string;
  propertyName: string;
  constraints: unknown[];
  each: boolean;
}

/** The rules each DTO class declares, read once per class. */
const declaredRules = new WeakMap<Function, RuleMetadata[]>();

/** How the rule was declared on the DTO: its constraints (a maximum, the allowed values) and whether it is on each item. */
function declarationOf(error: ValidationError, rule: string): RuleMetadata | undefined {
  if (!error.target) return undefined;
  const dto = error.target.constructor;
  let declared = declaredRules.get(dto);
  if (!declared) {
    declared = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false) as RuleMetadata[];
    declaredRules.set(dto, declared);
  }
  return declared.find((metadata) => metadata.propertyName === error.property && (metadata.name ?? metadata.type) === rule);
}

/** class-validator's own message without the property it starts with, for rules declared with a message of their own. */
function ownWording(message: string, property: string): string {
  return message.replace(/^each value in /, '').replace(new RegExp(`^(nested property )?${property.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `), '');
}

function messageOf(error: ValidationError, field: string): FieldError | undefined {
  const broken = Object.keys(error.constraints ?? {});
  if (broken.length === 0) return undefined;
  if (isMissing(error)) return fieldError(field, 'is required');
  const rule = [...broken].sort((a, b) => rankOf(a) - rankOf(b))[0];
  if (rule === 'whitelistValidation') return fieldError(field, RULE_TEMPLATES[rule].template);
  const declaration = declarationOf(error, rule);
  // A rule whose values cannot be read from its declaration keeps class-validator's wording, which names them.
  const wording = RULE_TEMPLATES[rule]?.params && !declaration ? undefined : RULE_TEMPLATES[rule];
  const template = wording?.template ?? ownWording(error.constraints![rule], error.property);
  const params = wording?.params ? wording.params(declaration!.constraints) : {};
  return fieldError(field, declaration?.each ? `${EACH_ITEM}${template}` : template, params);
}

/** Every field in error, named by its path (`patient.birthDate`), with one message each. */
export function fieldMessages(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = messageOf(error, field);
    return [...(own ? [own] : []), ...fieldMessages(error.children ?? [], field)];
  });
}
