import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { InvalidValue } from '@telemed/domain/core';
import { consultationDecider, consultationStreamId, type ExpertFacts, URGENCIES, type Urgency } from '@telemed/domain/consultation';
import { EXPERT_TITLES, type ExpertTitle } from '@telemed/domain/expert';
import { loadExpertRegistration } from '../network/expert-registration';
import { findPairing, isActiveOn } from '@telemed/domain/partnership';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import type { UnitOfWork } from '../commands/unit-of-work';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { agreementCovering, responseClockTerms } from '../agreements/agreement-in-force';
import { Clock, IdGenerator } from '../infrastructure/tokens';
import { IsCalendarDate, IsId, IsName, IsText, IsNested } from '../requests/dto';
import { loadEstablishedPartnership } from '../network/established-partnership';

export const SEXES = ['female', 'male', 'other', 'unknown'] as const;

export class PatientDto {
  @ApiProperty({ description: 'the patient\'s record number at the requesting hospital', example: 'KS2-2024-000123' })
  @IsName()
  reference: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsName()
  name?: string;

  @ApiPropertyOptional({ enum: SEXES })
  @IsOptional()
  @IsIn(SEXES)
  sex?: (typeof SEXES)[number];

  @ApiPropertyOptional({ example: '1968-03-02' })
  @IsOptional()
  @IsCalendarDate()
  birthDate?: string;
}

export class ConsentDto {
  @ApiProperty({ description: 'the patient consents to the remote service' })
  @IsBoolean()
  medical: boolean;

  @ApiProperty({ description: 'the patient consents to sharing their data with the invited hospital' })
  @IsBoolean()
  dataSharing: boolean;
}


export class RequestConsultationDto {
  @ApiProperty({ format: 'uuid' })
  @IsId()
  partnershipId: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'the requesting department, when the partnership pairs several with this specialty' })
  @IsOptional()
  @IsId()
  receivingDepartmentId?: string;

  @ApiProperty({ example: 'cardiology' })
  @IsName()
  specialty: string;

  @ApiProperty({ enum: URGENCIES })
  @IsIn(URGENCIES)
  urgency: Urgency;

  @ApiProperty()
  @IsText()
  purpose: string;

  @ApiProperty()
  @IsText()
  caseSummary: string;

  @ApiPropertyOptional({ enum: EXPERT_TITLES, description: 'the lowest title the answering expert may hold' })
  @IsOptional()
  @IsIn(EXPERT_TITLES)
  requestedTitle?: ExpertTitle;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'an expert of the giving hospital the request is addressed to (点名会诊): only they may accept it (others: 409 `not-requested-expert`)',
  })
  @IsOptional()
  @IsId()
  requestedExpertId?: string;

  @IsNested(PatientDto)
  patient: PatientDto;

  @IsNested(ConsentDto)
  consent: ConsentDto;
}

export class RequestConsultation extends Command<CommandResponse> {
  constructor(
    readonly body: RequestConsultationDto,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(RequestConsultation)
export class RequestConsultationHandler implements ICommandHandler<RequestConsultation, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  execute({ body, user, metadata }: RequestConsultation): Promise<CommandResponse> {
    const consultationId = this.ids.next();
    return this.executor.runFor(consultationId, metadata, async (unitOfWork) => {
      const now = this.clock.now();
      const partnership = await loadEstablishedPartnership(unitOfWork, body.partnershipId);
      const pairing = findPairing(partnership.state, { specialty: body.specialty, receivingDepartmentId: body.receivingDepartmentId });
      const requestedExpert = body.requestedExpertId === undefined ? undefined : await this.requestedExpert(unitOfWork, body.requestedExpertId);
      const clock = await responseClockTerms(
        unitOfWork,
        { partnershipId: body.partnershipId, service: 'consultation', receivingHospitalId: partnership.state.receivingHospitalId, urgency: body.urgency },
        now,
      );
      unitOfWork.start(consultationStreamId(consultationId), consultationDecider, {
        type: 'RequestConsultation',
        consultationId,
        partnership: {
          partnershipId: body.partnershipId,
          givingHospitalId: partnership.state.givingHospitalId,
          receivingHospitalId: partnership.state.receivingHospitalId,
          active: isActiveOn(partnership.state, now),
          pairingId: pairing?.pairingId,
        },
        requestingHospitalId: user.hospitalId!,
        specialty: body.specialty,
        urgency: body.urgency,
        purpose: body.purpose,
        caseSummary: body.caseSummary,
        requestedTitle: body.requestedTitle,
        ...(requestedExpert && { requestedExpert }),
        patient: { ...body.patient },
        consent: { medical: body.consent.medical, dataSharing: body.consent.dataSharing },
        requestedBy: user.userId,
        ...(clock && { clock }),
        now,
      });
      // After the request's own rules: an agreement in force must cover the service.
      await agreementCovering(unitOfWork, body.partnershipId, 'consultation', now);
    });
  }

  /** The expert a request is addressed to, as registered: their calendar is not read. */
  private async requestedExpert(unitOfWork: UnitOfWork, expertId: string): Promise<ExpertFacts> {
    const expert = await loadExpertRegistration(unitOfWork, expertId);
    if (!expert) throw new InvalidValue('requestedExpertId', 'no such expert', 'unknown-expert');
    return { expertId, hospitalId: expert.hospitalId, title: expert.title, specialty: expert.specialty, departmentId: expert.departmentId };
  }

}
