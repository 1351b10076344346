/**
 * The committed intake model, decoded once when the parser is first imported.
 * Rebuild it with `npm run train` (see docs/intake.md).
 */
import { brotliDecompressSync } from 'node:zlib';
import { decodeModel, type ModelHeader } from './codec';
import type { LinearModel } from './linear';
import { MODEL_BROTLI_BASE64 } from './intake-model.gen.mjs';

// Brotli (scripts/train.ts, moduleText): pure computation, no I/O; the
// decompressed Buffer is a Uint8Array, decoded as it is, without a copy.
const decoded = decodeModel(brotliDecompressSync(Buffer.from(MODEL_BROTLI_BASE64, 'base64')));

export const DEFAULT_MODEL: LinearModel = decoded.model;
export const DEFAULT_MODEL_HEADER: ModelHeader = decoded.header;
export type { LinearModel } from './linear';
