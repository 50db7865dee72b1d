import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@telemed/auth';
import { consultationStreamId } from '@telemed/domain/consultation';
import { trainingSessionStreamId } from '@telemed/domain/training';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import { ProjectionRunner, type ReadModelStore } from '@telemed/projections';
import type { AppConfig } from '@telemed/runtime';
import { canSeeConsultation } from '../consultations/consultation-access';
import { isAllowed } from '../access/scope';
import { APP_CONFIG, READ_MODELS } from '../infrastructure/tokens';

/** What a notice says: which case changed, how, and the log position to read it at (`minPosition`). */
export interface Notice {
  kind: 'consultation' | 'training-session';
  id: string;
  type: string;
  position: string;
}

const CONSULTATION_PREFIX = consultationStreamId('');
const TRAINING_PREFIX = trainingSessionStreamId('');

/**
 * Decides whether a caller may be told of an event, by the same scoping as the routes that read the
 * case: a consultation once the read models hold it (so the notice and the read agree), a training
 * session for everyone who may read training sessions. Other events are not noticed.
 */
@Injectable()
export class NoticeScope {
  constructor(
    private readonly runner: ProjectionRunner,
    @Inject(READ_MODELS) private readonly db: ReadModelStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async noticeFor(user: AuthenticatedUser, event: RecordedEvent): Promise<Notice | undefined> {
    const position = event.globalPosition.toString();
    if (event.streamId.startsWith(TRAINING_PREFIX)) {
      if (!isAllowed('training.read', user, {})) return undefined;
      return { kind: 'training-session', id: event.streamId.slice(TRAINING_PREFIX.length), type: event.type, position };
    }
    if (!event.streamId.startsWith(CONSULTATION_PREFIX)) return undefined;
    const id = event.streamId.slice(CONSULTATION_PREFIX.length);
    if (!(await this.runner.waitFor(event.globalPosition, this.config.readYourWritesTimeoutMs))) return undefined;
    const row = await this.db.get<{ requesting_hospital_id: string; giving_hospital_id: string; expert_id: string | null }>(
      'SELECT requesting_hospital_id, giving_hospital_id, expert_id FROM consultations WHERE id = ?',
      [id],
    );
    if (!row) return undefined;
    const parties = { requestingHospitalId: row.requesting_hospital_id, givingHospitalId: row.giving_hospital_id, expertId: row.expert_id };
    return canSeeConsultation(user, parties) ? { kind: 'consultation', id, type: event.type, position } : undefined;
  }
}
