/**
 * The type of the generated model module (`npm run train` writes the .mjs
 * beside this file as plain JavaScript, so it is loaded without the
 * TypeScript transform; see scripts/train.ts).
 */
/** The model file (codec.ts), brotli-compressed, base64 with line breaks. */
export declare const MODEL_BROTLI_BASE64: string;
/** A hash of the training rows and their rule readings (scripts/intake/fingerprint.ts). */
export declare const TRAINING_FINGERPRINT: string;
