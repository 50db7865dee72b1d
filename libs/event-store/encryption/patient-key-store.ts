/** A patient's data key as the key store holds it: wrapped under the master key, never in clear. */
export interface StoredDataKey {
  keyId: string;
  version: number;
  wrappedKey: Buffer;
  createdAt: string;
}

export interface DataKeyVersion {
  version: number;
  createdAt: string;
  /** Set once the key was erased: its wrapped key is gone. */
  erasedAt?: string;
}

/**
 * Where the patients' wrapped data keys live, apart from the event log: deleting a key here is
 * what erases a patient's data everywhere the log's ciphertext went. Implemented on SQLite for the
 * embedded backbone; every operation is one statement or one short transaction, so a PostgreSQL
 * table `(key_id, version, wrapped_key, created_at, erased_at)` implements it the same way.
 */
export interface PatientKeyStore {
  /**
   * Records the master key's check value on first use. False when the store's keys were wrapped
   * under another master key: every patient would then read as erased, so the caller must stop.
   */
  claimMasterKey(checkValue: string): Promise<boolean>;
  /**
   * The patient's newest key that is not erased. When there is none, the key that `wrapNew`
   * answers for the next version is stored and answered; two writers racing get the same key.
   */
  activeKey(keyId: string, wrapNew: (version: number) => Buffer, createdAt: string): Promise<StoredDataKey>;
  /** One version of a patient's key; undefined when it was erased or never existed. */
  key(keyId: string, version: number): Promise<StoredDataKey | undefined>;
  /** Every version of the patient's key, erased or not, oldest first. */
  versions(keyId: string): Promise<DataKeyVersion[]>;
  /** Deletes every remaining key of the patient; answers the versions it erased (none when there were none left). */
  erase(keyId: string, erasedAt: string): Promise<number[]>;
  close(): Promise<void>;
}
