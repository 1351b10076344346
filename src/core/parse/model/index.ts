/**
 * The committed intake model, decoded once when the parser is first imported.
 * Rebuild it with `npm run train` (see docs/intake.md).
 */
import { decodeModel, type ModelHeader } from './codec';
import type { LinearModel } from './linear';
import { MODEL_BASE64 } from './intake-model.gen.mjs';

// Decoded straight from the Buffer (a Uint8Array): a copy of it would only raise the high-water mark.
const decoded = decodeModel(Buffer.from(MODEL_BASE64, 'base64'));

export const DEFAULT_MODEL: LinearModel = decoded.model;
export const DEFAULT_MODEL_HEADER: ModelHeader = decoded.header;
export type { LinearModel } from './linear';
