import { choiceSetting, integerSetting, listSetting, textSetting } from './settings';

/** Uploads of case materials: how large, of which types, and where their bytes are kept. */
export interface MaterialsConfig {
  /** Largest file accepted, in bytes (MATERIALS_MAX_BYTES); a larger one is refused with 413. */
  maxBytes: number;
  /** Media types accepted (MATERIALS_MEDIA_TYPES, comma-separated); any other is refused with 415. */
  mediaTypes: readonly string[];
  /** Where the encrypted bytes go (MATERIALS_STORE): files under DATA_DIR/materials, or a PostgreSQL table. */
  store: (typeof MATERIALS_STORES)[number];
}

export const MATERIALS_STORES = ['files', 'postgres'] as const;

export const DEFAULT_MATERIALS_MAX_BYTES = 25 * 1024 * 1024;
const LARGEST_MATERIALS_MAX_BYTES = 512 * 1024 * 1024;

/** Lab reports, ECGs, images and documents as hospitals exchange them. */
export const DEFAULT_MATERIAL_MEDIA_TYPES: readonly string[] = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/tiff',
  'image/webp',
  'application/dicom',
  'text/plain',
  'text/csv',
  'application/xml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;

/**
 * Reads MATERIALS_MAX_BYTES, MATERIALS_MEDIA_TYPES and MATERIALS_STORE, adding what is wrong to
 * `problems`. The bytes live with the patient keys that encrypt them: in PostgreSQL when the log is
 * outside the embedded store and a DATABASE_URL is given, in DATA_DIR otherwise.
 */
export function readMaterialsConfig(env: NodeJS.ProcessEnv, problems: string[], sharedDatabase: boolean): MaterialsConfig {
  const maxBytes = integerSetting(env, 'MATERIALS_MAX_BYTES', DEFAULT_MATERIALS_MAX_BYTES, 1024, LARGEST_MATERIALS_MAX_BYTES, problems);
  let mediaTypes = DEFAULT_MATERIAL_MEDIA_TYPES;
  const rawTypes = textSetting(env, 'MATERIALS_MEDIA_TYPES');
  if (rawTypes !== undefined) {
    const listed = listSetting(env, 'MATERIALS_MEDIA_TYPES').map((type) => type.toLowerCase());
    const malformed = listed.filter((type) => !MEDIA_TYPE.test(type));
    if (listed.length === 0 || malformed.length > 0) {
      problems.push(`MATERIALS_MEDIA_TYPES must be a comma-separated list of type/subtype media types (got "${rawTypes}")`);
    } else {
      mediaTypes = [...new Set(listed)];
    }
  }
  const store: MaterialsConfig['store'] =
    textSetting(env, 'MATERIALS_STORE') === undefined ? (sharedDatabase ? 'postgres' : 'files') : choiceSetting(env, 'MATERIALS_STORE', MATERIALS_STORES, problems);
  if (store === 'postgres' && !textSetting(env, 'DATABASE_URL')) problems.push('MATERIALS_STORE=postgres needs DATABASE_URL');
  return { maxBytes, mediaTypes, store };
}
