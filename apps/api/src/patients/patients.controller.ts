import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { Allow } from '../http/policy/allow';
import { RequestMetadata } from '../http/request-metadata';
import { ErasePatientData, ErasePatientDataDto } from './erase-patient-data';

/** A patient named in the body, never in the path: a path ends up in access logs and metrics labels. */
@ApiTags('patients')
@ApiBearerAuth()
@Controller('v1/patients')
export class PatientsController {
  constructor(private readonly commands: CommandBus) {}

  /** Erases a patient's data once their records are past the retention period (409 before). Coordinators only. */
  @Post('erasure')
  @Allow('patient.erase-data')
  erase(@Body() body: ErasePatientDataDto, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new ErasePatientData(body, metadata));
  }
}
