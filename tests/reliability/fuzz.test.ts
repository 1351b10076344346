/**
 * Property-based fuzzing of the two doors into gridbot, each on a real gridbot
 * (real SQLite file, real fastify via inject):
 *
 *  - the simulator API on random JSON (and not-JSON) bodies, random path
 *    params, queries and content types → only 202/400/404 (415/413 where the
 *    content type or size is refused before our code runs), never 5xx; the
 *    messages it did accept are handled without a crash; /healthz answers after;
 *  - the WeCom callback (WeCom enabled against the loopback fake WeCom API) on
 *    valid encrypted messages with random content → 200 and in the inbox; on
 *    bit-flipped Encrypt values, wrong msg_signatures, random XML, random
 *    bytes, missing params and huge bodies → 4xx, never 2xx, never 5xx.
 *
 * The parser's own fuzz test is tests/parse/property.test.ts (not repeated).
 * Runs per property: FUZZ_RUNS (bounded in `npm test`, more in the soak).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import vectors from '../fixtures/wecom-vectors.json' with { type: 'json' };
import { createWecomCrypto } from '../../src/bot/wecom/crypto';
import { startFakeWecom, type FakeWecomServer } from '../fakes/wecom-server';
import { startTestBot, type TestBot } from '../helpers/app';
import { FUZZ_RUNS, SOAK, TIMEOUT_MS } from './scale';

const v = vectors.vectors[1]!;
const creds = { corpId: v.corpId, secret: 'fuzz-secret', agentId: 1000002 };
const crypto = createWecomCrypto(v);

let t: TestBot;
let wecom: FakeWecomServer;
let groupIds: string[] = [];
let personIds: string[] = [];

beforeAll(async () => {
  wecom = await startFakeWecom({ ...creds, knownUsers: ['ZhangLi', 'LiQiang'] });
  t = await startTestBot({
    env: {
      WECOM_CORP_ID: creds.corpId,
      WECOM_TOKEN: v.token,
      WECOM_AES_KEY: v.encodingAESKey,
      WECOM_AGENT_ID: String(creds.agentId),
      WECOM_SECRET: creds.secret,
      WECOM_API_BASE: wecom.url,
      GRIDBOT_SEND_JITTER_MS: '0',
    },
  });
  groupIds = (await t.groups()).map((g) => g.id);
  personIds = (await t.people()).map((p) => p.id);
}, 30_000);
afterAll(async () => {
  await t?.stop();
  await wecom?.close();
});

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** A refusal is JSON with a non-empty `error`. */
function expectJsonError(res: LightMyRequestResponse, what: string): void {
  expect(res.headers['content-type'], what).toMatch(/application\/json/);
  const body = res.json() as { error?: unknown };
  expect(typeof body.error === 'string' && body.error.length > 0, `${what}: ${res.body}`).toBe(true);
}

async function healthy(): Promise<void> {
  const res = await t.bot.app.inject({ method: 'GET', url: '/healthz' });
  expect(res.statusCode, res.body).toBe(200);
}

// ---------------------------------------------------------------- simulator API

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('', ' ', '\u0000', '\ud800', '3号楼电梯坏了', '@网格小助手 我的', '接单 1', '绑定 3号楼', '%', '../..'),
  fc.string({ minLength: 1990, maxLength: 2100, unit: fc.constantFrom('水', 'a', ' ') }),
);

/** Path params: real ids, random strings, and things that upset URL parsers. */
const pathParam = (real: () => string[]) =>
  fc.oneof(
    fc.constant(null).chain(() => fc.constantFrom(...real())),
    fc.string({ unit: 'grapheme', maxLength: 30 }).map(encodeURIComponent),
    fc.constantFrom('%', '%zz', '%E6%B0', '..', '%2F', '%00', 'sim-b1%20', 'a'.repeat(5000)),
  );

/** Bodies shaped like the API's (with any values, real senders often), any JSON, or not JSON at all. */
const simPayload = () =>
  fc.oneof(
    fc
      .oneof(
        fc.record(
          { from: fc.oneof(fc.constant(null).chain(() => fc.constantFrom(...personIds)), fc.jsonValue()), text: fc.oneof(anyText, fc.jsonValue()) },
          { requiredKeys: [] },
        ),
        fc.jsonValue(),
        fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 5 }),
      )
      .map((b) => JSON.stringify(b) ?? 'null'),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.constantFrom('', '{', '{"from":', 'null', '[]', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{}}}'),
  );

const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'text/plain',
  'text/plain; charset=gbk',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'text/xml',
  'application/octet-stream',
  'garbage',
  '',
  undefined,
);

/**
 * Refusals fastify makes before our code runs, both proper 4xx: 415 for a body
 * whose content type has no parser (JSON and text/plain do; none at all does
 * not), 414 for a path param longer than fastify's maxParamLength (100).
 */
const parsedType = (ct: string | undefined) => ct !== undefined && /^(application\/json|text\/plain)\b/i.test(ct);
const MAX_PARAM_LENGTH = 100;
const allowedStatuses = (ok: number, param: string, ct?: string | null) => [
  ok,
  400,
  404,
  ...(ct === null || parsedType(ct) ? [] : [415]),
  ...(param.length > MAX_PARAM_LENGTH ? [414] : []),
];

describe('fuzz: the simulator API', () => {
  it(
    'POST on random bodies, params and content types answers 202/400/404 (or fastify\'s 414/415), never 5xx',
    async () => {
      const seen = new Map<number, number>();
      // Mostly anything; a quarter nearly valid (real ids, JSON, the body's shape) so the happy path is fuzzed too.
      const anyRequest = fc.tuple(
        fc.constantFrom('groups', 'direct').chain((kind) => fc.tuple(fc.constant(kind), pathParam(() => (kind === 'groups' ? groupIds : personIds)))),
        simPayload(),
        fc.oneof({ arbitrary: fc.constant('application/json'), weight: 2 }, { arbitrary: contentType, weight: 3 }),
      );
      const nearlyValid = fc.tuple(
        fc.constantFrom('groups', 'direct').chain((kind) => fc.tuple(fc.constant(kind), fc.constantFrom(...(kind === 'groups' ? groupIds : personIds)))),
        fc.record({ from: fc.constantFrom(...personIds), text: anyText }).map((b) => JSON.stringify(b)),
        fc.constantFrom('application/json', 'application/json; charset=utf-8'),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.oneof({ arbitrary: anyRequest, weight: 3 }, { arbitrary: nearlyValid, weight: 1 }),
          async ([[kind, param], payload, ct]) => {
            const res = await t.bot.app.inject({
              method: 'POST',
              url: `/sim/${kind}/${param}/messages`,
              headers: ct === undefined ? {} : { 'content-type': ct },
              payload,
            });
            seen.set(res.statusCode, (seen.get(res.statusCode) ?? 0) + 1);
            const what = `POST /sim/${kind}/${param.slice(0, 40)}/messages [${ct}] ${payload.slice(0, 80)} → ${res.statusCode}`;
            expect(res.statusCode, what).toBeLessThan(500);
            expect(allowedStatuses(202, param, ct), what).toContain(res.statusCode);
            if (res.statusCode === 202) expect((res.json() as { messageId?: unknown }).messageId, what).toEqual(expect.any(String));
            else expectJsonError(res, what);
          },
        ),
        {
          numRuns: FUZZ_RUNS,
          // One request of each kind always runs, so the coverage check below does not
          // depend on the random seed (a run once drew no 404 at all).
          examples: [
            [[['groups', groupIds[0]!], JSON.stringify({ from: personIds[0], text: '3号楼电梯坏了' }), 'application/json']],
            [[['groups', 'no-such-group'], JSON.stringify({ from: personIds[0], text: '你好' }), 'application/json']],
            [[['direct', personIds[0]!], '{', 'application/json']],
          ],
        },
      );
      // The property must have reached our handlers: accepted messages and each kind of refusal.
      expect([...seen.keys()].sort(), JSON.stringify([...seen])).toEqual(expect.arrayContaining([202, 400, 404]));
      await t.bot.settle();
      // What was accepted was handled, none of it crashed a handler.
      const inbox = await t.bot.store.execute(sql`SELECT status, count(*) n FROM inbox WHERE channel = 'simulator' GROUP BY status`);
      expect(inbox).toEqual([{ status: 'done', n: expect.any(Number) }]);
      await healthy();
    },
    TIMEOUT_MS,
  );

  it(
    'GET transcripts on random params and `since` answers 200/400/404 (or fastify\'s 414), never 5xx',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('groups', 'direct'),
          pathParam(() => [...groupIds, ...personIds]),
          fc.option(fc.oneof(fc.string().map(encodeURIComponent), fc.integer().map(String), fc.constantFrom('1e3', '-1', 'NaN', '0x10', '%'))),
          async (kind, param, since) => {
            const url = `/sim/${kind}/${param}/messages${since === null ? '' : `?since=${since}`}`;
            const res = await t.bot.app.inject({ method: 'GET', url });
            expect(allowedStatuses(200, param, null), `GET ${url.slice(0, 120)} → ${res.statusCode} ${res.body.slice(0, 200)}`).toContain(res.statusCode);
            if (res.statusCode === 200) expect(Array.isArray(res.json())).toBe(true);
            else expectJsonError(res, url);
          },
        ),
        { numRuns: FUZZ_RUNS },
      );
      await healthy();
    },
    TIMEOUT_MS,
  );
});

// ------------------------------------------------------------------ WeCom callback

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function textMessage(content: string, msgId: string, from = 'ZhangLi'): string {
  return (
    `<xml><ToUserName><![CDATA[${creds.corpId}]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName>` +
    `<CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime><MsgType><![CDATA[text]]></MsgType>` +
    `<Content>${xmlEscape(content)}</Content><MsgId>${msgId}</MsgId><AgentID>${creds.agentId}</AgentID></xml>`
  );
}

function envelope(encrypt: string): string {
  return `<xml><ToUserName><![CDATA[${creds.corpId}]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt><AgentID><![CDATA[${creds.agentId}]]></AgentID></xml>`;
}

function callback(query: Record<string, string>, body: string | Buffer, ct: string | undefined = 'text/xml') {
  return t.bot.app.inject({
    method: 'POST',
    url: `/wecom/callback?${new URLSearchParams(query).toString()}`,
    headers: ct === undefined ? {} : { 'content-type': ct },
    payload: body,
  });
}

const signed = (encrypt: string, timestamp = '1700000000', nonce = 'n0nce') => ({
  msg_signature: crypto.sign(timestamp, nonce, encrypt),
  timestamp,
  nonce,
});

const callbackType = fc.constantFrom<string | undefined>('text/xml', 'application/xml', 'text/plain', 'application/json', 'application/octet-stream', undefined);

/** Content a WeCom user can type (XML 1.0 characters). */
const userContent = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }).filter((s) => s.trim().length > 0 && !CONTROL.test(s));

let nextMsgId = 9_000_000_000;

/** Flips bits of the decoded Encrypt value: [position (taken modulo its length), bit]. */
function flipBits(encrypt: string, flips: [number, number][]): string {
  const bytes = Buffer.from(encrypt, 'base64');
  for (const [pos, bit] of flips) bytes[pos % bytes.length]! ^= 1 << bit;
  return bytes.toString('base64');
}

describe('fuzz: the WeCom callback', () => {
  it(
    'valid encrypted messages with any content get 200 and reach the inbox once (a repeat is a 200 too)',
    async () => {
      await fc.assert(
        fc.asyncProperty(userContent, callbackType, fc.boolean(), async (content, ct, repeat) => {
          const msgId = String(nextMsgId++);
          const encrypt = crypto.encrypt(textMessage(content, msgId));
          const res = await callback(signed(encrypt), envelope(encrypt), ct);
          expect(res.statusCode, `${JSON.stringify(content)} [${ct}] → ${res.body}`).toBe(200);
          if (repeat) expect((await callback(signed(encrypt, '1700000001', 'again'), envelope(encrypt), ct)).statusCode).toBe(200);
          const [rows] = await t.bot.store.execute<{ n: number }>(sql`SELECT count(*) n FROM inbox WHERE channel = 'wecom' AND message_id LIKE ${`%${msgId}%`}`);
          expect(rows!.n, `inbox rows for ${msgId}`).toBe(1);
        }),
        { numRuns: FUZZ_RUNS },
      );
      await t.bot.runtime.whenIdle();
      const [failed] = await t.bot.store.execute(sql`SELECT count(*) n FROM inbox WHERE status = 'failed'`);
      expect(failed).toEqual({ n: 0 });
      await healthy();
    },
    TIMEOUT_MS,
  );

  it(
    'bit flips in Encrypt: 403 under the original signature; re-signed, 4xx unless it still decrypts to a message',
    async () => {
      const seen = new Set<string>();
      await fc.assert(
        fc.asyncProperty(
          userContent,
          fc.array(fc.tuple(fc.nat({ max: 1_000_000 }), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 8 }),
          fc.boolean(),
          async (content, flips, resign) => {
            const good = crypto.encrypt(textMessage(content, String(nextMsgId++)));
            const bad = flipBits(good, flips);
            fc.pre(bad !== good);
            const res = await callback(resign ? signed(bad) : signed(good), envelope(bad));
            const what = `flips ${JSON.stringify(flips)} resign=${resign} → ${res.statusCode} ${res.body}`;
            seen.add(`${resign ? 'resigned' : 'original'} ${res.statusCode}`);
            if (!resign) expect(res.statusCode, what).toBe(403);
            else expect([200, 400, 403], what).toContain(res.statusCode);
            if (res.statusCode !== 200) expectJsonError(res, what);
          },
        ),
        {
          numRuns: FUZZ_RUNS,
          // Fixed cases so the coverage check below does not depend on the seed: a flip in
          // the first byte garbles the length field (403: the receiver id no longer
          // matches), one at byte 8 garbles the XML (400); and one under the old signature.
          examples: [
            ['a', [[0, 0]], false],
            ['a', [[0, 0]], true],
            ['a', [[8, 0]], true],
          ],
        },
      );
      console.info(`bit flips: ${[...seen].sort().join(', ')}`);
      // Re-signed mutants reach the decryption and are refused there.
      expect([...seen]).toEqual(expect.arrayContaining(['original 403', 'resigned 400', 'resigned 403']));
      await healthy();
    },
    TIMEOUT_MS,
  );

  it(
    'a wrong msg_signature (or a wrong timestamp/nonce for it) is 403',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          userContent,
          fc.oneof(
            fc.string({ minLength: 1, maxLength: 80 }).map((s) => ({ sig: s })),
            fc.stringMatching(/^[0-9a-f]{40}$/).map((s) => ({ sig: s })),
            fc.constantFrom({ ts: '1700000001' }, { nonce: 'other' }, { ts: ' 1700000000' }),
          ),
          async (content, wrong) => {
            const encrypt = crypto.encrypt(textMessage(content, String(nextMsgId++)));
            const q = signed(encrypt);
            const query = { ...q, ...('sig' in wrong ? { msg_signature: wrong.sig } : {}), ...('ts' in wrong ? { timestamp: wrong.ts } : {}), ...('nonce' in wrong ? { nonce: wrong.nonce } : {}) };
            fc.pre(!('sig' in wrong) || wrong.sig.toLowerCase() !== q.msg_signature);
            const res = await callback(query, envelope(encrypt));
            expect(res.statusCode, `${JSON.stringify(wrong)} → ${res.body}`).toBe(403);
            expectJsonError(res, 'wrong signature');
          },
        ),
        { numRuns: FUZZ_RUNS },
      );
      await healthy();
    },
    TIMEOUT_MS,
  );

  it(
    'random XML, random bytes and missing params are 4xx, never 2xx or 5xx',
    async () => {
      const randomXml = fc
        .array(fc.tuple(fc.constantFrom('xml', 'Encrypt', 'ToUserName', 'MsgType', 'Content', 'a', 'Encrypt'), fc.oneof(fc.string(), fc.base64String())), { maxLength: 6 })
        .map((parts) => parts.map(([tag, body]) => `<${tag}>${Math.random() < 0.5 ? `<![CDATA[${body}]]>` : body}</${tag}>`).join(''))
        .map((inner) => (Math.random() < 0.7 ? `<xml>${inner}</xml>` : inner));
      const body = fc.oneof(
        randomXml,
        fc.string({ unit: 'binary', maxLength: 500 }),
        fc.uint8Array({ maxLength: 500 }).map((b) => Buffer.from(b)),
        fc.base64String({ maxLength: 400 }).map(envelope),
        fc.constantFrom('', '<xml>', '<xml><Encrypt></Encrypt></xml>', '<!DOCTYPE x [<!ENTITY a "aaaa">]><xml><Encrypt>&a;</Encrypt></xml>', '<xml><Encrypt><Encrypt>x</Encrypt></Encrypt></xml>'),
      );
      const query = fc.record(
        {
          msg_signature: fc.oneof(fc.string(), fc.stringMatching(/^[0-9a-f]{40}$/)),
          timestamp: fc.oneof(fc.string(), fc.integer().map(String)),
          nonce: fc.string(),
          echostr: fc.string(),
        },
        { requiredKeys: [] },
      );
      await fc.assert(
        fc.asyncProperty(body, query, callbackType, fc.boolean(), async (b, q, ct, signIt) => {
          // Signed for what the body's Encrypt would be, so some get past the signature check.
          const m = typeof b === 'string' ? /<Encrypt>(?:<!\[CDATA\[)?([^<\]]*)/.exec(b) : null;
          const query = signIt && m ? { ...q, ...signed(m[1]!) } : q;
          const res = await callback(query as Record<string, string>, b, ct);
          const what = `${JSON.stringify(query).slice(0, 100)} ${String(b).slice(0, 100)} → ${res.statusCode} ${res.body}`;
          expect(res.statusCode, what).toBeGreaterThanOrEqual(400);
          expect(res.statusCode, what).toBeLessThan(500);
          expectJsonError(res, what);
        }),
        { numRuns: FUZZ_RUNS },
      );
      // URL verification too.
      await fc.assert(
        fc.asyncProperty(query, async (q) => {
          const res = await t.bot.app.inject({ method: 'GET', url: `/wecom/callback?${new URLSearchParams(q as Record<string, string>).toString()}` });
          expect([400, 403], `GET ${JSON.stringify(q)} → ${res.statusCode} ${res.body}`).toContain(res.statusCode);
        }),
        { numRuns: FUZZ_RUNS },
      );
      await healthy();
    },
    TIMEOUT_MS,
  );

  it(
    'huge bodies are 413, signed or not',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 64 * 1024 + 1, max: SOAK ? 4 * 1024 * 1024 : 512 * 1024 }),
          fc.constantFrom('junk', 'envelope', 'signed-envelope', 'valid-message'),
          callbackType,
          async (size, shape, ct) => {
            let body: string;
            let query: Record<string, string> = { msg_signature: 'x', timestamp: '1', nonce: 'n' };
            if (shape === 'junk') body = 'A'.repeat(size);
            else if (shape === 'valid-message') {
              const encrypt = crypto.encrypt(textMessage('水'.repeat(Math.ceil(size / 3)), String(nextMsgId++)));
              body = envelope(encrypt);
              query = signed(encrypt);
            } else {
              const encrypt = 'QUFB'.repeat(Math.ceil(size / 4));
              body = envelope(encrypt);
              if (shape === 'signed-envelope') query = signed(encrypt);
            }
            const res = await callback(query, body, ct);
            expect(res.statusCode, `${shape} ${body.length} bytes → ${res.body.slice(0, 200)}`).toBe(413);
            expectJsonError(res, shape);
          },
        ),
        { numRuns: Math.max(10, Math.round(FUZZ_RUNS / 10)) },
      );
      await healthy();
    },
    TIMEOUT_MS,
  );
});
