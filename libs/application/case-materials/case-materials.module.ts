import { Inject, Injectable, Module, OnApplicationShutdown, type Provider } from '@nestjs/common';
import { PatientDataCipher } from '@telemed/event-store/encryption';
import { type BlobStore, PatientFileCipher } from '@telemed/event-store/blobs';
import { type AppConfig, openMaterialBlobs } from '@telemed/runtime';
import { APP_CONFIG } from '../infrastructure/tokens';
import { AttachMaterialHandler } from './attach-material';
import { MATERIAL_BLOBS } from './case-materials.tokens';
import { DownloadMaterialHandler, ListMaterialsHandler } from './material.queries';

/** Closes the blob store when the application stops. */
@Injectable()
export class MaterialBlobsShutdown implements OnApplicationShutdown {
  constructor(@Inject(MATERIAL_BLOBS) private readonly blobs: BlobStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.blobs.close();
  }
}

const PROVIDERS: Provider[] = [
  { provide: MATERIAL_BLOBS, inject: [APP_CONFIG], useFactory: (config: AppConfig) => openMaterialBlobs(config) },
  { provide: PatientFileCipher, inject: [PatientDataCipher], useFactory: (cipher: PatientDataCipher) => new PatientFileCipher(cipher) },
  MaterialBlobsShutdown,
  AttachMaterialHandler,
  ListMaterialsHandler,
  DownloadMaterialHandler,
];

/** Case materials: files and imaging study references attached to consultations and case reviews. */
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class CaseMaterialsModule {}
