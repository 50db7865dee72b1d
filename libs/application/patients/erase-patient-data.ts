import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ApiProperty } from '@nestjs/swagger';
import { erasePatientData, PatientDataCipher } from '@telemed/event-store/encryption';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { ProjectionRunner, type ReadModelStore } from '@telemed/projections';
import type { AppConfig } from '@telemed/runtime';
import { IsId, IsName, IsText } from '../requests/dto';
import { APP_CONFIG, Clock, EVENT_STORE, READ_MODELS } from '../infrastructure/tokens';
import { lastActivityOfPatient } from './patient-activity';
import { readModelsCaughtUp } from './read-models-caught-up';

export class ErasePatientDataDto {
  @ApiProperty({ format: 'uuid', description: 'the requesting hospital, whose record number names the patient' })
  @IsId()
  hospitalId: string;

  @ApiProperty({ description: "the patient's record number at that hospital; it is not recorded anywhere", example: 'KS2-2024-000123' })
  @IsName()
  reference: string;

  @ApiProperty({ description: 'why the data is erased; it stays in the history in clear, so it must not describe the patient' })
  @IsText()
  reason: string;
}

export class ErasePatientData extends Command<PatientDataErasure> {
  constructor(
    readonly body: ErasePatientDataDto,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

export interface PatientDataErasure {
  keyId: string;
  keyVersions: number[];
  lastActivityAt: string | null;
  position: string;
}

/**
 * Erases a patient's data after the retention period: their data keys are deleted, so their
 * details and clinical text read as placeholders in every event, export and read model. The
 * read models are caught up first (the last activity is read from them) and answer only once the
 * `PatientDataErased` event has purged them.
 */
@CommandHandler(ErasePatientData)
export class ErasePatientDataHandler implements ICommandHandler<ErasePatientData, PatientDataErasure> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODELS) private readonly readModels: ReadModelStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cipher: PatientDataCipher,
    private readonly runner: ProjectionRunner,
    private readonly clock: Clock,
  ) {}

  async execute({ body, metadata }: ErasePatientData): Promise<PatientDataErasure> {
    await readModelsCaughtUp(this.runner, await this.store.headPosition());
    const outcome = await erasePatientData(
      {
        store: this.store,
        cipher: this.cipher,
        retentionYears: this.config.patientData.retentionYears,
        lastActivityOf: (keyId) => lastActivityOfPatient(this.readModels, keyId),
      },
      { hospitalId: body.hospitalId, reference: body.reference, reason: body.reason, metadata, now: this.clock.now() },
    );
    await readModelsCaughtUp(this.runner, outcome.position);
    return { ...outcome, position: outcome.position.toString() };
  }
}
