import { Global, Inject, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { join } from 'node:path';
import { createTokenVerifier, TokenVerifier } from '@telemed/auth';
import { AccessLog, ACCESS_LOG_FILE, loadOrCreateSigningKey, SealSigner } from '@telemed/audit';
import { PatientDataCipher } from '@telemed/event-store/encryption';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { eventUpcasters, type UpcasterRegistry } from '@telemed/event-store/upcasting';
import { ALL_PROJECTIONS, ProjectionRunner, ReadModelStore } from '@telemed/projections';
import { CommandExecutor } from '../commands/command-executor';
import { APP_CONFIG, Clock, EVENT_STORE, EVENT_UPCASTERS, IDEMPOTENCY_STORE, IdGenerator, OffsetClock, RandomIds, RAW_EVENT_STORE, READ_MODEL_PROVISIONER, READ_MODEL_STARTUP, READ_MODELS, SystemClock } from './tokens';
import { ReadModelStartup } from './read-model-startup';
import { eventStoreProviders } from '../patients/patient-data.providers';
import { type AppConfig, openApiStateStore, type ReadModelProvisioner, readModelProvisioner } from '@telemed/runtime';
import { ProjectorFollower } from './projector-follower';
import { StorageHealth } from './storage-health';

/** The machine's clock, moved ahead only where the development mode was given an offset. */
function systemClockOf(config: AppConfig): Clock {
  return config.clockOffsetMinutes > 0 ? new OffsetClock(config.clockOffsetMinutes * 60_000) : new SystemClock();
}

/**
 * The api's adapters, as configuration picks them through @telemed/runtime (EVENT_STORE,
 * READ_MODEL_STORE, EVENT_BUS): the log in its two views, the read models and their projection
 * (here, or followed from the projector app's writes), idempotency keys, seals, the access trail and tokens.
 */
@Global()
@Module({})
export class InfrastructureModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Projections');

  static forConfig(config: AppConfig, clock: Clock = systemClockOf(config), ids: IdGenerator = new RandomIds(), upcasters: UpcasterRegistry = eventUpcasters()) {
    return {
      module: InfrastructureModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: Clock, useValue: clock },
        { provide: IdGenerator, useValue: ids },
        { provide: EVENT_UPCASTERS, useValue: upcasters },
        ...eventStoreProviders(config),
        { provide: READ_MODEL_PROVISIONER, useFactory: () => readModelProvisioner(config) },
        {
          provide: READ_MODEL_STARTUP,
          inject: [READ_MODEL_PROVISIONER, EVENT_STORE],
          useFactory: (provisioner: ReadModelProvisioner, store: EventStore) => ReadModelStartup.open(provisioner, store),
        },
        { provide: READ_MODELS, inject: [READ_MODEL_STARTUP], useFactory: (startup: ReadModelStartup) => startup.readModels },
        { provide: IDEMPOTENCY_STORE, useFactory: () => openApiStateStore(config) },
        { provide: SealSigner, useFactory: () => loadOrCreateSigningKey(config.auditSigningKeyFile) },
        // Reads of patient details, on a hash chain of their own; closed by the AccessRecorder at shutdown.
        { provide: AccessLog, useFactory: () => AccessLog.open(join(config.dataDir, ACCESS_LOG_FILE)) },
        {
          provide: ProjectionRunner,
          inject: [EVENT_STORE, READ_MODELS],
          useFactory: (store: EventStore, readModels: ReadModelStore) =>
            config.eventBus === 'kafka'
              ? new ProjectorFollower(store, readModels)
              : new ProjectionRunner(store, readModels, ALL_PROJECTIONS, {
              onError: (error) => new Logger('Projections').error({ err: error }, 'projection failed; retrying from the checkpoint'),
            }),
        },
        { provide: TokenVerifier, useFactory: () => createTokenVerifier({ secret: config.jwtSecret, ...config.security.tokens }) },
        CommandExecutor,
        StorageHealth,
      ],
      exports: [
        APP_CONFIG, Clock, IdGenerator, EVENT_UPCASTERS, EVENT_STORE, RAW_EVENT_STORE, PatientDataCipher, READ_MODELS, READ_MODEL_PROVISIONER, READ_MODEL_STARTUP, IDEMPOTENCY_STORE,
        SealSigner, AccessLog, ProjectionRunner, TokenVerifier, CommandExecutor, StorageHealth,
      ],
    };
  }

  constructor(
    private readonly runner: ProjectionRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODELS) private readonly readModels: ReadModelStore,
    @Inject(IDEMPOTENCY_STORE) private readonly apiState: ReadModelStore,
    private readonly patientData: PatientDataCipher,
    @Inject(READ_MODEL_STARTUP) private readonly readModelStartup: ReadModelStartup,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap() {
    // With EVENT_BUS=kafka the projector builds the read models, and upgrades them.
    if (this.readModelStartup.needsUpgrade && this.config.eventBus !== 'kafka') {
      this.readModelStartup.startUpgrade(this.runner);
      return;
    }
    await this.runner.start();
    this.logger.log(`read models resume from position ${this.runner.position}`);
  }

  async onApplicationShutdown() {
    await this.readModelStartup.settled();
    await this.runner.stop();
    await this.store.close();
    await this.patientData.keys.close();
    await this.readModels.close();
    await this.apiState.close();
  }
}
