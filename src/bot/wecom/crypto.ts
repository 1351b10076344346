/**
 * WeCom callback crypto: msg_signature check and AES-256-CBC envelope
 * (random(16) | msgLen(4, BE) | msg | receiveId, PKCS#7 padded to 32 bytes).
 * The AES work is delegated to @wecom/crypto; this module adds the checks that
 * library leaves out (constant-time signature compare, base64 shape, length
 * sanity and the receive-id = corp-id rule) and turns every failure into a
 * typed error so the HTTP layer can answer 4xx instead of crashing.
 */
import { timingSafeEqual } from 'node:crypto';
import {
  decrypt as wecomDecrypt,
  encrypt as wecomEncrypt,
  getSignature,
} from '@wecom/crypto';

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

// Standard base64 only; Buffer.from silently skips junk characters, which
// would let a mangled value decrypt to garbage instead of being rejected.
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const AES_BLOCK = 16;

export function createWecomCrypto(config: WecomCryptoConfig): WecomCrypto {
  const { token, encodingAESKey, corpId } = config;
  // Fail at startup, not on the first callback, when the key is mistyped.
  const keyBytes = Buffer.from(`${encodingAESKey}=`, 'base64');
  if (encodingAESKey.length !== 43 || keyBytes.length !== 32) {
    throw new Error('WeCom EncodingAESKey must be 43 base64 characters (32 bytes)');
  }
  if (!token || !corpId) throw new Error('WeCom token and corp id are required');

  const sign = (timestamp: string, nonce: string, encrypt: string): string =>
    getSignature(token, timestamp, nonce, encrypt);

  return {
    sign,
    verify(signature, timestamp, nonce, encrypt) {
      const expected = Buffer.from(sign(timestamp, nonce, encrypt), 'utf8');
      const given = Buffer.from(signature.toLowerCase(), 'utf8');
      // timingSafeEqual needs equal lengths; a length mismatch leaks only the
      // (public) fact that a sha1 hex string is 40 characters.
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
    decrypt(encrypt) {
      if (encrypt.length % 4 !== 0 || !BASE64.test(encrypt)) {
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
