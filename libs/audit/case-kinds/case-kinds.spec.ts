import { DomainError } from '@telemed/domain/core';
import { caseStreamId, parseCaseKind, patientCaseKindOf, UnknownCaseKind } from './case-kinds';

describe('the kinds of case an auditor names', () => {
  it('takes each kind by its singular or its plural, and answers the singular', () => {
    expect(['consultation', 'consultations', 'case-review', 'case-reviews', 'training-session', 'training-sessions', 'posting', 'postings', 'visit', 'visits'].map(parseCaseKind)).toEqual([
      'consultation',
      'consultation',
      'case-review',
      'case-review',
      'training-session',
      'training-session',
      'posting',
      'posting',
      'visit',
      'visit',
    ]);
  });

  it('refuses any other name as invalid input that lists the valid kinds', () => {
    const refusal = (() => {
      try {
        parseCaseKind('prescriptions');
      } catch (error) {
        return error as DomainError;
      }
    })();
    expect(refusal).toBeInstanceOf(UnknownCaseKind);
    expect(refusal).toMatchObject({ kind: 'invalid', code: 'unknown-case-kind' });
    expect(refusal?.message).toContain('consultation, case-review, training-session, posting, visit, further-study, technique, research-output, consortium, webhook');
    expect(refusal?.fieldErrors).toEqual([{ field: 'kind', message: expect.stringContaining('consultation, case-review, training-session, posting, visit, further-study, technique, research-output, consortium, webhook') }]);
    expect(() => parseCaseKind('toString')).toThrow(UnknownCaseKind);
  });

  it("names each kind's stream as its aggregate does, and only cases with patients in the access trail", () => {
    expect(caseStreamId('case-review', 'r-1')).toBe('case-review-r-1');
    expect(caseStreamId('posting', 'p-1')).toBe('posting-p-1');
    expect(caseStreamId('webhook', 'w-1')).toBe('webhook-w-1');
    expect([patientCaseKindOf('consultation'), patientCaseKindOf('case-review'), patientCaseKindOf('training-session'), patientCaseKindOf('posting')]).toEqual([
      'consultations',
      'case-reviews',
      undefined,
      undefined,
    ]);
  });
});
