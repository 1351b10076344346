import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it, vi } from 'vitest';
import vectors from '../fixtures/wecom-vectors.json' with { type: 'json' };
import { createWecomCrypto } from '../../src/bot/wecom/crypto';
import { parseMessage, type WecomMessage } from '../../src/bot/wecom/xml';
import { wecomCallback, type AcceptResult } from '../../src/http/wecom-callback';

type Vector = (typeof vectors.vectors)[number];
const [sampleA, sampleB] = vectors.vectors as [Vector, Vector];

const apps: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.close()));
});

async function build(v: Vector, accept?: (m: WecomMessage) => AcceptResult | Promise<AcceptResult>, bodyLimit?: number) {
  const accepted: WecomMessage[] = [];
  const app = Fastify({ logger: false });
  apps.push(app);
  await app.register(wecomCallback, {
    token: v.token,
    encodingAESKey: v.encodingAESKey,
    corpId: v.corpId,
    bodyLimit,
    accept: (m) => {
      accepted.push(m);
      return accept ? accept(m) : 'accepted';
    },
  });
  return { app, accepted };
}

function qs(params: Record<string, string>): string {
  return new URLSearchParams(params).toString();
}

function post(app: FastifyInstance, query: Record<string, string>, body: string, contentType = 'text/xml') {
  return app.inject({
    method: 'POST',
    url: `/wecom/callback?${qs(query)}`,
    headers: { 'content-type': contentType },
    payload: body,
  });
}

/** A correctly signed callback for `plaintext`, built with the vector's keys. */
function signedBody(v: Vector, plaintext: string, encryptOverride?: string) {
  const c = createWecomCrypto(v);
  const encrypt = encryptOverride ?? c.encrypt(plaintext);
  const timestamp = '1700000000';
  const nonce = 'abc123';
  return {
    query: { msg_signature: c.sign(timestamp, nonce, encrypt), timestamp, nonce },
    body: `<xml><ToUserName><![CDATA[${v.corpId}]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt><AgentID><![CDATA[1]]></AgentID></xml>`,
  };
}

describe.each([sampleA, sampleB])('published vector $name', (v) => {
  it('answers URL verification with the exact plaintext', async () => {
    const { app } = await build(v);
    const { msg_signature, timestamp, nonce, echostr } = v.verifyUrl;
    const res = await app.inject({ method: 'GET', url: `/wecom/callback?${qs({ msg_signature, timestamp, nonce, echostr })}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe(v.verifyUrl.plaintext);
  });

  it('verifies, decrypts and accepts the sample message, answering an empty 200', async () => {
    const { app, accepted } = await build(v);
    const { msg_signature, timestamp, nonce, body } = v.message;
    const res = await post(app, { msg_signature, timestamp, nonce }, body);
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('');
    expect(accepted).toEqual([parseMessage(v.message.plaintext)]);
  });

  it('rejects the sample with a forged signature', async () => {
    const { app, accepted } = await build(v);
    const { timestamp, nonce, body } = v.message;
    const forged = v.message.msg_signature.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    const res = await post(app, { msg_signature: forged, timestamp, nonce }, body);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({ error: 'bad_signature' });
    expect(accepted).toEqual([]);
  });

  it('rejects URL verification with a wrong signature', async () => {
    const { app } = await build(v);
    const { timestamp, nonce, echostr } = v.verifyUrl;
    const res = await app.inject({
      method: 'GET',
      url: `/wecom/callback?${qs({ msg_signature: 'f'.repeat(40), timestamp, nonce, echostr })}`,
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('sample contents', () => {
  it('parses both CDATA and plain-text messages to the same shape', () => {
    expect(parseMessage(sampleA.message.plaintext)).toEqual({
      toUserName: 'wx5823bf96d3bd56c7',
      fromUserName: 'mycreate',
      createTime: 1409659813,
      msgType: 'text',
      content: 'hello',
      msgId: '4561255354251345929',
      agentId: '218',
    });
    expect(parseMessage(sampleB.message.plaintext)).toMatchObject({
      fromUserName: 'ChenJiaShun',
      content: '你好',
      msgId: '1456453720',
      createTime: 1476422779,
    });
  });
});

describe('bad input', () => {
  const text = (content: string, msgId = '1') =>
    `<xml><ToUserName><![CDATA[${sampleB.corpId}]]></ToUserName><FromUserName><![CDATA[zhangsan]]></FromUserName>` +
    `<CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${content}]]></Content>` +
    `<MsgId>${msgId}</MsgId><AgentID>1000002</AgentID></xml>`;

  it('accepts a freshly encrypted message with any content type', async () => {
    const { app, accepted } = await build(sampleB);
    const a = signedBody(sampleB, text('接单 12'));
    for (const type of ['application/xml', 'text/plain', 'application/json', 'application/octet-stream']) {
      const res = await post(app, a.query, a.body, type);
      expect(res.statusCode, type).toBe(200);
    }
    const bare = await app.inject({ method: 'POST', url: `/wecom/callback?${qs(a.query)}`, payload: Buffer.from(a.body) });
    expect(bare.statusCode, 'no content-type').toBe(200);
    expect(accepted).toHaveLength(5);
    expect(accepted[0]?.content).toBe('接单 12');
  });

  it('rejects a tampered Encrypt even when re-signed (undecryptable)', async () => {
    const { app, accepted } = await build(sampleB);
    const good = createWecomCrypto(sampleB).encrypt(text('hi'));
    // Flip bits in the cipher block that holds the end of the receive id, so the
    // id turns to garbage. (Not simply the last block: when that block is all
    // padding, 1 time in 256 its garbled last byte names the true pad length
    // and the message decrypts intact.) Plaintext: 16 random + 4 length + msg + id.
    const bytes = Buffer.from(good, 'base64');
    const idEnd = 16 + 4 + Buffer.byteLength(text('hi')) + Buffer.byteLength(sampleB.corpId);
    bytes[Math.floor((idEnd - 1) / 16) * 16 + 3]! ^= 0xff;
    const tampered = signedBody(sampleB, '', bytes.toString('base64'));
    const res1 = await post(app, tampered.query, tampered.body);
    expect([400, 403]).toContain(res1.statusCode);
    // Not base64 at all.
    const junk = signedBody(sampleB, '', 'not*base64!!');
    const res2 = await post(app, junk.query, junk.body);
    expect(res2.statusCode).toBe(400);
    expect(res2.json()).toEqual({ error: 'undecryptable' });
    // A length that is not a whole number of AES blocks.
    const short = signedBody(sampleB, '', Buffer.alloc(20).toString('base64'));
    expect((await post(app, short.query, short.body)).json()).toEqual({ error: 'undecryptable' });
    expect(accepted).toEqual([]);
  });

  it('rejects a message encrypted for another corp id', async () => {
    const { app, accepted } = await build(sampleB);
    const otherCorp = createWecomCrypto({ ...sampleB, corpId: 'ww0000000000000000' });
    const a = signedBody(sampleB, '', otherCorp.encrypt(text('hi')));
    const res = await post(app, a.query, a.body);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({ error: 'wrong_corp_id' });
    expect(accepted).toEqual([]);
  });

  it('rejects malformed envelopes and malformed decrypted messages', async () => {
    const { app, accepted } = await build(sampleB);
    const q = signedBody(sampleB, text('x')).query;
    for (const body of ['', 'not xml', '<xml><Encrypt>abc</xml>', '<xml><ToUserName>x</ToUserName></xml>', '<!DOCTYPE x><xml/>']) {
      const res = await post(app, q, body);
      expect(res.statusCode, body).toBe(400);
      expect(res.json()).toEqual({ error: 'malformed_body' });
    }
    for (const inner of ['hello', '<xml><FromUserName>a</FromUserName></xml>', text('x').replace('1700000000', 'soon')]) {
      const a = signedBody(sampleB, inner);
      const res = await post(app, a.query, a.body);
      expect(res.statusCode, inner).toBe(400);
      expect(res.json()).toEqual({ error: 'malformed_message' });
    }
    expect(accepted).toEqual([]);
  });

  it('rejects missing query parameters', async () => {
    const { app, accepted } = await build(sampleB);
    const a = signedBody(sampleB, text('x'));
    const { nonce: _nonce, ...noNonce } = a.query;
    expect((await post(app, noNonce, a.body)).statusCode).toBe(400);
    const get = await app.inject({ method: 'GET', url: `/wecom/callback?${qs(a.query)}` });
    expect(get.statusCode).toBe(400);
    expect(get.json()).toEqual({ error: 'missing_params' });
    expect(accepted).toEqual([]);
  });

  it('answers 413 to an oversized body without calling accept', async () => {
    const { app, accepted } = await build(sampleB, undefined, 1024);
    const a = signedBody(sampleB, text('x'.repeat(2000)));
    const res = await post(app, a.query, a.body);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({ error: 'body_too_large' });
    expect(accepted).toEqual([]);
  });

  it('applies the 64 KiB default limit', async () => {
    const { app, accepted } = await build(sampleB);
    const res = await post(app, signedBody(sampleB, text('x')).query, `<xml>${' '.repeat(65 * 1024)}</xml>`);
    expect(res.statusCode).toBe(413);
    expect(accepted).toEqual([]);
  });

  it('still answers 200 to a duplicate', async () => {
    const seen = new Set<string>();
    const { app, accepted } = await build(sampleB, (m) => (seen.has(m.msgId!) ? 'duplicate' : (seen.add(m.msgId!), 'accepted')));
    const a = signedBody(sampleB, text('x', '42'));
    for (let i = 0; i < 3; i++) {
      const res = await post(app, a.query, a.body);
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe('');
    }
    expect(accepted).toHaveLength(3);
    expect(seen.size).toBe(1);
  });

  it('answers 500 when accept() throws, so WeCom retries', async () => {
    const { app } = await build(sampleB, () => {
      throw new Error('disk full');
    });
    const a = signedBody(sampleB, text('x'));
    expect((await post(app, a.query, a.body)).statusCode).toBe(500);
  });

  it('answers only once a promised accept resolves, and 500 when it rejects', async () => {
    let settle: { resolve: (r: AcceptResult) => void; reject: (e: Error) => void } | undefined;
    const { app } = await build(sampleB, () => new Promise<AcceptResult>((resolve, reject) => (settle = { resolve, reject })));
    const a = signedBody(sampleB, text('x', '7'));
    let answered = false;
    const pending = post(app, a.query, a.body).then((res) => {
      answered = true;
      return res;
    });
    await vi.waitFor(() => expect(settle).toBeDefined());
    await new Promise((r) => setTimeout(r, 20));
    expect(answered, 'no answer before the write').toBe(false);
    settle!.resolve('accepted');
    const res = await pending;
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('');

    settle = undefined;
    const b = signedBody(sampleB, text('y', '8'));
    const failing = post(app, b.query, b.body);
    await vi.waitFor(() => expect(settle).toBeDefined());
    settle!.reject(new Error('disk full'));
    const failed = await failing;
    expect(failed.statusCode).toBe(500);
    expect(failed.json()).toEqual({ error: 'accept_failed' });
  });

  it('does not change content-type parsing of other routes', async () => {
    const app = Fastify({ logger: false });
    apps.push(app);
    await app.register(wecomCallback, { token: sampleB.token, encodingAESKey: sampleB.encodingAESKey, corpId: sampleB.corpId, accept: () => 'accepted' });
    app.post('/other', async (req) => ({ got: req.body }));
    const res = await app.inject({ method: 'POST', url: '/other', payload: { a: 1 } });
    expect(res.json()).toEqual({ got: { a: 1 } });
    const xml = await app.inject({ method: 'POST', url: '/other', headers: { 'content-type': 'text/xml' }, payload: '<xml/>' });
    expect(xml.statusCode).toBe(415);
  });
});
