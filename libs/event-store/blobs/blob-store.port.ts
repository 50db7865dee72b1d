/**
 * Where the bytes of case materials are kept, apart from the event log: content-addressed, so a
 * blob's address is the SHA-256 (hex) of the bytes stored under it and any change to them is seen
 * on reading. The bytes handed in are already encrypted; a store never sees a patient's file in clear.
 */
export interface BlobStore {
  /** Stores `content` under its SHA-256 and answers that address; storing the same bytes again keeps one copy. */
  put(content: Buffer): Promise<string>;
  /** The bytes stored under `address`, as stored (unchecked: the reader compares them with the address), or undefined. */
  get(address: string): Promise<Buffer | undefined>;
  /** Removes a blob that no event came to reference (its attachment was refused after the bytes were stored). */
  delete(address: string): Promise<void>;
  close(): Promise<void>;
}

const ADDRESS = /^[0-9a-f]{64}$/;

/** Refuses anything but a SHA-256 in lower-case hex, so an address can never name a path or a query. */
export function requireBlobAddress(address: string): string {
  if (!ADDRESS.test(address)) throw new Error(`not a blob address: ${address}`);
  return address;
}
