import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { ProjectionRunner } from '@telemed/projections';
import { Public } from '../http/auth';
import { ApiProbe, HEALTH } from './health.responses';
import { HttpProblem, problem } from '@telemed/application/requests/problem-details';
import { EVENT_STORE } from '@telemed/application/infrastructure/tokens';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: ProjectionRunner,
  ) {}

  /** Ready when the log answers and the read models are not failing; reports how far behind they are. */
  @Get()
  @Public()
  @ApiProbe('Whether the log answers and the read models are not failing, and how far behind they are', HEALTH)
  async health() {
    const head = await this.store.headPosition();
    const failure = this.runner.failure;
    const readModels = { position: this.runner.position.toString(), behind: (head - this.runner.position).toString() };
    if (failure) {
      throw new HttpProblem(problem(503, 'not-ready', `the read models are failing: ${failure instanceof Error ? failure.message : String(failure)}`));
    }
    return { status: 'ok', eventStore: { head: head.toString() }, readModels };
  }
}
