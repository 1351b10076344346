/**
 * Typed views of the two XML documents in a WeCom callback: the outer
 * envelope (ToUserName, Encrypt, AgentID) and the decrypted message. WeCom
 * writes values sometimes as CDATA and sometimes as plain text; the parser
 * folds both into strings.
 */
import { Parser } from 'saxen';

export class WecomXmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WecomXmlError';
  }
}

export interface WecomEnvelope {
  toUserName: string;
  encrypt: string;
  agentId: string | undefined;
}

export interface WecomMessage {
  toUserName: string;
  fromUserName: string;
  /** Unix seconds. */
  createTime: number;
  msgType: string;
  content?: string;
  msgId?: string;
  event?: string;
  eventKey?: string;
  agentId?: string;
}

/**
 * The parser is saxen, a SAX parser that finds tags and sections with
 * indexOf instead of stepping through every character: on WeCom's documents
 * it takes 0.7 µs (envelope) and 1.1 µs (message), against 2.9 and 2.4 µs for
 * saxes and 6 µs for @rgrove/parse-xml. That difference is what brings the
 * callback to half the speed of a bare route (scripts/bench/callback.ts).
 *
 * saxen itself checks structure: mismatched, crossed or unclosed tags,
 * unterminated CDATA and comments, a missing root. It is lenient about the
 * rest of XML 1.0, so these handlers add the checks WeCom input can need:
 * text outside the root (saxen's warning), a second root, a DOCTYPE,
 * characters XML forbids, unknown entities and a stray "]]>" all make the
 * document malformed.
 */
type XmlFields = Record<string, unknown>;

/** A nested element's value: an object, so the field readers below refuse it. */
const NESTED = Object.freeze({});

/** Characters XML 1.0 does not allow anywhere in a document. */
const FORBIDDEN_CHAR = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;
/** An "&" that does not start one of XML's five entities or a character reference. */
const UNKNOWN_ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6});)/;

/**
 * The state of the document being read. One parser serves every document:
 * parsing is synchronous, so no two documents ever share it, and saxen resets
 * itself at the start of each parse.
 */
const doc = {
  fields: {} as XmlFields,
  rootName: null as string | null,
  depth: 0,
  field: '',
  value: '',
  nested: false,
};

function fail(message: string): never {
  throw new WecomXmlError(message);
}

/** Text content with entities decoded, refusing what XML would refuse. */
function textValue(raw: string, decode: (raw: string) => string): string {
  if (raw.includes(']]>')) fail('"]]>" is not allowed in text');
  if (!raw.includes('&')) return raw;
  if (UNKNOWN_ENTITY.test(raw)) fail('unknown entity');
  const value = decode(raw);
  // A character reference can name a character XML forbids (&#0;).
  if (FORBIDDEN_CHAR.test(value)) fail('character reference to a forbidden character');
  return value;
}

const parser = new Parser();
parser.on('error', (err) => fail(`malformed XML: ${err.message}`));
// saxen warns (and carries on) about text outside the root element.
parser.on('warn', (err) => fail(`malformed XML: ${err.message}`));
// WeCom never sends a DTD; refusing one rules out entity tricks.
parser.on('attention', () => fail('DOCTYPE is not allowed'));
parser.on('openTag', (name) => {
  doc.depth++;
  if (doc.depth === 1) {
    if (doc.rootName !== null) fail('more than one root element');
    doc.rootName = name;
  } else if (doc.depth === 2) {
    doc.field = name;
    doc.value = '';
    doc.nested = false;
  } else doc.nested = true;
});
parser.on('text', (raw, decode) => {
  if (doc.depth === 2) doc.value += textValue(raw, decode);
  else if (raw.includes('&') || raw.includes(']]>')) textValue(raw, decode);
});
parser.on('cdata', (text) => {
  if (doc.depth === 2) doc.value += text;
});
parser.on('closeTag', () => {
  if (doc.depth === 2) {
    const v = doc.nested ? NESTED : doc.value;
    const prev = doc.fields[doc.field];
    doc.fields[doc.field] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  doc.depth--;
});

function parseRoot(xml: string): XmlFields {
  // Values stay strings exactly as sent (MsgId is 64-bit; "0012" user ids;
  // message text untrimmed); a repeated tag becomes an array.
  const fields: XmlFields = {};
  doc.fields = fields;
  doc.rootName = null;
  doc.depth = 0;
  if (FORBIDDEN_CHAR.test(xml)) fail('character not allowed in XML');
  parser.parse(xml);
  if (doc.rootName !== 'xml') fail('expected a single <xml> root element');
  return fields;
}

function optional(root: XmlFields, tag: string): string | undefined {
  const value = root[tag];
  if (value === undefined) return undefined;
  // A repeated tag (array) or nested element (object) is not a WeCom shape.
  if (typeof value !== 'string') throw new WecomXmlError(`<${tag}> must be a single text value`);
  return value;
}

function required(root: XmlFields, tag: string): string {
  const value = optional(root, tag);
  if (value === undefined || value.trim() === '') throw new WecomXmlError(`missing <${tag}>`);
  return value;
}

export function parseEnvelope(xml: string): WecomEnvelope {
  const root = parseRoot(xml);
  return {
    toUserName: required(root, 'ToUserName'),
    encrypt: required(root, 'Encrypt').trim(),
    agentId: optional(root, 'AgentID'),
  };
}

export function parseMessage(xml: string): WecomMessage {
  const root = parseRoot(xml);
  const createTimeText = required(root, 'CreateTime').trim();
  if (!/^\d{1,12}$/.test(createTimeText)) throw new WecomXmlError('<CreateTime> is not a number');
  const msg: WecomMessage = {
    toUserName: required(root, 'ToUserName'),
    fromUserName: required(root, 'FromUserName'),
    createTime: Number(createTimeText),
    msgType: required(root, 'MsgType'),
  };
  // Only set the optional keys that are present, so objects compare cleanly.
  // Written out rather than looped over a table: this runs on every callback.
  const content = optional(root, 'Content');
  if (content !== undefined) msg.content = content;
  const msgId = optional(root, 'MsgId');
  if (msgId !== undefined) msg.msgId = msgId.trim();
  const event = optional(root, 'Event');
  if (event !== undefined) msg.event = event.trim();
  const eventKey = optional(root, 'EventKey');
  if (eventKey !== undefined) msg.eventKey = eventKey.trim();
  const agentId = optional(root, 'AgentID');
  if (agentId !== undefined) msg.agentId = agentId.trim();
  if (msg.msgType === 'text' && msg.content === undefined) throw new WecomXmlError('text message without <Content>');
  return msg;
}

/**
 * De-duplication key WeCom's retries share: MsgId for messages; events have
 * none, so sender + time + event type/key identify them.
 */
export function dedupeKey(msg: WecomMessage): string {
  if (msg.msgId) return msg.msgId;
  return `${msg.fromUserName}:${msg.createTime}:${msg.event ?? ''}:${msg.eventKey ?? ''}`;
}
