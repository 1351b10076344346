/**
 * WeCom callback crypto: msg_signature check and AES-256-CBC envelope
 * (random(16) | msgLen(4, BE) | msg | receiveId, PKCS#7 padded to 32 bytes).
 * The AES work is delegated to @wecom/crypto; this module adds the checks that
 * library leaves out (constant-time signature compare, base64 shape, length
 * sanity and the receive-id = corp-id rule) and turns every failure into a
 * typed error so the HTTP layer can answer 4xx instead of crashing.
 */
import { hash } from 'node:crypto';
import { decrypt as wecomDecrypt, encrypt as wecomEncrypt } from '@wecom/crypto';

export type WecomCryptoErrorCode = 'bad_ciphertext' | 'wrong_corp_id';

export class WecomCryptoError extends Error {
  constructor(
    readonly code: WecomCryptoErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'WecomCryptoError';
  }
}

export interface WecomCryptoConfig {
  token: string;
  encodingAESKey: string;
  corpId: string;
}

export interface WecomCrypto {
  /** Hex sha1 over the sorted [token, timestamp, nonce, encrypt]. */
  sign(timestamp: string, nonce: string, encrypt: string): string;
  /** Constant-time comparison of `signature` with the expected one. */
  verify(signature: string, timestamp: string, nonce: string, encrypt: string): boolean;
  /** Plaintext of an Encrypt value; throws WecomCryptoError. */
  decrypt(encrypt: string): string;
  /** Encrypt value for `plaintext`, addressed to the configured corp id. */
  encrypt(plaintext: string): string;
}

const AES_BLOCK = 16;

/**
 * Compares two strings in time that depends only on their lengths. The
 * expected side is always a 40-character hex digest, so the length is public.
 */
function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

export function createWecomCrypto(config: WecomCryptoConfig): WecomCrypto {
  const { token, encodingAESKey, corpId } = config;
  // Fail at startup, not on the first callback, when the key is mistyped.
  const keyBytes = Buffer.from(`${encodingAESKey}=`, 'base64');
  if (encodingAESKey.length !== 43 || keyBytes.length !== 32) {
    throw new Error('WeCom EncodingAESKey must be 43 base64 characters (32 bytes)');
  }
  if (!token || !corpId) throw new Error('WeCom token and corp id are required');

  // The same formula as @wecom/crypto's getSignature, with the one-shot
  // hash(): it skips building a Hash object, which was a third of the cost of
  // checking a callback's signature (measured with scripts/bench/callback.ts).
  const sign = (timestamp: string, nonce: string, encrypt: string): string =>
    hash('sha1', [token, timestamp, nonce, encrypt].sort().join(''), 'hex');

  return {
    sign,
    verify(signature, timestamp, nonce, encrypt) {
      return constantTimeEqual(signature.toLowerCase(), sign(timestamp, nonce, encrypt));
    },
    decrypt(encrypt) {
      // No character check here: the value has passed the signature check
      // (only WeCom holds the token), and a mangled one cannot get through
      // anyway: a length that is not whole AES blocks is refused below or by
      // the cipher, and garbage plaintext fails the corp id check. Checking
      // every character of every callback cost 2 µs, a tenth of the endpoint.
      if (encrypt.length % 4 !== 0) {
        throw new WecomCryptoError('bad_ciphertext', 'Encrypt is not base64');
      }
      const rawLen = (encrypt.length / 4) * 3 - (encrypt.endsWith('==') ? 2 : encrypt.endsWith('=') ? 1 : 0);
      // Smallest valid plaintext: 16 random + 4 length bytes + padding.
      if (rawLen < 2 * AES_BLOCK || rawLen % AES_BLOCK !== 0) {
        throw new WecomCryptoError('bad_ciphertext', 'Encrypt has a bad length');
      }
      let out: { message: string; id: string };
      try {
        out = wecomDecrypt(encodingAESKey, encrypt);
      } catch (err) {
        throw new WecomCryptoError('bad_ciphertext', `cannot decrypt: ${(err as Error).message}`);
      }
      // The library neither rejects bad padding nor an oversized length
      // field; both show up as a receive id that is not our corp id.
      if (out.id !== corpId) {
        throw new WecomCryptoError('wrong_corp_id', 'receive id does not match the corp id');
      }
      return out.message;
    },
    encrypt(plaintext) {
      return wecomEncrypt(encodingAESKey, plaintext, corpId);
    },
  };
}
