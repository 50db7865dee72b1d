import { Inject } from '@nestjs/common';
import { Query, Command, CommandHandler, ICommandHandler, IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { InvalidValue, NotFound } from '@telemed/domain/core';
import { HOLD_CASE_KINDS, legalHoldDecider, type HeldCase, type HoldCaseKind } from '@telemed/domain/legal-hold';
import { PatientDataCipher, patientDataStreamId, UnknownPatient } from '@telemed/event-store/encryption';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { ProjectionRunner, type ReadModelStore } from '@telemed/projections';
import { IsId, IsName, IsText } from '../requests/dto';
import { CommandExecutor, type CommandResponse } from '../commands/command-executor';
import { Clock, EVENT_STORE, IdGenerator, READ_MODELS } from '../infrastructure/tokens';
import { readLegalHolds, type LegalHoldListing } from './legal-hold-log';
import { readModelsCaughtUp } from './read-models-caught-up';

export class PlaceLegalHoldDto {
  @ApiProperty({ format: 'uuid', description: 'the hospital whose record number names the patient, and on whose behalf the hold is placed' })
  @IsId()
  hospitalId: string;

  @ApiPropertyOptional({ description: "the patient's record number at that hospital; it is not recorded anywhere (required unless a case is given)", example: 'KS2-2024-000123' })
  @IsOptional()
  @IsName()
  reference?: string;

  @ApiPropertyOptional({ enum: HOLD_CASE_KINDS, description: 'a case whose patient is held (with caseId)' })
  @IsOptional()
  @IsIn(HOLD_CASE_KINDS)
  caseKind?: HoldCaseKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'the id of that case (with caseKind)' })
  @IsOptional()
  @IsId()
  caseId?: string;

  @ApiProperty({ description: 'why the records must be kept (a claim, an inquiry); it stays in the history in clear, so it must not describe the patient' })
  @IsText()
  reason: string;
}

export class ReleaseLegalHoldDto {
  @ApiProperty({ description: 'why the hold is released; it stays in the history in clear' })
  @IsText()
  reason: string;
}

export class ListLegalHoldsDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'the holds placed on behalf of this hospital' })
  @IsOptional()
  @IsId()
  hospitalId?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'only the holds that stand (true) or were released (false)' })
  @IsOptional()
  @IsIn(['true', 'false'])
  active?: 'true' | 'false';
}

export class PlaceLegalHold extends Command<CommandResponse> {
  constructor(
    readonly body: PlaceLegalHoldDto,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

export class ReleaseLegalHold extends Command<CommandResponse> {
  constructor(
    readonly holdId: string,
    readonly body: ReleaseLegalHoldDto,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

export class ListLegalHolds extends Query<{ items: LegalHoldListing[] }> {
  constructor(readonly filter: ListLegalHoldsDto) {
    super();
  }
}

const CASE_TABLES: Record<HoldCaseKind, string> = { consultation: 'consultations', 'case-review': 'case_reviews' };

/**
 * Places a legal hold on a patient, named by their record number or by one of their cases: a
 * `LegalHoldPlaced` event in the patient's record stream (`patient-data-<key id>`), which erasure
 * reads before it deletes anything.
 */
@CommandHandler(PlaceLegalHold)
export class PlaceLegalHoldHandler implements ICommandHandler<PlaceLegalHold, CommandResponse> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODELS) private readonly readModels: ReadModelStore,
    private readonly executor: CommandExecutor,
    private readonly cipher: PatientDataCipher,
    private readonly runner: ProjectionRunner,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async execute({ body, metadata }: PlaceLegalHold): Promise<CommandResponse> {
    const heldCase = caseOf(body);
    const keyId = await this.patientKeyId(body, heldCase);
    const holdId = this.ids.next();
    return this.executor.runFor(holdId, metadata, async (unitOfWork) => {
      await unitOfWork.decide(patientDataStreamId(keyId), legalHoldDecider, {
        type: 'PlaceLegalHold',
        holdId,
        keyId,
        hospitalId: body.hospitalId,
        ...(heldCase && { case: heldCase }),
        reason: body.reason,
        placedBy: metadata.actor.userId,
        now: this.clock.now(),
      });
    });
  }

  private async patientKeyId(body: PlaceLegalHoldDto, heldCase: HeldCase | undefined): Promise<string> {
    const named = body.reference === undefined ? undefined : this.cipher.keyIdOf(body.hospitalId, body.reference);
    if (named !== undefined && (await this.cipher.keys.versions(named)).length === 0) throw new UnknownPatient();
    if (!heldCase) return named!;
    await readModelsCaughtUp(this.runner, await this.store.headPosition());
    const [row] = await this.readModels.all<{ patient_key_id: string | null }>(`SELECT patient_key_id FROM ${CASE_TABLES[heldCase.kind]} WHERE id = ?`, [heldCase.id]);
    if (!row) throw new NotFound(heldCase.kind, heldCase.id);
    if (!row.patient_key_id) throw new InvalidValue('caseId', 'names a case without patient data', 'case-without-patient');
    if (named !== undefined && named !== row.patient_key_id) throw new InvalidValue('caseId', 'is a case of another patient', 'case-of-another-patient');
    return row.patient_key_id;
  }
}

/** The patient is named by record number, by a case, or by both when they agree. */
function caseOf(body: PlaceLegalHoldDto): HeldCase | undefined {
  if (body.caseKind !== undefined && body.caseId === undefined) throw new InvalidValue('caseId', 'is required');
  if (body.caseId !== undefined && body.caseKind === undefined) throw new InvalidValue('caseKind', 'is required');
  if (body.caseKind === undefined && body.reference === undefined) throw new InvalidValue('reference', 'is required');
  return body.caseKind === undefined ? undefined : { kind: body.caseKind, id: body.caseId! };
}

/** Releases a hold: the patient's records may be erased again once their retention period is over. */
@CommandHandler(ReleaseLegalHold)
export class ReleaseLegalHoldHandler implements ICommandHandler<ReleaseLegalHold, CommandResponse> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  async execute({ holdId, body, metadata }: ReleaseLegalHold): Promise<CommandResponse> {
    const hold = (await readLegalHolds(this.store)).find((candidate) => candidate.id === holdId);
    if (!hold) throw new NotFound('legal hold', holdId);
    return this.executor.runFor(holdId, metadata, async (unitOfWork) => {
      await unitOfWork.decide(patientDataStreamId(hold.keyId), legalHoldDecider, {
        type: 'ReleaseLegalHold',
        holdId,
        reason: body.reason,
        releasedBy: metadata.actor.userId,
        now: this.clock.now(),
      });
    });
  }
}

@QueryHandler(ListLegalHolds)
export class ListLegalHoldsHandler implements IQueryHandler<ListLegalHolds, { items: LegalHoldListing[] }> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ filter }: ListLegalHolds): Promise<{ items: LegalHoldListing[] }> {
    const holds = await readLegalHolds(this.store);
    return {
      items: holds.filter(
        (hold) => (filter.hospitalId === undefined || hold.hospitalId === filter.hospitalId) && (filter.active === undefined || String(hold.active) === filter.active),
      ),
    };
  }
}
