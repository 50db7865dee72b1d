/** The BlobStore that keeps the encrypted bytes of case materials. */
export const MATERIAL_BLOBS = Symbol('MATERIAL_BLOBS');
