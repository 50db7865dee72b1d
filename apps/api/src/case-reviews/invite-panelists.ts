import { ApiProperty } from '@nestjs/swagger';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ArrayMaxSize, ArrayMinSize, IsArray } from 'class-validator';
import { InvalidValue } from '@telemed/domain/core';
import { caseReviewDecider, type InvitedExpert } from '@telemed/domain/case-review';
import { expertDecider, expertStreamId } from '@telemed/domain/expert';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../infrastructure/command-executor';
import { Clock } from '../infrastructure/tokens';
import { IsId } from '../http/dto';
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

export class InvitePanelists {
  constructor(
    readonly caseReviewId: string,
    readonly body: InvitePanelistsDto,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {}
}

/**
 * Invites experts to the panel. A panel may draw on several departments and hospitals, so any
 * registered expert may be invited; the invitation records the hospital and specialty they bring.
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
      const experts: InvitedExpert[] = [];
      const unknown: string[] = [];
      for (const expertId of new Set(body.expertIds)) {
        const { state } = await unitOfWork.load(expertStreamId(expertId), expertDecider);
        if (state.status === 'registered') experts.push({ expertId, hospitalId: state.hospitalId, specialty: state.specialty });
        else unknown.push(expertId);
      }
      if (unknown.length > 0) {
        throw new InvalidValue('expertIds', 'not registered experts: {experts}', 'unknown-expert', { experts: unknown.join(', ') });
      }
      unitOfWork.record(
        caseReview,
        caseReviewDecider.decide({ type: 'InvitePanelists', experts, invitedBy: user.userId, now: this.clock.now() }, caseReview.state),
      );
    });
  }
}
