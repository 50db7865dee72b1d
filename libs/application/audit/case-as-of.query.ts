import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiProperty } from '@nestjs/swagger';
import { DomainError, type DomainEvent } from '@telemed/domain/core';
import { caseStreamId, parseCaseKind, patientCaseKindOf, type CaseKind } from '@telemed/audit';
import { consultationDecider } from '@telemed/domain/consultation';
import { caseReviewDecider } from '@telemed/domain/case-review';
import { consortiumDecider } from '@telemed/domain/consortium';
import { furtherStudyDecider } from '@telemed/domain/further-study';
import { postingDecider } from '@telemed/domain/posting';
import { researchOutputDecider } from '@telemed/domain/research-output';
import { techniqueDecider } from '@telemed/domain/technique';
import { trainingDecider } from '@telemed/domain/training';
import { visitDecider } from '@telemed/domain/visit';
import { webhookDecider } from '@telemed/domain/webhook';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { toDomainEvent } from '../commands/stream-state';
import { EVENT_STORE } from '../infrastructure/tokens';
import { IsInstant, utcInstant } from '../requests/dto';
import { ReadQueryDto } from '../reading/read-query.dto';
import { AccessRecorder } from './access-recorder';
import { disclosesPatientDetails, seesPatientDetails, withoutClinicalFields } from './audit-envelope';

export class AsOfDto extends ReadQueryDto {
  @ApiProperty({ description: 'the instant to look back to; events recorded at or before it are applied', example: '2026-03-02T08:00:00Z' })
  @IsInstant()
  at: string;
}

type AnyDecider = { evolve: (state: never, event: never) => unknown; initialState: () => unknown };
type CaseFold = { evolve(state: unknown, event: DomainEvent): unknown; initialState(): unknown };

const asFold = (decider: AnyDecider): CaseFold => decider as unknown as CaseFold;

/** Each kind of case the auditor can look back at, with the decider that gives its state. */
const FOLD_OF_KIND: Record<CaseKind, CaseFold> = {
  consultation: asFold(consultationDecider),
  'case-review': asFold(caseReviewDecider),
  'training-session': asFold(trainingDecider),
  posting: asFold(postingDecider),
  visit: asFold(visitDecider),
  'further-study': asFold(furtherStudyDecider),
  technique: asFold(techniqueDecider),
  'research-output': asFold(researchOutputDecider),
  consortium: asFold(consortiumDecider),
  webhook: asFold(webhookDecider),
};

export class GetCaseAsOf {
  constructor(
    readonly kind: string,
    readonly id: string,
    readonly at: string,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {}
}

/**
 * The state of a case as it was at an instant: its stream's events recorded at or before that
 * instant, folded with the domain's own `evolve`, so the answer is what the system knew then.
 * Events are taken in stream order up to the first one recorded later.
 */
@QueryHandler(GetCaseAsOf)
export class GetCaseAsOfHandler implements IQueryHandler<GetCaseAsOf> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly accessRecorder: AccessRecorder,
  ) {}

  async execute({ kind: kindName, id, at, user, metadata }: GetCaseAsOf) {
    const kind = parseCaseKind(kindName);
    const history = FOLD_OF_KIND[kind];
    const instant = Date.parse(at);
    const recorded = await this.store.readStream(caseStreamId(kind, id));
    const firstLater = recorded.findIndex((event) => Date.parse(event.recordedAt) > instant);
    const applied = firstLater === -1 ? recorded : recorded.slice(0, firstLater);
    if (applied.length === 0) {
      throw new DomainError('not-found', 'not-found', `${kind}/${id} has no event recorded at or before ${utcInstant(at)}`);
    }
    const folded = applied.reduce((state, event) => history.evolve(state, toDomainEvent(event)), history.initialState());
    const last = applied[applied.length - 1];

    const state = seesPatientDetails(user) ? folded : withoutClinicalFields(folded).value;
    const patientKind = patientCaseKindOf(kind);
    if (patientKind && disclosesPatientDetails(state, user)) {
      await this.accessRecorder.recordOrRefuse(metadata, [{ action: 'view', kind: patientKind, caseId: id, outcome: 'allowed' }]);
    }
    return {
      kind,
      id,
      at: utcInstant(at),
      state,
      eventsApplied: applied.length,
      lastEvent: { type: last.type, position: last.globalPosition.toString(), recordedAt: last.recordedAt },
    };
  }
}
