import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject, sign, verify } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Signs seals with Ed25519; anyone holding only the public key can check them. */
export class SealSigner {
  readonly publicKey: KeyObject;
  readonly keyId: string;

  constructor(private readonly privateKey: KeyObject) {
    if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('the audit signing key must be an Ed25519 key');
    this.publicKey = createPublicKey(privateKey);
    this.keyId = keyIdOf(this.publicKey);
  }

  sign(message: string): string {
    return sign(null, Buffer.from(message), this.privateKey).toString('base64');
  }

  publicKeyPem(): string {
    return this.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  }
}

/** A short, stable name for a public key: the start of the SHA-256 of its DER encoding. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

export function verifySignature(publicKey: KeyObject, message: string, signature: string): boolean {
  try {
    return verify(null, Buffer.from(message), publicKey, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

export function readPublicKey(pemFile: string): KeyObject {
  return createPublicKey(readFileSync(pemFile, 'utf8'));
}

/**
 * The signing key from a PEM file; when the file does not exist yet it is generated (mode 0600)
 * and its public half is written beside it as `public-key.pem`, for auditors.
 */
export function loadOrCreateSigningKey(privateKeyFile: string): SealSigner {
  if (!existsSync(privateKeyFile)) {
    mkdirSync(dirname(privateKeyFile), { recursive: true });
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(privateKeyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  }
  const signer = new SealSigner(createPrivateKey(readFileSync(privateKeyFile, 'utf8')));
  const publicFile = `${dirname(privateKeyFile)}/public-key.pem`;
  if (!existsSync(publicFile)) writeFileSync(publicFile, signer.publicKeyPem());
  return signer;
}
