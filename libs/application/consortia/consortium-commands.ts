import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IsIn, IsOptional } from 'class-validator';
import { InvalidValue, NotFound } from '@telemed/domain/core';
import { CONSORTIUM_KINDS, consortiumDecider, consortiumStreamId, type ConsortiumCommand, type ConsortiumKind } from '@telemed/domain/consortium';
import { hospitalDecider, hospitalStreamId } from '@telemed/domain/hospital';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import type { UnitOfWork } from '../commands/unit-of-work';
import { BEIJING_TIME_ZONE, localDate } from '@telemed/domain/core';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock, IdGenerator } from '../infrastructure/tokens';
import { IsCalendarDate, IsId, IsName } from '../requests/dto';

export class FormConsortiumDto {
  @ApiProperty({ example: 'Kashgar No. 2 People’s Hospital medical consortium' })
  @IsName()
  name: string;

  @ApiProperty({ enum: CONSORTIUM_KINDS, description: '`medical-consortium` (医联体) or `specialist-alliance` (专科联盟)' })
  @IsIn(CONSORTIUM_KINDS)
  kind: ConsortiumKind;

  @ApiProperty({ format: 'uuid' })
  @IsId()
  leadHospitalId: string;
}

export class JoinConsortiumDto {
  @ApiProperty({ format: 'uuid', description: 'a registered hospital: a county hospital, a township health centre, another city’s hospital' })
  @IsId()
  hospitalId: string;

  @ApiProperty({ example: '2026-04-01' })
  @IsCalendarDate()
  joinedAt: string;
}

export class LeaveConsortiumDto {
  @ApiPropertyOptional({ example: '2026-08-01', description: 'today (Beijing) unless given' })
  @IsOptional()
  @IsCalendarDate()
  at?: string;
}

export type ConsortiumChange =
  | { kind: 'form'; body: FormConsortiumDto }
  | { kind: 'join'; consortiumId: string; body: JoinConsortiumDto }
  | { kind: 'leave'; consortiumId: string; hospitalId: string; body: LeaveConsortiumDto };

export class ChangeConsortium extends Command<CommandResponse> {
  constructor(
    readonly change: ConsortiumChange,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

async function requireHospital(unitOfWork: UnitOfWork, field: string, hospitalId: string): Promise<void> {
  const { state } = await unitOfWork.load(hospitalStreamId(hospitalId), hospitalDecider);
  if (state.status !== 'registered') throw new InvalidValue(field, 'no such hospital', 'unknown-hospital');
}

/** Forms a consortium under a registered lead hospital; registered hospitals join it and leave it. */
@CommandHandler(ChangeConsortium)
export class ChangeConsortiumHandler implements ICommandHandler<ChangeConsortium, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async execute({ change, user, metadata }: ChangeConsortium): Promise<CommandResponse> {
    const now = this.clock.now();
    const by = user.userId;
    if (change.kind === 'form') {
      const consortiumId = this.ids.next();
      const outcome = await this.executor.run(metadata, async (unitOfWork) => {
        await requireHospital(unitOfWork, 'leadHospitalId', change.body.leadHospitalId);
        unitOfWork.start(consortiumStreamId(consortiumId), consortiumDecider, { type: 'FormConsortium', consortiumId, ...change.body, by, now });
      });
      return { id: consortiumId, position: outcome.position.toString() };
    }
    return this.executor.runFor(change.consortiumId, metadata, async (unitOfWork) => {
      const consortium = await unitOfWork.load(consortiumStreamId(change.consortiumId), consortiumDecider);
      if (consortium.state.status === 'not-formed') throw new NotFound('consortium', change.consortiumId);
      let command: ConsortiumCommand;
      if (change.kind === 'join') {
        await requireHospital(unitOfWork, 'hospitalId', change.body.hospitalId);
        command = { type: 'JoinConsortium', hospitalId: change.body.hospitalId, joinedOn: change.body.joinedAt, by, now };
      } else {
        command = { type: 'LeaveConsortium', hospitalId: change.hospitalId, leftOn: change.body.at ?? localDate(now, BEIJING_TIME_ZONE), by, now };
      }
      unitOfWork.record(consortium, consortiumDecider.decide(command, consortium.state));
    });
  }
}
