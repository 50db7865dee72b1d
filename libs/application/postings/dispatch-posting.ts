import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, ValidateIf, ValidateNested } from 'class-validator';
import { InvalidValue } from '@telemed/domain/core';
import { expertDecider, expertStreamId } from '@telemed/domain/expert';
import { hospitalDecider, hospitalStreamId } from '@telemed/domain/hospital';
import { isActiveOn, type EstablishedPartnership } from '@telemed/domain/partnership';
import { POSTING_KINDS, postingDecider, postingStreamId, type PostingKind } from '@telemed/domain/posting';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import type { UnitOfWork } from '../commands/unit-of-work';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock, IdGenerator } from '../infrastructure/tokens';
import { IsCalendarDate, IsId, IsName } from '../requests/dto';
import { loadEstablishedPartnership } from '../network/established-partnership';

export class PostedPersonDto {
  @ApiProperty({ example: '张伟' })
  @IsName()
  name: string;

  @ApiPropertyOptional({ example: 'chief physician' })
  @IsOptional()
  @IsName()
  title?: string;
}

export class DispatchPostingDto {
  @ApiProperty({ enum: POSTING_KINDS, description: '`specialist` (援派专家) or `management-cadre` (管理干部)' })
  @IsIn(POSTING_KINDS)
  kind: PostingKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'the expert posted; required for a specialist, who must belong to the giving hospital' })
  @ValidateIf((body: DispatchPostingDto) => body.kind === 'specialist' || body.expertId !== undefined)
  @IsId()
  expertId?: string;

  @ApiPropertyOptional({ type: PostedPersonDto, description: 'a management cadre who is not a registered expert, by name' })
  @ValidateIf((body: DispatchPostingDto) => (body.kind === 'management-cadre' && body.expertId === undefined) || body.person !== undefined)
  @IsObject()
  @ValidateNested()
  @Type(() => PostedPersonDto)
  person?: PostedPersonDto;

  @ApiProperty({ format: 'uuid' })
  @IsId()
  partnershipId: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'the receiving hospital’s department served; required for a specialist' })
  @ValidateIf((body: DispatchPostingDto) => body.kind === 'specialist' || body.receivingDepartmentId !== undefined)
  @IsId()
  receivingDepartmentId?: string;

  @ApiPropertyOptional({ example: '副院长', description: 'a cadre’s post in the receiving hospital; required for a cadre' })
  @ValidateIf((body: DispatchPostingDto) => body.kind === 'management-cadre' || body.role !== undefined)
  @IsName()
  role?: string;

  @ApiProperty({ example: '2026-03-01', description: 'first day of the planned term (Beijing date)' })
  @IsCalendarDate()
  plannedStart: string;

  @ApiProperty({ example: '2027-02-28', description: 'last day of the planned term (Beijing date), after plannedStart' })
  @IsCalendarDate()
  plannedEnd: string;
}

export class DispatchPosting extends Command<CommandResponse> {
  constructor(
    readonly body: DispatchPostingDto,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/**
 * Posts a specialist or a cadre under a partnership. A specialist is a registered expert of the giving
 * hospital, serving a department of the receiving hospital; the posting counts for the department
 * pairing of that department (以院包科), the expert's own department's pairing first.
 */
@CommandHandler(DispatchPosting)
export class DispatchPostingHandler implements ICommandHandler<DispatchPosting, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async execute({ body, user, metadata }: DispatchPosting): Promise<CommandResponse> {
    const postingId = this.ids.next();
    const outcome = await this.executor.run(metadata, async (unitOfWork) => {
      const now = this.clock.now();
      const { state: partnership } = await loadEstablishedPartnership(unitOfWork, body.partnershipId);
      const expertDepartmentId = body.expertId === undefined ? undefined : await givingExpertDepartment(unitOfWork, body.expertId, partnership);
      if (body.receivingDepartmentId !== undefined) await requireReceivingDepartment(unitOfWork, body.receivingDepartmentId, partnership);
      const pairingId = pairingServed(partnership, body.receivingDepartmentId, expertDepartmentId);
      unitOfWork.start(postingStreamId(postingId), postingDecider, {
        type: 'DispatchPosting',
        postingId,
        partnership: {
          partnershipId: body.partnershipId,
          givingHospitalId: partnership.givingHospitalId,
          receivingHospitalId: partnership.receivingHospitalId,
          active: isActiveOn(partnership, now),
        },
        kind: body.kind,
        expertId: body.expertId,
        person: body.person,
        pairingId,
        receivingDepartmentId: body.receivingDepartmentId,
        role: body.role,
        plannedStart: body.plannedStart,
        plannedEnd: body.plannedEnd,
        dispatchedBy: user.userId,
        now,
      });
    });
    return { id: postingId, position: outcome.position.toString() };
  }
}

async function givingExpertDepartment(unitOfWork: UnitOfWork, expertId: string, partnership: EstablishedPartnership): Promise<string> {
  const { state } = await unitOfWork.load(expertStreamId(expertId), expertDecider);
  if (state.status !== 'registered') throw new InvalidValue('expertId', 'no such expert', 'unknown-expert');
  if (state.hospitalId !== partnership.givingHospitalId) {
    throw new InvalidValue('expertId', 'is not an expert of the partnership’s giving hospital', 'expert-not-of-giving-hospital');
  }
  return state.departmentId;
}

async function requireReceivingDepartment(unitOfWork: UnitOfWork, departmentId: string, partnership: EstablishedPartnership): Promise<void> {
  const { state } = await unitOfWork.load(hospitalStreamId(partnership.receivingHospitalId), hospitalDecider);
  if (state.status !== 'registered' || !Object.hasOwn(state.departments, departmentId)) {
    throw new InvalidValue('receivingDepartmentId', 'is not a department of the receiving hospital', 'unknown-department');
  }
}

function pairingServed(partnership: EstablishedPartnership, receivingDepartmentId?: string, givingDepartmentId?: string): string | undefined {
  if (receivingDepartmentId === undefined) return undefined;
  const pairings = Object.values(partnership.pairings).filter((pairing) => pairing.receivingDepartmentId === receivingDepartmentId);
  return (pairings.find((pairing) => pairing.givingDepartmentId === givingDepartmentId) ?? pairings[0])?.pairingId;
}
