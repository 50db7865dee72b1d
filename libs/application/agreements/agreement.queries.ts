import { Inject } from '@nestjs/common';
import { Query, IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { isInForce, type AgreementTerms } from '@telemed/domain/agreement';
import { NotFound } from '@telemed/domain/core';
import type { AuthenticatedUser } from '@telemed/auth';
import type { AgreementRow, ReadModelStore } from '@telemed/projections';
import { Clock, READ_MODELS } from '../infrastructure/tokens';
import { scopeOf } from '../access/policy';

export interface AgreementView extends AgreementTerms {
  id: string;
  partnershipId: string;
  status: 'in-effect' | 'terminated';
  /** Whether it holds now: within its validity and not terminated as of this instant. */
  inForce: boolean;
  registeredBy: string;
  registeredAt: string;
  amendedAt: string | null;
  termination: { reason: string; effectiveAt: string; terminatedBy: string; terminatedAt: string } | null;
}

function agreementView(row: AgreementRow, now: string): AgreementView {
  const terms = JSON.parse(row.terms) as AgreementTerms;
  const termination =
    row.status === 'terminated'
      ? { reason: row.termination_reason!, effectiveAt: row.termination_effective_at!, terminatedBy: row.terminated_by!, terminatedAt: row.terminated_at! }
      : null;
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    status: row.status,
    inForce: isInForce({ agreementId: row.id, terms, status: row.status, ...(termination ? { termination } : {}) }, now),
    ...terms,
    registeredBy: row.registered_by,
    registeredAt: row.registered_at,
    amendedAt: row.amended_at,
    termination,
  };
}

/**
 * Whether the caller may read the partnership's agreements: coordinators and auditors every one;
 * clinicians and experts those of a partnership their hospital is a side of (`own-hospital`).
 */
async function readablePartnership(db: ReadModelStore, partnershipId: string, user: AuthenticatedUser): Promise<boolean> {
  const partnership = await db.get<{ giving_hospital_id: string; receiving_hospital_id: string }>(
    'SELECT giving_hospital_id, receiving_hospital_id FROM partnerships WHERE id = ?',
    [partnershipId],
  );
  if (!partnership) return false;
  if (scopeOf('agreement.read', user.role) === 'any') return true;
  return user.hospitalId === partnership.giving_hospital_id || user.hospitalId === partnership.receiving_hospital_id;
}

export class GetAgreement extends Query<AgreementView> {
  constructor(
    readonly agreementId: string,
    readonly user: AuthenticatedUser,
  ) {
    super();
  }
}

@QueryHandler(GetAgreement)
export class GetAgreementHandler implements IQueryHandler<GetAgreement, AgreementView> {
  constructor(
    @Inject(READ_MODELS) private readonly db: ReadModelStore,
    private readonly clock: Clock,
  ) {}

  async execute({ agreementId, user }: GetAgreement): Promise<AgreementView> {
    const row = await this.db.get<AgreementRow>('SELECT * FROM agreements WHERE id = ?', [agreementId]);
    if (!row || !(await readablePartnership(this.db, row.partnership_id, user))) throw new NotFound('agreement', agreementId);
    return agreementView(row, this.clock.now());
  }
}

export class ListAgreements extends Query<{ items: AgreementView[] }> {
  constructor(
    readonly partnershipId: string,
    readonly user: AuthenticatedUser,
  ) {
    super();
  }
}

/** A partnership's agreements, oldest validity first; a partnership holds a handful over its years. */
@QueryHandler(ListAgreements)
export class ListAgreementsHandler implements IQueryHandler<ListAgreements, { items: AgreementView[] }> {
  constructor(
    @Inject(READ_MODELS) private readonly db: ReadModelStore,
    private readonly clock: Clock,
  ) {}

  async execute({ partnershipId, user }: ListAgreements): Promise<{ items: AgreementView[] }> {
    if (!(await readablePartnership(this.db, partnershipId, user))) throw new NotFound('partnership', partnershipId);
    const rows = await this.db.all<AgreementRow>('SELECT * FROM agreements WHERE partnership_id = ? ORDER BY valid_from, id', [partnershipId]);
    const now = this.clock.now();
    return { items: rows.map((row) => agreementView(row, now)) };
  }
}
