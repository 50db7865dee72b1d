import { randomUUID } from 'node:crypto';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { consultationDecider, consultationStreamId, type DeadlineKind } from '@telemed/domain/consultation';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor } from '../../commands/command-executor';
import type { RecordedOverdue } from '../../deadlines/recorded-overdue';
import { Clock } from '../../infrastructure/tokens';
import { deadlineWatcherMetadata } from '../../deadlines/deadline-watcher-metadata';

/**
 * Records that one of a consultation's deadlines has passed, if it has by now and is still
 * unmet and unrecorded; otherwise writes nothing. The deadline watcher sends it for each due
 * deadline it finds, and the scenario generator when its simulated time passes one.
 */
export class RecordOverdueDeadline extends Command<RecordedOverdue> {
  constructor(
    readonly consultationId: string,
    readonly deadline: DeadlineKind,
    readonly metadata: EventMetadata = deadlineWatcherMetadata(),
  ) {
    super();
  }
}

@CommandHandler(RecordOverdueDeadline)
export class RecordOverdueDeadlineHandler implements ICommandHandler<RecordOverdueDeadline, RecordedOverdue> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  async execute({ consultationId, deadline, metadata }: RecordOverdueDeadline): Promise<RecordedOverdue> {
    const now = this.clock.now();
    const outcome = await this.executor.run(metadata, async (unitOfWork) => {
      const consultation = await unitOfWork.load(consultationStreamId(consultationId), consultationDecider);
      unitOfWork.record(consultation, consultationDecider.decide({ type: 'RecordOverdue', deadline, now }, consultation.state));
    });
    return { id: consultationId, position: outcome.position.toString(), eventCount: outcome.eventCount };
  }
}
