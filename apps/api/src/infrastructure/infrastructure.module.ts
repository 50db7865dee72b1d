import { Global, Inject, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { join } from 'node:path';
import { TokenVerifier } from '@telemed/auth';
import { AccessLog, ACCESS_LOG_FILE, ChainedEventStore, loadOrCreateSigningKey, SealSigner } from '@telemed/audit';
import { SqliteEventStore } from '@telemed/event-store/sqlite/sqlite-event-store';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { ALL_PROJECTIONS, ProjectionRunner, ReadModelStore, SqliteReadModelStore, SwappableReadModelStore } from '@telemed/projections';
import type { AppConfig } from '../config/app-config';
import { CommandExecutor } from './command-executor';
import { APP_CONFIG, Clock, EVENT_STORE, IDEMPOTENCY_STORE, IdGenerator, RandomIds, READ_MODEL_PROVISIONER, READ_MODELS, SystemClock } from './tokens';
import { ReadModelProvisioner, SqliteReadModelFiles } from './read-model-files';

export const EVENTS_FILE = 'events.sqlite';
/** Per-caller API state that is not derived from the log (idempotency keys). */
export const API_STATE_FILE = 'api-state.sqlite';

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
        { provide: READ_MODEL_PROVISIONER, useFactory: () => new SqliteReadModelFiles(config.dataDir) },
        {
          provide: READ_MODELS,
          inject: [READ_MODEL_PROVISIONER],
          useFactory: async (provisioner: ReadModelProvisioner) => new SwappableReadModelStore(await provisioner.openLive()),
        },
        { provide: IDEMPOTENCY_STORE, useFactory: () => SqliteReadModelStore.open(join(config.dataDir, API_STATE_FILE)) },
        { provide: SealSigner, useFactory: () => loadOrCreateSigningKey(config.auditSigningKeyFile) },
        // Reads of patient details, on a hash chain of their own; closed by the AccessRecorder at shutdown.
        { provide: AccessLog, useFactory: () => AccessLog.open(join(config.dataDir, ACCESS_LOG_FILE)) },
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
      exports: [
        APP_CONFIG, Clock, IdGenerator, EVENT_STORE, READ_MODELS, READ_MODEL_PROVISIONER, IDEMPOTENCY_STORE,
        SealSigner, AccessLog, ProjectionRunner, TokenVerifier, CommandExecutor,
      ],
    };
  }

  constructor(
    private readonly runner: ProjectionRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODELS) private readonly readModels: ReadModelStore,
    @Inject(IDEMPOTENCY_STORE) private readonly apiState: ReadModelStore,
  ) {}

  async onApplicationBootstrap() {
    await this.runner.start();
    this.logger.log(`read models resume from position ${this.runner.position}`);
  }

  async onApplicationShutdown() {
    await this.runner.stop();
    await this.store.close();
    await this.readModels.close();
    await this.apiState.close();
  }
}
