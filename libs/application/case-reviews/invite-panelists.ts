import { ApiProperty } from '@nestjs/swagger';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ArrayMaxSize, ArrayMinSize, IsArray } from 'class-validator';
import { InvalidValue } from '@telemed/domain/core';
import { caseReviewDecider, type InvitePanelists as InvitePanelistsCommand } from '@telemed/domain/case-review';
import { pairingsFor, partnershipDecider, partnershipStreamId } from '@telemed/domain/partnership';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock } from '../infrastructure/tokens';
import { IsId } from '../requests/dto';
import { loadExpertRegistration } from '../network/expert-registration';
import { loadVisibleCaseReview } from './case-review-access';

export const MAX_PANELISTS_PER_INVITATION = 20;

export class InvitePanelistsDto {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: MAX_PANELISTS_PER_INVITATION })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PANELISTS_PER_INVITATION)
  @IsId({ each: true })
  expertIds: string[];
}

export class InvitePanelists extends Command<CommandResponse> {
  constructor(
    readonly caseReviewId: string,
    readonly body: InvitePanelistsDto,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/**
 * Invites experts to the panel. A panel may draw on several departments and hospitals, but each
 * expert must practise one of the review's specialties or work in a department paired for one;
 * the invitation records the hospital and specialty they bring.
 */
@CommandHandler(InvitePanelists)
export class InvitePanelistsHandler implements ICommandHandler<InvitePanelists, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  execute({ caseReviewId, body, user, metadata }: InvitePanelists): Promise<CommandResponse> {
    return this.executor.runFor(caseReviewId, metadata, async (unitOfWork) => {
      const caseReview = await loadVisibleCaseReview(unitOfWork, caseReviewId, user);
      const experts: InvitePanelistsCommand['experts'] = [];
      const unknown: string[] = [];
      for (const expertId of new Set(body.expertIds)) {
        const expert = await loadExpertRegistration(unitOfWork, expertId);
        if (expert) experts.push({ expertId, hospitalId: expert.hospitalId, specialty: expert.specialty, departmentId: expert.departmentId });
        else unknown.push(expertId);
      }
      if (unknown.length > 0) {
        throw new InvalidValue('expertIds', 'not registered experts: {experts}', 'unknown-expert', { experts: unknown.join(', ') });
      }
      const partnership = await unitOfWork.load(partnershipStreamId(caseReview.state.partnershipId), partnershipDecider);
      const pairedDepartmentIds = caseReview.state.specialties.flatMap((specialty) =>
        pairingsFor(partnership.state, specialty).map((pairing) => pairing.givingDepartmentId),
      );
      const command: InvitePanelistsCommand = { type: 'InvitePanelists', experts, pairedDepartmentIds, invitedBy: user.userId, now: this.clock.now() };
      unitOfWork.record(caseReview, caseReviewDecider.decide(command, caseReview.state));
    });
  }
}
