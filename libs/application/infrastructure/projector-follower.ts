import type { EventStore } from '@telemed/event-store/event-store.port';
import { ProjectionRunner, type ReadModelStore } from '@telemed/projections';

const POLL_MS = 200;

/**
 * With EVENT_BUS=kafka the projector app builds the read models from Kafka; this process only
 * follows its progress. Kafka orders events per stream, not globally, so "caught up to position
 * P" means: the stream of the event at P has been applied up to P.
 */
export class ProjectorFollower extends ProjectionRunner {
  private applied = 0n;
  private pollTimer?: NodeJS.Timeout;
  private followError?: unknown;

  constructor(
    private readonly log: EventStore,
    private readonly models: ReadModelStore,
  ) {
    super(log, models, []);
  }

  override get position(): bigint {
    return this.applied;
  }

  override get failure(): unknown {
    return this.followError;
  }

  override async start(): Promise<void> {
    await this.refresh();
    this.pollTimer = setInterval(() => void this.refresh(), POLL_MS);
    this.pollTimer.unref();
  }

  override async stop(): Promise<void> {
    clearInterval(this.pollTimer);
  }

  override async waitFor(position: bigint, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (await this.hasApplied(position)) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, Math.min(POLL_MS, Math.max(1, deadline - Date.now()))));
    }
  }

  private async hasApplied(position: bigint): Promise<boolean> {
    if (position <= 0n) return true;
    const { events } = await this.log.readAll({ after: position - 1n, maxCount: 1 });
    const event = events[0];
    if (!event || event.globalPosition !== position) return this.applied >= position;
    const row = await this.models
      .get<{ global_position: number | string }>('SELECT global_position FROM projector_stream_positions WHERE stream_id = ?', [event.streamId])
      .catch(() => undefined);
    return row !== undefined && BigInt(row.global_position) >= position;
  }

  private async refresh(): Promise<void> {
    try {
      const row = await this.models.get<{ applied: number | string | null }>('SELECT MAX(global_position) AS applied FROM projector_stream_positions');
      this.applied = BigInt(row?.applied ?? 0);
      this.followError = undefined;
    } catch (error) {
      // Before the projector's first batch the table does not exist yet: nothing applied.
      if (!/projector_stream_positions/.test(String(error))) this.followError = error;
    }
  }
}
