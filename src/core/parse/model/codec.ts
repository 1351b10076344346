/**
 * The model file: "GBM1", a little-endian u32 length and a JSON header
 * (labels, scales, biases, temperatures, training facts), then the non-zero
 * hash buckets as varint deltas and their int8 weights. Only the buckets the
 * corpus touched are stored, so the file grows with the corpus, not the table.
 * Byte-for-byte deterministic: no time stamps, keys in a fixed order.
 */
import { classCount, type LinearModel } from './linear';

const MAGIC = 'GBM1';

export interface ModelHeader {
  bits: number;
  intents: string[];
  categories: string[];
  temperature: { intent: number; category: number; emergency: number };
  scales: number[];
  bias: number[];
  /** How the model was made (counts, hyper-parameters, held-out figures); shown by `npm run train`. */
  info: Record<string, unknown>;
}

export function encodeModel(model: LinearModel, info: Record<string, unknown>): Uint8Array {
  const classes = classCount(model);
  const header: ModelHeader = {
    bits: model.bits,
    intents: [...model.intents],
    categories: [...model.categories],
    temperature: { intent: model.temperature.intent, category: model.temperature.category, emergency: model.temperature.emergency },
    scales: Array.from(model.scales),
    bias: Array.from(model.bias),
    info,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const buckets: number[] = [];
  const size = 1 << model.bits;
  for (let b = 0; b < size; b++) if (model.rows[b] !== 0) buckets.push(b);
  const varints: number[] = [];
  let prev = 0;
  for (const b of buckets) {
    let d = b - prev;
    prev = b;
    while (d >= 0x80) {
      varints.push((d & 0x7f) | 0x80);
      d >>>= 7;
    }
    varints.push(d);
  }
  const out = new Uint8Array(4 + 4 + headerBytes.length + 4 + varints.length + buckets.length * classes);
  const view = new DataView(out.buffer);
  let o = 0;
  for (let i = 0; i < 4; i++) out[o++] = MAGIC.charCodeAt(i);
  view.setUint32(o, headerBytes.length, true);
  o += 4;
  out.set(headerBytes, o);
  o += headerBytes.length;
  view.setUint32(o, buckets.length, true);
  o += 4;
  out.set(varints, o);
  o += varints.length;
  for (const b of buckets) {
    const at = model.rows[b]!;
    for (let c = 0; c < classes; c++) out[o++] = model.weights[at + c]! & 0xff;
  }
  return out;
}

export function decodeModel(bytes: Uint8Array): { model: LinearModel; header: ModelHeader } {
  const magic = String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!);
  if (magic !== MAGIC) throw new Error('not a gridbot intake model');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let o = 4;
  const headerLen = view.getUint32(o, true);
  o += 4;
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(o, o + headerLen))) as ModelHeader;
  o += headerLen;
  const count = view.getUint32(o, true);
  o += 4;
  const buckets = new Uint32Array(count);
  let prev = 0;
  for (let i = 0; i < count; i++) {
    let d = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[o++]!;
      d += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) break;
      shift += 7;
    }
    prev += d;
    buckets[i] = prev;
  }
  const classes = classCount(header);
  const rows = new Int32Array(1 << header.bits);
  const weights = new Int8Array((count + 1) * classes);
  for (let i = 0; i < count; i++) {
    const base = (i + 1) * classes;
    rows[buckets[i]!] = base;
    for (let c = 0; c < classes; c++) weights[base + c] = (bytes[o++]! << 24) >> 24;
  }
  if (o !== bytes.length) throw new Error('intake model file has trailing bytes');
  return {
    header,
    model: {
      bits: header.bits,
      intents: header.intents,
      categories: header.categories,
      rows,
      weights,
      scales: Float32Array.from(header.scales),
      bias: Float32Array.from(header.bias),
      temperature: header.temperature,
    },
  };
}
