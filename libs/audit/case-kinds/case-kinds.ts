import { DomainError } from '@telemed/domain/core';
import { caseReviewStreamId } from '@telemed/domain/case-review';
import { consultationStreamId } from '@telemed/domain/consultation';
import { consortiumStreamId } from '@telemed/domain/consortium';
import { furtherStudyStreamId } from '@telemed/domain/further-study';
import { postingStreamId } from '@telemed/domain/posting';
import { researchOutputStreamId } from '@telemed/domain/research-output';
import { techniqueStreamId } from '@telemed/domain/technique';
import { trainingSessionStreamId } from '@telemed/domain/training';
import { visitStreamId } from '@telemed/domain/visit';
import { webhookEndpointStreamId } from '@telemed/domain/webhook';
import type { PatientCaseKind } from '../access-log/access-log';

/** The kinds of record an auditor names on every audit route and CLI command: the cases, and the ledger's postings, short visits, further study, new techniques, research outputs and consortia; and webhook endpoints. */
export const CASE_KINDS = ['consultation', 'case-review', 'training-session', 'posting', 'visit', 'further-study', 'technique', 'research-output', 'consortium', 'webhook'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/** The plural, as the resource paths spell it (`/v1/consultations`), is accepted for each kind. */
const KIND_OF_NAME: Record<string, CaseKind> = Object.fromEntries(
  CASE_KINDS.flatMap((kind) => [
    [kind, kind],
    [`${kind}s`, kind],
  ]),
);

const STREAM_OF_KIND: Record<CaseKind, (id: string) => string> = {
  consultation: consultationStreamId,
  'case-review': caseReviewStreamId,
  'training-session': trainingSessionStreamId,
  posting: postingStreamId,
  visit: visitStreamId,
  'further-study': furtherStudyStreamId,
  technique: techniqueStreamId,
  'research-output': researchOutputStreamId,
  consortium: consortiumStreamId,
  webhook: webhookEndpointStreamId,
};

/** How the access trail names the kinds of case whose records carry patient details. */
const PATIENT_KIND: Record<CaseKind, PatientCaseKind | undefined> = {
  consultation: 'consultations',
  'case-review': 'case-reviews',
  'training-session': undefined,
  posting: undefined,
  visit: undefined,
  'further-study': undefined,
  technique: undefined,
  'research-output': undefined,
  consortium: undefined,
  webhook: undefined,
};

/** The valid kinds, as an error message lists them. */
export const CASE_KIND_NAMES = `${CASE_KINDS.join(', ')} (the plural, such as consultations, is accepted too)`;

/** A kind of case that is none of CASE_KINDS, singular or plural. */
export class UnknownCaseKind extends DomainError {
  constructor(readonly given: string) {
    const message = `must be one of ${CASE_KIND_NAMES}`;
    super('invalid', 'unknown-case-kind', `"${given}" is not a kind of case: kind ${message}`, [{ field: 'kind', message }], {
      given,
      kinds: CASE_KINDS.join(', '),
    });
  }
}

/** Whether the value is a kind's canonical (singular) name, as exports record it. */
export function isCaseKind(value: unknown): value is CaseKind {
  return typeof value === 'string' && (CASE_KINDS as readonly string[]).includes(value);
}

/** The kind a caller named, singular or plural; undefined for anything else. */
export function caseKindNamed(name: string): CaseKind | undefined {
  return Object.hasOwn(KIND_OF_NAME, name) ? KIND_OF_NAME[name] : undefined;
}

/** The kind a caller named, singular or plural; UnknownCaseKind for anything else. */
export function parseCaseKind(name: string): CaseKind {
  const kind = caseKindNamed(name);
  if (!kind) throw new UnknownCaseKind(name);
  return kind;
}

export function caseStreamId(kind: CaseKind, id: string): string {
  return STREAM_OF_KIND[kind](id);
}

/** How the access trail names the kind, when its records carry patient details. */
export function patientCaseKindOf(kind: CaseKind): PatientCaseKind | undefined {
  return PATIENT_KIND[kind];
}
