import { IsIn, IsOptional, validateSync } from 'class-validator';
import { IsCalendarDate, IsId, IsName } from '@telemed/application/requests/dto';
import { fieldMessages } from './field-messages';

class PatientSketch {
  @IsName()
  reference: string;

  @IsOptional()
  @IsCalendarDate()
  birthDate?: string;

  @IsOptional()
  @IsIn(['female', 'male'])
  sex?: string;

  @IsOptional()
  @IsId({ each: true })
  expertIds?: string[];
}

/** The field messages of a value, as the validation pipe would send them. */
function messagesOf(value: Record<string, unknown>) {
  const errors = validateSync(Object.assign(new PatientSketch(), value), { whitelist: true, forbidNonWhitelisted: true, validationError: { target: true, value: true } });
  return fieldMessages(errors).map(({ field, message }) => ({ field, message }));
}

describe('one message for each field in error', () => {
  it('a field left out is required, and nothing more', () => {
    expect(messagesOf({})).toEqual([{ field: 'reference', message: 'is required' }]);
  });

  it('a number where text belongs is said to be no text, not also too long or empty', () => {
    expect(messagesOf({ reference: 42 })).toEqual([{ field: 'reference', message: 'must be text' }]);
  });

  it('a rule with a limit names the limit it was declared with', () => {
    expect(messagesOf({ reference: 'x'.repeat(201) })).toEqual([{ field: 'reference', message: 'must be at most 200 characters long' }]);
    expect(messagesOf({ reference: 'MRN-1', sex: 'unknown' })).toEqual([{ field: 'sex', message: 'must be one of female, male' }]);
  });

  it('a date that does not exist is no calendar date, whatever its shape', () => {
    expect(messagesOf({ reference: 'MRN-1', birthDate: '1968-13-45' })).toEqual([{ field: 'birthDate', message: 'must be a real calendar date (YYYY-MM-DD)' }]);
  });

  it('a rule on each item of a list says so', () => {
    expect(messagesOf({ reference: 'MRN-1', expertIds: ['not-a-uuid'] })).toEqual([{ field: 'expertIds', message: 'each item must be a UUID' }]);
  });

  it('a field the request does not declare is named as such', () => {
    expect(messagesOf({ reference: 'MRN-1', bloodType: 'A+' })).toEqual([{ field: 'bloodType', message: 'is not a field of this request' }]);
  });
});
