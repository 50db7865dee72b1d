import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Forbidden } from '@telemed/domain/core';
import type { AuthenticatedUser } from '@telemed/auth';
import { type FhirConsultationInput, type FhirResource, patientSystemOf } from '@telemed/audit';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import type { SqlValue } from '@telemed/projections';
import { PageQueryDto } from '../reading/page-query.dto';
import { canSeeConsultation } from '../consultations/consultation-access';
import { consultationView } from '../consultations/consultation.queries';

/* What every FHIR search and read shares, whether of a consultation's own resources or of its materials. */

type Row = Record<string, any>;

/** A FHIR date search value: an optional comparison prefix, then a calendar date or an instant with its offset. */
const FHIR_DATE = /^(eq|gt|lt|ge|le)?(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;
/** A FHIR token: `value` or `system|value`. */
const FHIR_TOKEN = /^([^|\s]{1,200}\|)?[^|\s]{1,200}$/;

export class FhirSearchDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'the patient by record number: `MRN` or `urn:telemed-backbone:hospital:<hospitalId>:patient|MRN`' })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  @Matches(FHIR_TOKEN, { message: '$property must be a FHIR token: a value, or a system and a value joined by |' })
  patient?: string;

  @ApiPropertyOptional({
    description:
      'a FHIR date with an optional prefix (eq, gt, lt, ge, le): when it was asked (ServiceRequest, Task, Consent), held (Appointment), begun (Encounter), signed (Composition, Provenance) or attached (DocumentReference, ImagingStudy)',
    example: 'ge2026-01-01',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @Matches(FHIR_DATE, { message: '$property must be a FHIR date such as ge2026-01-01 or lt2026-01-01T08:00:00Z' })
  date?: string;

  @ApiPropertyOptional({ description: 'the id of the resource' })
  @IsOptional()
  @MaxLength(64)
  @Matches(/^[A-Za-z0-9\-.]{1,64}$/, { message: '$property must be a FHIR id' })
  _id?: string;
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** A FHIR date search as conditions on a text column of UTC instants: a calendar date is the UTC day it names. */
export function dateConditions(column: string, value: string): { where: string[]; params: SqlValue[] } {
  const [, prefix = 'eq', day, time] = FHIR_DATE.exec(value)!;
  if (time) {
    const instant = new Date(`${day}${time}`).toISOString();
    const operator = { eq: '=', gt: '>', lt: '<', ge: '>=', le: '<=' }[prefix]!;
    return { where: [`${column} ${operator} ?`], params: [instant] };
  }
  const start = `${day}T00:00:00.000Z`;
  const end = `${nextDay(day)}T00:00:00.000Z`;
  switch (prefix) {
    case 'gt':
      return { where: [`${column} >= ?`], params: [end] };
    case 'ge':
      return { where: [`${column} >= ?`], params: [start] };
    case 'lt':
      return { where: [`${column} < ?`], params: [start] };
    case 'le':
      return { where: [`${column} < ?`], params: [end] };
    default:
      return { where: [`${column} >= ?`, `${column} < ?`], params: [start, end] };
  }
}

/** The consultation as the caller may see it, in the shape the FHIR mapping reads. */
export const inputOf = (row: Row, user: AuthenticatedUser) => consultationView(row, user) as FhirConsultationInput;

/** A search by patient, `MRN` or `system|MRN`: narrowed in SQL on the consultation's `patient` column, then compared exactly. */
export interface PatientSearch {
  system?: string;
  value: string;
}

export function patientSearchOf(token: string, user: AuthenticatedUser): PatientSearch {
  if (user.role === 'coordinator') throw new Forbidden('coordinators see no patient details, so they cannot search by patient');
  const bar = token.indexOf('|');
  return bar === -1 ? { value: token } : { system: token.slice(0, bar), value: token.slice(bar + 1) };
}

export function patientCondition(patient: PatientSearch): { where: string; param: string } {
  return { where: `patient LIKE ? ESCAPE '\\'`, param: `%${`"reference":${JSON.stringify(patient.value)}`.replace(/[\\%_]/g, (character) => `\\${character}`)}%` };
}

export const matchesPatient = (input: FhirConsultationInput, patient: PatientSearch | undefined) =>
  !patient || (input.patient?.reference === patient.value && (!patient.system || patient.system === patientSystemOf(input.requestingHospitalId)));

/** What a FHIR request brings besides the query: where the API is (for download URLs) and who asks (for the access trail). */
export interface FhirRequestContext {
  apiBaseUrl: string;
  metadata: EventMetadata;
}

/** Whether the caller may see the consultation a row of the `consultations` table holds. */
export const canSeeRow = (user: AuthenticatedUser, row: Row) =>
  canSeeConsultation(user, { requestingHospitalId: row.requesting_hospital_id, givingHospitalId: row.giving_hospital_id, expertId: row.expert_id });

/** One page of a search: the resources, and the cursor of the next page while more follow. */
export interface FhirSearchPage {
  resources: FhirResource[];
  nextCursor: string | null;
}
