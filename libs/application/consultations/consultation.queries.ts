import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { NotFound } from '@telemed/domain/core';
import { CONSULTATION_STATUSES, type ConsultationStatus } from '@telemed/domain/consultation';
import type { AuthenticatedUser } from '@telemed/auth';
import { caseMaterialSummaries, type ReadModelStore, type SqlValue } from '@telemed/projections';
import { READ_MODELS } from '../infrastructure/tokens';
import { IsId } from '../requests/dto';
import { readNewestFirst } from '../reading/keyset-page';
import { PageQueryDto } from '../reading/page-query.dto';
import { canSeeConsultation } from './consultation-access';
import { deadlinesView } from '../deadlines/deadline-view';

type Row = Record<string, any>;

/** Coordinators manage the network; they see everything but the patient and the clinical text. */
function seesClinicalDetails(user: AuthenticatedUser): boolean {
  return user.role !== 'coordinator';
}

/** The deadlines of a consultation: accepted (or declined) by, and answered (signed) by. */
function consultationDeadlines(row: Row) {
  return deadlinesView(
    { due: row.accept_due, metAt: row.accepted_at ?? row.declined_at, overdueAt: row.accept_overdue_at },
    { due: row.answer_due, metAt: row.completed_at, overdueAt: row.answer_overdue_at },
  );
}

export function consultationView(row: Row, user: AuthenticatedUser) {
  const clinical = seesClinicalDetails(user);
  return {
    id: row.id,
    status: row.status as ConsultationStatus,
    partnershipId: row.partnership_id,
    pairingId: row.pairing_id,
    requestingHospitalId: row.requesting_hospital_id,
    givingHospitalId: row.giving_hospital_id,
    expertId: row.expert_id,
    specialty: row.specialty,
    urgency: row.urgency,
    requestedTitle: row.requested_title,
    requestedExpertId: row.requested_expert_id,
    purpose: row.purpose,
    ...(clinical && { caseSummary: row.case_summary, patient: JSON.parse(row.patient) as Record<string, unknown> }),
    consent: JSON.parse(row.consent) as { medical: boolean; dataSharing: boolean },
    requestedBy: row.requested_by,
    requestedAt: row.requested_at,
    acceptedAt: row.accepted_at,
    declinedAt: row.declined_at,
    declineReasonCode: row.decline_reason_code,
    declineReason: row.decline_reason,
    slot: row.scheduled_start ? { start: row.scheduled_start, end: row.scheduled_end } : null,
    rescheduleCount: Number(row.reschedule_count),
    startedAt: row.started_at,
    completedAt: row.completed_at,
    ...(clinical && { opinion: row.opinion, recommendations: row.recommendations }),
    signedBy: row.signed_by,
    cancelledAt: row.cancelled_at,
    cancelReason: row.cancel_reason,
    deadlines: consultationDeadlines(row),
    overdue: Boolean(row.accept_overdue_at || row.answer_overdue_at),
    feedback:
      row.feedback_usefulness === null || row.feedback_usefulness === undefined
        ? null
        : { usefulness: Number(row.feedback_usefulness), ...(clinical && row.feedback_comment && { comment: row.feedback_comment }), givenAt: row.feedback_at },
    updatedAt: row.updated_at,
    position: String(row.last_position),
  };
}

/** The questions the expert asked and the clinician's answers, oldest first (their text for those who see clinical details). */
async function questionsOf(db: ReadModelStore, consultationId: string, user: AuthenticatedUser) {
  const rows = await db.all<Row>('SELECT * FROM consultation_questions WHERE consultation_id = ? ORDER BY asked_at, question_id', [consultationId]);
  const clinical = seesClinicalDetails(user);
  return rows.map((row) => ({
    id: row.question_id,
    ...(clinical && { question: row.question }),
    askedBy: row.asked_by,
    askedAt: row.asked_at,
    ...(clinical && row.answer !== null && { answer: row.answer }),
    answeredBy: row.answered_by ?? null,
    answeredAt: row.answered_at ?? null,
  }));
}

/** The consultations a caller may see, as SQL over the `consultations` table: the list's side of `canSeeConsultation`. */
export function consultationScopeCondition(user: AuthenticatedUser): { where: string[]; params: SqlValue[] } {
  if (user.role === 'clinician') return { where: ['requesting_hospital_id = ?'], params: [user.hospitalId!] };
  if (user.role === 'expert') return { where: ['(giving_hospital_id = ? OR expert_id = ?)'], params: [user.hospitalId!, user.userId] };
  return { where: [], params: [] };
}

export class GetConsultation {
  constructor(
    readonly consultationId: string,
    readonly user: AuthenticatedUser,
  ) {}
}

@QueryHandler(GetConsultation)
export class GetConsultationHandler implements IQueryHandler<GetConsultation> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ consultationId, user }: GetConsultation) {
    const row = await this.db.get<Row>('SELECT * FROM consultations WHERE id = ?', [consultationId]);
    if (!row || !canSeeConsultation(user, { requestingHospitalId: row.requesting_hospital_id, givingHospitalId: row.giving_hospital_id, expertId: row.expert_id })) {
      throw new NotFound('consultation', consultationId);
    }
    return {
      ...consultationView(row, user),
      questions: await questionsOf(this.db, consultationId, user),
      materials: await caseMaterialSummaries(this.db, 'consultation', consultationId),
    };
  }
}

export class ListConsultationsDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CONSULTATION_STATUSES })
  @IsOptional()
  @IsIn(CONSULTATION_STATUSES)
  status?: ConsultationStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'requesting or giving hospital' })
  @IsOptional()
  @IsId()
  hospitalId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsId()
  expertId?: string;

  @ApiPropertyOptional({ description: 'true: only consultations with a deadline recorded overdue; false: only those with none' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;
}

export class ListConsultations {
  constructor(
    readonly filter: ListConsultationsDto,
    readonly user: AuthenticatedUser,
  ) {}
}

/** The worklists: newest requests first, scoped to what the caller may see, paged by keyset. */
@QueryHandler(ListConsultations)
export class ListConsultationsHandler implements IQueryHandler<ListConsultations> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ filter, user }: ListConsultations) {
    const { where, params } = consultationScopeCondition(user);
    if (filter.status) {
      where.push('status = ?');
      params.push(filter.status);
    }
    if (filter.hospitalId) {
      where.push('(requesting_hospital_id = ? OR giving_hospital_id = ?)');
      params.push(filter.hospitalId, filter.hospitalId);
    }
    if (filter.expertId) {
      where.push('expert_id = ?');
      params.push(filter.expertId);
    }
    if (filter.overdue !== undefined) {
      where.push(filter.overdue ? '(accept_overdue_at IS NOT NULL OR answer_overdue_at IS NOT NULL)' : '(accept_overdue_at IS NULL AND answer_overdue_at IS NULL)');
    }
    const { rows: page, nextCursor } = await readNewestFirst<Row>(this.db, 'consultations', 'requested_at', { where, params }, filter);
    return {
      items: page.map((row) => consultationView(row, user)),
      nextCursor,
    };
  }
}
