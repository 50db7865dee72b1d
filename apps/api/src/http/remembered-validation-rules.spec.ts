import { IsInt, IsString, Min, validateSync } from 'class-validator';
import { rememberValidationRules } from './remembered-validation-rules';

const failedRules = (object: object) => validateSync(object, { whitelist: true, forbidNonWhitelisted: true }).flatMap((error) => Object.keys(error.constraints ?? {}));

class Referral {
  @IsString()
  reference!: string;
}

describe('remembered validation rules', () => {
  beforeAll(() => rememberValidationRules());

  it('validate every object by its class\'s rules, the second time as the first', () => {
    const invalid = Object.assign(new Referral(), { reference: 42 });
    expect(failedRules(invalid)).toEqual(['isString']);
    expect(failedRules(invalid)).toEqual(['isString']);
    expect(failedRules(Object.assign(new Referral(), { reference: 'KS2-1' }))).toEqual([]);
  });

  it('take in the rules of a class declared after they were remembered, inherited ones included', () => {
    expect(failedRules(Object.assign(new Referral(), { reference: 'KS2-1' }))).toEqual([]);
    class UrgentReferral extends Referral {
      @IsInt()
      @Min(1)
      hours!: number;
    }
    expect(failedRules(Object.assign(new UrgentReferral(), { reference: 7, hours: 0 })).sort()).toEqual(['isString', 'min']);
    expect(failedRules(Object.assign(new UrgentReferral(), { reference: 'KS2-2', hours: 4 }))).toEqual([]);
  });

  it('cannot be changed by a caller that alters a lookup\'s answer', () => {
    const { getMetadataStorage } = jest.requireActual<typeof import('class-validator')>('class-validator');
    const rules = getMetadataStorage().getTargetValidationMetadatas(Referral, '', false, false);
    rules.length = 0;
    expect(failedRules(Object.assign(new Referral(), { reference: 42 }))).toEqual(['isString']);
  });
});
