import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { AppModule } from '../../apps/api/src/app.module';

/** Constraints that make a property a string (or a list of strings, with `each`). */
const STRING_CHECKS = new Set(['isString', 'matches', 'isIso8601', 'isUuid', 'isNotEmpty']);
/** Constraints that bound a string by themselves: a value from a fixed list. */
const CLOSED_SETS = new Set(['isIn', 'isEnum']);

function constraintNames(metadata: ValidationMetadata[], each: boolean): Set<string> {
  return new Set(metadata.filter((item) => item.type === 'customValidation' && Boolean(item.each) === each).map((item) => item.name ?? ''));
}

/** What a property lacks: every string has a maximum length, every list a maximum size, every nested value must be an object. */
function gapsOf(metadata: ValidationMetadata[]): string[] {
  const gaps: string[] = [];
  for (const each of [false, true]) {
    const names = constraintNames(metadata, each);
    const nested = metadata.some((item) => item.type === 'nestedValidation' && Boolean(item.each) === each);
    const suffix = each ? ' (each element)' : '';
    if ([...names].some((name) => STRING_CHECKS.has(name)) && !names.has('maxLength') && ![...names].some((name) => CLOSED_SETS.has(name))) {
      gaps.push(`a string without MaxLength${suffix}`);
    }
    if (names.has('isArray') && !names.has('arrayMaxSize')) gaps.push(`an array without ArrayMaxSize${suffix}`);
    if (nested && !names.has('isObject')) gaps.push(`a nested value without IsObject${suffix}`);
    if ((names.has('isInt') || names.has('isNumber')) && !names.has('max')) gaps.push(`a number without Max${suffix}`);
  }
  return gaps;
}

describe('every field a client can send is bounded', () => {
  // Loading the application module loads every controller, and with them every DTO.
  expect(AppModule).toBeDefined();
  const storage = getMetadataStorage();
  const targets = [...(storage as unknown as { validationMetadatas: Map<Function, ValidationMetadata[]> }).validationMetadatas.keys()].filter(
    (target): target is Function => typeof target === 'function' && target.name.endsWith('Dto'),
  );

  it('finds the request bodies and queries of the API', () => {
    expect(targets.map((target) => target.name)).toEqual(
      expect.arrayContaining(['RequestConsultationDto', 'PatientDto', 'RegisterHospitalDto', 'WorkingHoursDto', 'PublishAvailabilityDto', 'RecordAttendanceDto', 'ListLogEventsDto']),
    );
  });

  it('gives every string a maximum length, every array a maximum size, and checks that nested values are objects', () => {
    const gaps = targets.flatMap((target) => {
      const byProperty = storage.groupByPropertyName(storage.getTargetValidationMetadatas(target, '', true, false));
      return Object.entries(byProperty).flatMap(([property, metadata]) => gapsOf(metadata).map((gap) => `${target.name}.${property}: ${gap}`));
    });
    expect(gaps).toEqual([]);
  });
});
