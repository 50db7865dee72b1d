import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { NotFound, type Urgency } from '@telemed/domain/core';
import { CASE_REVIEW_STATUSES, type CaseReviewStatus } from '@telemed/domain/case-review';
import type { AuthenticatedUser } from '@telemed/auth';
import { caseMaterialSummaries, type ReadModelStore, type SqlValue } from '@telemed/projections';
import { READ_MODELS } from '../infrastructure/tokens';
import { IsId } from '../requests/dto';
import { readNewestFirst } from '../reading/keyset-page';
import { PageQueryDto } from '../reading/page-query.dto';
import { canSeeCaseReview } from './case-review-access';
import { deadlinesView } from '../deadlines/deadline-view';

type Row = Record<string, any>;


/** Coordinators manage the network; they see everything but the patient and the clinical text. */
function seesClinicalDetails(user: AuthenticatedUser): boolean {
  return user.role !== 'coordinator';
}

export function caseReviewView(row: Row, panel: Row[], contributions: Row[], user: AuthenticatedUser) {
  const clinical = seesClinicalDetails(user);
  const invitations = panel.map((invitation) => ({
    expertId: invitation.expert_id,
    hospitalId: invitation.hospital_id,
    specialty: invitation.specialty,
    answer: invitation.answer as 'pending' | 'accepted' | 'declined',
    reason: invitation.reason,
    invitedBy: invitation.invited_by,
    invitedAt: invitation.invited_at,
    answeredAt: invitation.answered_at,
  }));
  return {
    id: row.id,
    status: row.status as CaseReviewStatus,
    partnershipId: row.partnership_id,
    pairingId: row.pairing_id,
    requestingHospitalId: row.requesting_hospital_id,
    givingHospitalId: row.giving_hospital_id,
    specialties: JSON.parse(row.specialties) as string[],
    urgency: row.urgency as Urgency,
    purpose: row.purpose,
    ...(clinical && { caseSummary: row.case_summary, patient: JSON.parse(row.patient) as Record<string, unknown> }),
    consent: JSON.parse(row.consent) as { medical: boolean; dataSharing: boolean },
    requestedBy: row.requested_by,
    requestedAt: row.requested_at,
    invitations,
    panel: invitations
      .filter((invitation) => invitation.answer === 'accepted')
      .map(({ expertId, hospitalId, specialty }) => ({ expertId, hospitalId, specialty })),
    slot: row.scheduled_start ? { start: row.scheduled_start, end: row.scheduled_end } : null,
    rescheduleCount: Number(row.reschedule_count),
    startedAt: row.started_at,
    contributions: contributions.map((contribution) => ({
      expertId: contribution.expert_id,
      ...(clinical && { opinion: contribution.opinion }),
      recordedAt: contribution.recorded_at,
    })),
    ...(clinical && { conclusion: row.conclusion }),
    concludedBy: row.concluded_by,
    concludedAt: row.concluded_at,
    cancelledAt: row.cancelled_at,
    cancelReason: row.cancel_reason,
    // Accepted by: the first panellist's acceptance; answered by: the panel's conclusion.
    deadlines: deadlinesView(
      { due: row.accept_due, metAt: row.accept_met_at, overdueAt: row.accept_overdue_at },
      { due: row.answer_due, metAt: row.concluded_at, overdueAt: row.answer_overdue_at },
    ),
    overdue: Boolean(row.accept_overdue_at || row.answer_overdue_at),
    updatedAt: row.updated_at,
    position: String(row.last_position),
  };
}

/** The panels and contributions of several case reviews in two queries, grouped by case review. */
export async function caseReviewDetailsOf(db: ReadModelStore, ids: string[]) {
  const panels = new Map<string, Row[]>(ids.map((id) => [id, []]));
  const contributions = new Map<string, Row[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return { panels, contributions };
  const placeholders = ids.map(() => '?').join(', ');
  for (const row of await db.all<Row>(
    `SELECT * FROM case_review_panel WHERE case_review_id IN (${placeholders}) ORDER BY invitation_position, expert_id`,
    ids,
  )) {
    panels.get(row.case_review_id)!.push(row);
  }
  for (const row of await db.all<Row>(
    `SELECT * FROM case_review_contributions WHERE case_review_id IN (${placeholders}) ORDER BY position`,
    ids,
  )) {
    contributions.get(row.case_review_id)!.push(row);
  }
  return { panels, contributions };
}

export class GetCaseReview {
  constructor(
    readonly caseReviewId: string,
    readonly user: AuthenticatedUser,
  ) {}
}

@QueryHandler(GetCaseReview)
export class GetCaseReviewHandler implements IQueryHandler<GetCaseReview> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ caseReviewId, user }: GetCaseReview) {
    const row = await this.db.get<Row>('SELECT * FROM case_reviews WHERE id = ?', [caseReviewId]);
    if (!row) throw new NotFound('case review', caseReviewId);
    const { panels, contributions } = await caseReviewDetailsOf(this.db, [caseReviewId]);
    const panel = panels.get(caseReviewId)!;
    const invitedExpertIds = panel.map((invitation) => invitation.expert_id as string);
    if (!canSeeCaseReview(user, { requestingHospitalId: row.requesting_hospital_id, invitedExpertIds })) {
      throw new NotFound('case review', caseReviewId);
    }
    return { ...caseReviewView(row, panel, contributions.get(caseReviewId)!, user), materials: await caseMaterialSummaries(this.db, 'case-review', caseReviewId) };
  }
}

export class ListCaseReviewsDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CASE_REVIEW_STATUSES })
  @IsOptional()
  @IsIn(CASE_REVIEW_STATUSES)
  status?: CaseReviewStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'requesting or giving hospital, or the hospital of an invited expert' })
  @IsOptional()
  @IsId()
  hospitalId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'an invited expert' })
  @IsOptional()
  @IsId()
  expertId?: string;

  @ApiPropertyOptional({ description: 'true: only case reviews with a deadline recorded overdue; false: only those with none' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;
}

export class ListCaseReviews {
  constructor(
    readonly filter: ListCaseReviewsDto,
    readonly user: AuthenticatedUser,
  ) {}
}

const INVITED = 'EXISTS (SELECT 1 FROM case_review_panel p WHERE p.case_review_id = case_reviews.id AND p.expert_id = ?)';

/** What the caller may see of `case_reviews`, as SQL: clinicians their hospital's, experts those they are invited to. */
export function caseReviewScopeCondition(user: AuthenticatedUser): { where: string[]; params: SqlValue[] } {
  if (user.role === 'clinician') return { where: ['requesting_hospital_id = ?'], params: [user.hospitalId!] };
  if (user.role === 'expert') return { where: [INVITED], params: [user.userId] };
  return { where: [], params: [] };
}

/** The worklists: newest requests first, scoped to what the caller may see, paged by keyset. */
@QueryHandler(ListCaseReviews)
export class ListCaseReviewsHandler implements IQueryHandler<ListCaseReviews> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ filter, user }: ListCaseReviews) {
    const { where, params } = caseReviewScopeCondition(user);
    if (filter.status) {
      where.push('status = ?');
      params.push(filter.status);
    }
    if (filter.hospitalId) {
      where.push(`(requesting_hospital_id = ? OR giving_hospital_id = ?
        OR EXISTS (SELECT 1 FROM case_review_panel p WHERE p.case_review_id = case_reviews.id AND p.hospital_id = ?))`);
      params.push(filter.hospitalId, filter.hospitalId, filter.hospitalId);
    }
    if (filter.expertId) {
      where.push(INVITED);
      params.push(filter.expertId);
    }
    if (filter.overdue !== undefined) {
      where.push(filter.overdue ? '(accept_overdue_at IS NOT NULL OR answer_overdue_at IS NOT NULL)' : '(accept_overdue_at IS NULL AND answer_overdue_at IS NULL)');
    }
    const { rows: page, nextCursor } = await readNewestFirst<Row>(this.db, 'case_reviews', 'requested_at', { where, params }, filter);
    const { panels, contributions } = await caseReviewDetailsOf(this.db, page.map((row) => row.id as string));
    return {
      items: page.map((row) => caseReviewView(row, panels.get(row.id)!, contributions.get(row.id)!, user)),
      nextCursor,
    };
  }
}
