import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { URGENCIES, type Urgency } from '@telemed/domain/core';
import { caseReviewDecider, caseReviewStreamId } from '@telemed/domain/case-review';
import { findPairing, isActiveOn } from '@telemed/domain/partnership';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { agreementCovering, responseClockTerms } from '../agreements/agreement-in-force';
import { Clock, IdGenerator } from '../infrastructure/tokens';
import { IsId, IsText, NAME_MAX, IsNested } from '../requests/dto';
import { ConsentDto, PatientDto } from '../consultations/request-consultation';
import { loadEstablishedPartnership } from '../network/established-partnership';

export class RequestCaseReviewDto {
  @ApiProperty({ format: 'uuid' })
  @IsId()
  partnershipId: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'the requesting department, when the partnership pairs several with the first specialty' })
  @IsOptional()
  @IsId()
  receivingDepartmentId?: string;

  @ApiProperty({ example: ['cardiology', 'radiology'], description: 'the specialties the panel should cover; the first one a department pairing of the partnership covers decides the pairing (none covered: 409 specialty-not-covered)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(NAME_MAX, { each: true })
  specialties: string[];

  @ApiPropertyOptional({
    enum: URGENCIES,
    default: 'routine',
    description: "which of the agreement's response targets the review's deadlines run on (a panellist accepts within, the panel concludes within)",
  })
  @IsOptional()
  @IsIn(URGENCIES)
  urgency?: Urgency;

  @ApiProperty()
  @IsText()
  purpose: string;

  @ApiProperty()
  @IsText()
  caseSummary: string;

  @IsNested(PatientDto)
  patient: PatientDto;

  @IsNested(ConsentDto)
  consent: ConsentDto;
}

export class RequestCaseReview extends Command<CommandResponse> {
  constructor(
    readonly body: RequestCaseReviewDto,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/** A clinician of the partnership's receiving hospital asks for a panel review of one case. */
@CommandHandler(RequestCaseReview)
export class RequestCaseReviewHandler implements ICommandHandler<RequestCaseReview, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  execute({ body, user, metadata }: RequestCaseReview): Promise<CommandResponse> {
    const caseReviewId = this.ids.next();
    return this.executor.runFor(caseReviewId, metadata, async (unitOfWork) => {
      const now = this.clock.now();
      const partnership = await loadEstablishedPartnership(unitOfWork, body.partnershipId);
      // The first of the specialties a pairing covers decides the pairing the review is counted under.
      const pairing = body.specialties
        .map((specialty) => findPairing(partnership.state, { specialty, receivingDepartmentId: body.receivingDepartmentId }))
        .find((found) => found !== undefined);
      const urgency = body.urgency ?? 'routine';
      const clock = await responseClockTerms(
        unitOfWork,
        { partnershipId: body.partnershipId, service: 'case-review', receivingHospitalId: partnership.state.receivingHospitalId, urgency },
        now,
      );
      unitOfWork.start(caseReviewStreamId(caseReviewId), caseReviewDecider, {
        type: 'RequestCaseReview',
        caseReviewId,
        partnership: {
          partnershipId: body.partnershipId,
          givingHospitalId: partnership.state.givingHospitalId,
          receivingHospitalId: partnership.state.receivingHospitalId,
          active: isActiveOn(partnership.state, now),
        },
        pairingId: pairing?.pairingId,
        requestingHospitalId: user.hospitalId!,
        specialties: [...body.specialties],
        purpose: body.purpose,
        caseSummary: body.caseSummary,
        patient: { ...body.patient },
        consent: { medical: body.consent.medical, dataSharing: body.consent.dataSharing },
        requestedBy: user.userId,
        urgency,
        ...(clock && { clock }),
        now,
      });
      // After the request's own rules: an agreement in force must cover the service.
      await agreementCovering(unitOfWork, body.partnershipId, 'case-review', now);
    });
  }
}
