import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { Allow } from '../http/policy/allow';
import { RequestMetadata } from '../http/request-metadata';
import { ErasePatientData, ErasePatientDataDto } from './erase-patient-data';
import { ListLegalHolds, ListLegalHoldsDto, PlaceLegalHold, PlaceLegalHoldDto, ReleaseLegalHold, ReleaseLegalHoldDto } from './legal-holds';
import { ListRetentionDue } from './retention-due.query';

/** A patient named in the body, never in the path: a path ends up in access logs and metrics labels. */
@ApiTags('patients')
@ApiBearerAuth()
@Controller('v1/patients')
export class PatientsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  /** Erases a patient's data once their records are past the retention period and under no legal hold (409 before). Coordinators only. */
  @Post('erasure')
  @Allow('patient.erase-data')
  erase(@Body() body: ErasePatientDataDto, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new ErasePatientData(body, metadata));
  }

  /** Places a legal hold on a patient, named by record number or by a case: their data may not be erased while it stands. */
  @Post('holds')
  @Allow('patient.place-hold')
  placeHold(@Body() body: PlaceLegalHoldDto, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new PlaceLegalHold(body, metadata));
  }

  /** Releases a legal hold (409 `legal-hold-released` when it already was). */
  @Post('holds/:id/release')
  @Allow('patient.release-hold')
  releaseHold(@Param('id') id: string, @Body() body: ReleaseLegalHoldDto, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new ReleaseLegalHold(id, body, metadata));
  }

  /** The legal holds, with the patient's key id (never the record number), oldest first. */
  @Get('holds')
  @Allow('patient.list-holds')
  listHolds(@Query() filter: ListLegalHoldsDto) {
    return this.queries.execute(new ListLegalHolds(filter));
  }

  /** The patients past the retention period and under no legal hold, for a person to decide on; nothing is erased. */
  @Get('retention-due')
  @Allow('patient.list-retention-due')
  retentionDue() {
    return this.queries.execute(new ListRetentionDue());
  }
}
