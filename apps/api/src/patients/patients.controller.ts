import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Commands } from '@telemed/application/commands/commands';
import { ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { Allow } from '../http/policy/allow';
import { ApiCommand, ApiRead } from '../http/openapi/api-operation';
import { ERASURE, LEGAL_HOLD_LIST, RETENTION_DUE } from './patients.responses';
import { RequestMetadata } from '../http/request-metadata';
import { ErasePatientData, ErasePatientDataDto } from '@telemed/application/patients/erase-patient-data';
import { ListLegalHolds, ListLegalHoldsDto, PlaceLegalHold, PlaceLegalHoldDto, ReleaseLegalHold, ReleaseLegalHoldDto } from '@telemed/application/patients/legal-holds';
import { ListRetentionDue } from '@telemed/application/patients/retention-due.query';

/** A patient named in the body, never in the path: a path ends up in access logs and metrics labels. */
@ApiTags('patients')
@Controller('v1/patients')
export class PatientsController {
  constructor(
    private readonly commands: Commands,
    private readonly queries: QueryBus,
  ) {}

  /** Erases a patient's data once their records are past the retention period and under no legal hold (409 before). Coordinators only. */
  @Post('erasure')
  @Allow('patient.erase-data')
  @ApiCommand({
    summary: 'Erase a patient’s data once their records are past the retention period and under no legal hold',
    answer: ERASURE,
    notFound: true,
    conflicts: ['legal-hold', 'patient-data-already-erased'],
  })
  erase(@Body() body: ErasePatientDataDto, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new ErasePatientData(body, metadata));
  }

  /** Places a legal hold on a patient, named by record number or by a case: their data may not be erased while it stands. */
  @Post('holds')
  @Allow('patient.place-hold')
  @ApiCommand({ summary: 'Place a legal hold on a patient, named by record number or by a case', notFound: true, conflicts: ['legal-hold-already-placed'] })
  placeHold(@Body() body: PlaceLegalHoldDto, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new PlaceLegalHold(body, metadata));
  }

  /** Releases a legal hold (409 `legal-hold-released` when it already was). */
  @Post('holds/:id/release')
  @Allow('patient.release-hold')
  @ApiCommand({ summary: 'Release a legal hold', notFound: true, conflicts: ['legal-hold-released'] })
  releaseHold(@Param('id') id: string, @Body() body: ReleaseLegalHoldDto, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new ReleaseLegalHold(id, body, metadata));
  }

  /** The legal holds, with the patient's key id (never the record number), oldest first. */
  @Get('holds')
  @Allow('patient.list-holds')
  @ApiRead({ summary: 'The legal holds, with the patient’s key id (never the record number), oldest first', ok: LEGAL_HOLD_LIST })
  listHolds(@Query() filter: ListLegalHoldsDto) {
    return this.queries.execute(new ListLegalHolds(filter));
  }

  /** The patients past the retention period and under no legal hold, for a person to decide on; nothing is erased. */
  @Get('retention-due')
  @Allow('patient.list-retention-due')
  @ApiRead({ summary: 'The patients past the retention period and under no legal hold, for a person to decide on', ok: RETENTION_DUE })
  retentionDue() {
    return this.queries.execute(new ListRetentionDue());
  }
}
