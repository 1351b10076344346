/**
 * WeCom self-built-app callback endpoint (URL verification + encrypted
 * messages). Registered by the app builder:
 *
 *   app.register(wecomCallback, { token, encodingAESKey, corpId, accept })
 *
 * Everything is scoped to this plugin (content-type parsers, body limit,
 * error replies), so other routes keep fastify's defaults.
 *
 * Replies to bad input, always JSON `{ error: <reason> }` plus a warn log:
 *   400 missing_params      msg_signature/timestamp/nonce (or echostr) absent
 *   400 malformed_body      envelope is not WeCom XML / has no Encrypt
 *   403 bad_signature       msg_signature does not match
 *   400 undecryptable       Encrypt is not valid AES/base64 for our key
 *   403 wrong_corp_id       decrypted receive id is not our corp id
 *   400 malformed_message   decrypted payload is not a WeCom message
 *   413 body_too_large      body over `bodyLimit`
 *   500 accept_failed       accept() threw: WeCom will retry, which is wanted
 * Old timestamps are NOT rejected: WeCom's published samples are from 2014,
 * and replays are already neutralised by the inbox de-duplication.
 */
import { docSchema } from './openapi';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { createWecomCrypto, WecomCryptoError } from '../bot/wecom/crypto';
import { parseEnvelope, parseMessage, WecomXmlError, type WecomMessage } from '../bot/wecom/xml';

export type AcceptResult = 'accepted' | 'duplicate';

export interface WecomCallbackOptions {
  token: string;
  encodingAESKey: string;
  corpId: string;
  /**
   * Durably records the message (inbox insert with de-dup). The 200 is sent
   * only after it returns, or after its promise resolves (the app groups
   * concurrent callbacks into one commit); a throw or rejection answers 500.
   */
  accept: (msg: WecomMessage) => AcceptResult | Promise<AcceptResult>;
  /** Maximum request body in bytes; default 64 KiB. */
  bodyLimit?: number;
}

export const WECOM_CALLBACK_PATH = '/wecom/callback';
const DEFAULT_BODY_LIMIT = 64 * 1024;

type Reason =
  | 'missing_params'
  | 'malformed_body'
  | 'bad_signature'
  | 'undecryptable'
  | 'wrong_corp_id'
  | 'malformed_message'
  | 'body_too_large'
  | 'bad_request';

const STATUS: Record<Reason, number> = {
  missing_params: 400,
  malformed_body: 400,
  bad_signature: 403,
  undecryptable: 400,
  wrong_corp_id: 403,
  malformed_message: 400,
  body_too_large: 413,
  bad_request: 400,
};

class Rejection extends Error {
  constructor(readonly reason: Reason, detail: string) {
    super(detail);
  }
}

interface SignedQuery {
  msg_signature: string;
  timestamp: string;
  nonce: string;
}

function queryString(query: unknown, name: string): string | undefined {
  const value = (query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function signedQuery(request: FastifyRequest): SignedQuery {
  const q = request.query;
  const msg_signature = queryString(q, 'msg_signature');
  const timestamp = queryString(q, 'timestamp');
  const nonce = queryString(q, 'nonce');
  if (!msg_signature || !timestamp || !nonce) {
    throw new Rejection('missing_params', 'msg_signature, timestamp and nonce are required');
  }
  return { msg_signature, timestamp, nonce };
}

// Module-level rather than closures in the handler: this path runs for every
// callback, and a closure per request is allocation (and, under tsx, a
// keepNames wrapper call) for nothing.
function acknowledge(request: FastifyRequest, reply: FastifyReply, msg: WecomMessage, result: AcceptResult): void {
  if (result === 'duplicate') request.log.debug({ msgId: msg.msgId }, 'wecom callback duplicate');
  // Empty 200 = "received"; WeCom retries anything else within 5 s.
  reply.code(200).type('text/plain; charset=utf-8').send('');
}

function acceptFailed(request: FastifyRequest, reply: FastifyReply, err: unknown): void {
  // Not acknowledged, so WeCom retries; the inbox de-dup absorbs repeats.
  request.log.error({ err }, 'wecom callback: accept failed');
  reply.code(500).type('application/json').send({ error: 'accept_failed' });
}

function reject(request: FastifyRequest, reply: FastifyReply, reason: Reason, detail: string): FastifyReply {
  request.log.warn({ reason, detail }, 'wecom callback rejected');
  return reply.code(STATUS[reason]).type('application/json').send({ error: reason });
}

export const wecomCallback: FastifyPluginAsync<WecomCallbackOptions> = async (app, opts) => {
  // Throws at registration on a bad key: a misconfiguration must stop startup.
  const crypto = createWecomCrypto(opts);
  const bodyLimit = opts.bodyLimit ?? DEFAULT_BODY_LIMIT;

  const decryptOrReject = (encrypt: string): string => {
    try {
      return crypto.decrypt(encrypt);
    } catch (err) {
      if (err instanceof WecomCryptoError) {
        throw new Rejection(err.code === 'wrong_corp_id' ? 'wrong_corp_id' : 'undecryptable', err.message);
      }
      throw err;
    }
  };

  // WeCom posts text/xml, but proxies rewrite or drop the header: every body
  // in this scope is read as a string and judged by its content.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string', bodyLimit }, (_req, body, done) => {
    done(null, body);
  });

  app.setErrorHandler((err: Error & { statusCode?: number }, request, reply) => {
    if (err instanceof Rejection) return reject(request, reply, err.reason, err.message);
    if (err.statusCode === 413) return reject(request, reply, 'body_too_large', err.message);
    if (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500) {
      return reject(request, reply, 'bad_request', err.message);
    }
    request.log.error({ err }, 'wecom callback failed');
    return reply.code(500).type('application/json').send({ error: 'internal' });
  });

  app.get(WECOM_CALLBACK_PATH, { schema: docSchema({ summary: '企业微信回调地址验证', tags: ['企业微信'] }) }, async (request, reply) => {
    const { msg_signature, timestamp, nonce } = signedQuery(request);
    const rawEcho = queryString(request.query, 'echostr');
    if (!rawEcho) throw new Rejection('missing_params', 'echostr is required');
    // An unencoded '+' in base64 arrives as a space after query decoding;
    // base64 never contains spaces, so restoring them is lossless.
    const echostr = rawEcho.replaceAll(' ', '+');
    if (!crypto.verify(msg_signature, timestamp, nonce, echostr)) {
      throw new Rejection('bad_signature', 'echostr signature mismatch');
    }
    const plaintext = decryptOrReject(echostr);
    return reply.code(200).type('text/plain; charset=utf-8').send(plaintext);
  });

  // A plain (not async) handler: skipping the promise fastify would wait on is
  // measurably cheaper per callback. fastify routes a synchronous throw to the
  // error handler above, and the reply may be sent later (after the commit).
  app.post(WECOM_CALLBACK_PATH, { bodyLimit, schema: docSchema({ summary: '企业微信消息回调（加密 XML）', tags: ['企业微信'] }) }, (request, reply) => {
    const { msg_signature, timestamp, nonce } = signedQuery(request);
    const body = typeof request.body === 'string' ? request.body : '';
    let encrypt: string;
    try {
      encrypt = parseEnvelope(body).encrypt;
    } catch (err) {
      if (err instanceof WecomXmlError) throw new Rejection('malformed_body', err.message);
      throw err;
    }
    if (!crypto.verify(msg_signature, timestamp, nonce, encrypt)) {
      throw new Rejection('bad_signature', 'message signature mismatch');
    }
    const plaintext = decryptOrReject(encrypt);
    let msg: WecomMessage;
    try {
      msg = parseMessage(plaintext);
    } catch (err) {
      if (err instanceof WecomXmlError) throw new Rejection('malformed_message', err.message);
      throw err;
    }
    let result: AcceptResult | Promise<AcceptResult>;
    try {
      result = opts.accept(msg);
    } catch (err) {
      acceptFailed(request, reply, err);
      return;
    }
    if (typeof result === 'string') acknowledge(request, reply, msg, result);
    else
      result.then(
        (settled) => acknowledge(request, reply, msg, settled),
        (err: unknown) => acceptFailed(request, reply, err),
      );
  });
};
