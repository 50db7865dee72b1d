import { Global, Inject, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { join } from 'node:path';
import { TokenVerifier } from '@telemed/auth';
import { ChainedEventStore } from '@telemed/audit';
import { SqliteEventStore } from '@telemed/event-store/sqlite/sqlite-event-store';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { ALL_PROJECTIONS, ProjectionRunner, ReadModelStore, SqliteReadModelStore } from '@telemed/projections';
import type { AppConfig } from '../config/app-config';
import { CommandExecutor } from './command-executor';
import { APP_CONFIG, Clock, EVENT_STORE, IdGenerator, RandomIds, READ_MODELS, SystemClock } from './tokens';

export const EVENTS_FILE = 'events.sqlite';
export const READ_MODELS_FILE = 'read-models.sqlite';

/** The embedded adapters: the event log and the read models in SQLite files of the data directory. */
@Global()
@Module({})
export class InfrastructureModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Projections');

  static forConfig(config: AppConfig, clock: Clock = new SystemClock(), ids: IdGenerator = new RandomIds()) {
    return {
      module: InfrastructureModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: Clock, useValue: clock },
        { provide: IdGenerator, useValue: ids },
        { provide: EVENT_STORE, useFactory: () => new ChainedEventStore(SqliteEventStore.open(join(config.dataDir, EVENTS_FILE))) },
        { provide: READ_MODELS, useFactory: () => SqliteReadModelStore.open(join(config.dataDir, READ_MODELS_FILE)) },
        {
          provide: ProjectionRunner,
          inject: [EVENT_STORE, READ_MODELS],
          useFactory: (store: EventStore, readModels: ReadModelStore) =>
            new ProjectionRunner(store, readModels, ALL_PROJECTIONS, {
              onError: (error) => new Logger('Projections').error({ err: error }, 'projection failed; retrying from the checkpoint'),
            }),
        },
        { provide: TokenVerifier, useFactory: () => new TokenVerifier(config.jwtSecret) },
        CommandExecutor,
      ],
      exports: [APP_CONFIG, Clock, IdGenerator, EVENT_STORE, READ_MODELS, ProjectionRunner, TokenVerifier, CommandExecutor],
    };
  }

  constructor(
    private readonly runner: ProjectionRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODELS) private readonly readModels: ReadModelStore,
  ) {}

  async onApplicationBootstrap() {
    await this.runner.start();
    this.logger.log(`read models resume from position ${this.runner.position}`);
  }

  async onApplicationShutdown() {
    await this.runner.stop();
    await this.store.close();
    await this.readModels.close();
  }
}
