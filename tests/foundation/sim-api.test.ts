import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { connect } from 'node:net';
import { startTestBot, testEngine, type SimPerson, type TestBot } from '../helpers/app';

let t: TestBot;
let liu: SimPerson; // resident of building 1

beforeEach(async () => {
  // No restart in these tests: an in-memory store keeps them fast.
  t = await startTestBot({ dbPath: ':memory:' });
  liu = await t.personNamed('刘阿姨');
});
afterEach(async () => {
  await t.stop();
});

const inject = (opts: InjectOptions): Promise<LightMyRequestResponse> => t.bot.app.inject(opts);

/** Asserts a refusal: the status and a JSON body with a non-empty `error` reason. */
async function expectRefused(res: LightMyRequestResponse, status: number, reason?: RegExp): Promise<void> {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/application\/json/);
  const body = res.json() as { error: string };
  expect(body.error).toEqual(expect.any(String));
  expect(body.error.length).toBeGreaterThan(0);
  if (reason) expect(body.error).toMatch(reason);
}

describe('GET /sim/groups and /sim/people', () => {
  it('lists the demo groups as { id, name, kind, building }', async () => {
    const groups = await t.groups();
    expect(groups).toHaveLength(7);
    for (const g of groups) {
      expect(Object.keys(g).sort()).toEqual(expect.arrayContaining(['building', 'id', 'kind', 'name']));
      expect(g.id).toEqual(expect.any(String));
      expect(g.name).toEqual(expect.any(String));
    }
    expect(groups.find((g) => g.building === '3')).toMatchObject({ kind: 'building', name: expect.stringContaining('3号楼') });
    expect(groups.filter((g) => g.kind === 'building').map((g) => g.building).sort()).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(groups.filter((g) => g.kind === 'workers')).toEqual([expect.objectContaining({ building: null })]);
  });

  it('lists the demo people as { id, name, role, building }', async () => {
    const people = await t.people();
    expect(new Set(people.map((p) => p.role))).toEqual(new Set(['resident', 'grid_worker', 'grid_leader', 'office']));
    for (const p of people) {
      expect(p).toMatchObject({ id: expect.any(String), name: expect.any(String) });
      if (p.role === 'resident') expect(p.building).toMatch(/^[1-6]$/);
      else expect(p.building).toBeNull();
    }
    expect(new Set(people.map((p) => p.id)).size).toBe(people.length);
    expect(liu.building).toBe('1');
  });
});

describe('POST /sim/groups/:id/messages', () => {
  it('accepts a message with 202 { messageId } and shows it in the transcript', async () => {
    const res = await inject({ method: 'POST', url: '/sim/groups/sim-b1/messages', payload: { from: liu.id, text: '大家好' } });
    expect(res.statusCode).toBe(202);
    const { messageId } = res.json() as { messageId: string };
    expect(messageId).toMatch(/\S/);
    await t.bot.settle();
    const transcript = await t.groupMessages('sim-b1');
    expect(transcript).toEqual([
      { seq: expect.any(Number), from: liu.id, fromName: '刘阿姨', text: '大家好', mentions: [], at: expect.any(String) },
    ]);
    expect(new Date(transcript[0]!.at).toISOString()).toBe(transcript[0]!.at);
    // Each message gets its own id.
    expect(await t.say('sim-b1', liu.id, '再说一句')).not.toBe(messageId);
  });

  it('404s an unknown group, with the reason', async () => {
    const res = await inject({ method: 'POST', url: '/sim/groups/nope/messages', payload: { from: liu.id, text: '你好' } });
    await expectRefused(res, 404, /nope/);
    await expectRefused(await inject({ method: 'GET', url: '/sim/groups/nope/messages' }), 404, /nope/);
  });

  it('404s an unknown person', async () => {
    const res = await inject({ method: 'POST', url: '/sim/groups/sim-b1/messages', payload: { from: 'p9999', text: '你好' } });
    await expectRefused(res, 404, /p9999/);
    expect(await t.groupMessages('sim-b1')).toEqual([]);
  });

  it.each([
    ['missing text', { from: 'FROM' }, /text/],
    ['empty text', { from: 'FROM', text: '' }, /text/],
    ['blank text', { from: 'FROM', text: '   ' }, /text/],
    ['too long text', { from: 'FROM', text: '长'.repeat(2001) }, /text/],
    ['missing from', { text: '你好' }, /from/],
    ['text not a string', { from: 'FROM', text: 42 }, /text/],
  ])('400s a malformed body: %s', async (_what, body, reason) => {
    const payload = JSON.parse(JSON.stringify(body).replace('FROM', liu.id)) as object;
    await expectRefused(await inject({ method: 'POST', url: '/sim/groups/sim-b1/messages', payload }), 400, reason);
    expect(await t.groupMessages('sim-b1')).toEqual([]);
  });

  it('400s a body that is not JSON', async () => {
    const broken = await inject({
      method: 'POST',
      url: '/sim/groups/sim-b1/messages',
      headers: { 'content-type': 'application/json' },
      payload: '{"from": "p5", "text": ',
    });
    await expectRefused(broken, 400);
    const plain = await inject({
      method: 'POST',
      url: '/sim/groups/sim-b1/messages',
      headers: { 'content-type': 'text/plain' },
      payload: 'from=p5&text=hi',
    });
    await expectRefused(plain, 400);
    const none = await inject({ method: 'POST', url: '/sim/groups/sim-b1/messages' });
    await expectRefused(none, 400);
  });

  it('explains a malformed body in Chinese, not in zod\'s English', async () => {
    // Outside callers read these reasons: "Invalid input: expected string, received undefined" helps nobody here.
    for (const body of [{ text: '你好' }, { from: liu.id, text: 42 }, [1]]) {
      const res = await inject({ method: 'POST', url: '/sim/groups/sim-b1/messages', payload: body as object });
      await expectRefused(res, 400);
      const reason = (res.json() as { error: string }).error;
      expect(reason).not.toMatch(/Invalid input|expected|received/);
    }
    const missing = await inject({ method: 'POST', url: '/sim/groups/sim-b1/messages', payload: { text: '你好' } });
    expect((missing.json() as { error: string }).error).toBe('请求格式不正确：from: 缺少这个字段');
    const since = await inject({ method: 'GET', url: '/sim/groups/sim-b1/messages?since=abc' });
    expect((since.json() as { error: string }).error).not.toMatch(/expected|received|NaN/i);
  });

  it('accepts the longest allowed text', async () => {
    await t.say('sim-b1', liu.id, '长'.repeat(2000));
  });
});

describe('direct messages', () => {
  it("gets the bot's help reply in the direct transcript", async () => {
    const res = await inject({ method: 'POST', url: `/sim/direct/${liu.id}/messages`, payload: { text: '你好' } });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ messageId: expect.any(String) });
    await t.bot.settle();
    const transcript = await t.directMessages(liu.id);
    expect(transcript.map((e) => [e.from, e.text])).toEqual([
      [liu.id, '你好'],
      ['bot', expect.stringContaining('网格小助手')],
    ]);
    expect(transcript[1]).toMatchObject({ fromName: '网格小助手', mentions: [] });
    // The reply went to that person only.
    const zhang = await t.personNamed('张丽');
    expect(await t.directMessages(zhang.id)).toEqual([]);
    expect(await t.groupMessages('sim-b1')).toEqual([]);
  });

  it('404s an unknown person and 400s a malformed body', async () => {
    await expectRefused(await inject({ method: 'POST', url: '/sim/direct/p9999/messages', payload: { text: '你好' } }), 404, /p9999/);
    await expectRefused(await inject({ method: 'GET', url: '/sim/direct/p9999/messages' }), 404, /p9999/);
    await expectRefused(await inject({ method: 'POST', url: `/sim/direct/${liu.id}/messages`, payload: { text: '' } }), 400, /text/);
    await expectRefused(await inject({ method: 'POST', url: `/sim/direct/${liu.id}/messages`, payload: {} }), 400, /text/);
  });

  it('returns only newer entries with ?since=seq', async () => {
    await t.dm(liu.id, '你好');
    const first = await t.directMessages(liu.id);
    expect(first).toHaveLength(2);
    const lastSeq = first[first.length - 1]!.seq;
    await t.dm(liu.id, '在吗');
    const newer = await t.directMessages(liu.id, lastSeq);
    expect(newer.map((e) => e.text)).toEqual(['在吗', expect.stringContaining('网格小助手')]);
    expect(newer.every((e) => e.seq > lastSeq)).toBe(true);
    expect(await t.directMessages(liu.id, newer[newer.length - 1]!.seq)).toEqual([]);
    await expectRefused(await inject({ method: 'GET', url: `/sim/direct/${liu.id}/messages?since=abc` }), 400, /since/);
    await expectRefused(await inject({ method: 'GET', url: '/sim/groups/sim-b1/messages?since=-1' }), 400, /since/);
  });
});

describe('operations', () => {
  it('GET /healthz reports the store and each channel', async () => {
    const res = await inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ok',
      store: 'ok',
      // One process on SQLite: it is the instance 'main' and leads (runs the schedules).
      engine: testEngine() === 'sqlite' ? 'sqlite' : 'postgresql',
      instance: { name: 'main', leads: true, leader: 'main' },
      channels: { simulator: 'logged_in' },
      backlog: 0,
      outbox: expect.any(Object),
      staff: { active: 4, unreachable: 0, unreachableNames: [] },
      triage: { pending: 0, ticketed: 0, ignored: 0, expired: 0 },
      calendar: expect.objectContaining({ mode: 'workdays' }),
    });
    await t.dm(liu.id, '你好');
    expect((await inject({ method: 'GET', url: '/healthz' })).json()).toMatchObject({ outbox: { sent: 1 } });
  });

  it('GET /healthz is 503 when a channel is down', async () => {
    await t.bot.simulator!.stop();
    const res = await inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ status: 'degraded', channels: { simulator: 'down' } });
  });

  it("fastify's own refusals (bad JSON, over-long id, bad URL) answer in Chinese in the same shape", async () => {
    await expectRefused(
      await inject({ method: 'POST', url: '/sim/groups/sim-b1/messages', headers: { 'content-type': 'application/json' }, payload: '{bad' }),
      400,
      /^请求体不是合法的 JSON$/,
    );
    await expectRefused(await inject({ method: 'GET', url: `/sim/groups/${'x'.repeat(150)}/messages` }), 414, /参数太长/);
    await expectRefused(await inject({ method: 'GET', url: '/sim/%E0%A4%A' }), 400, /地址格式不正确/);
  });

  it('a URL with raw (not percent-encoded) Chinese, refused by Node itself, is answered in Chinese too', async () => {
    // curl sends "?grid=第三网格" as raw bytes: Node's parser refuses it before fastify routes anything.
    await t.bot.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.bot.app.server.address() as { port: number };
    const raw = await new Promise<string>((resolve, reject) => {
      const chunks: Buffer[] = [];
      const sock = connect(port, '127.0.0.1', () => sock.write(Buffer.from('GET /sim/groups?grid=第三网格 HTTP/1.1\r\nHost: x\r\n\r\n')));
      sock.on('data', (c: Buffer) => chunks.push(c));
      sock.on('error', reject);
      sock.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(raw).toMatch(/application\/json/);
    const body = JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)) as { error: string };
    expect(body.error).toMatch(/地址格式不正确.*URL 编码/);
    const length = /Content-Length: (\d+)/.exec(raw)![1]!;
    expect(Number(length)).toBe(Buffer.byteLength(JSON.stringify(body)));
  });

  it('an unknown route is a 404 with a JSON reason', async () => {
    await expectRefused(await inject({ method: 'GET', url: '/no/such/route' }), 404, /\/no\/such\/route/);
    await expectRefused(await inject({ method: 'DELETE', url: '/sim/groups' }), 404);
  });

  it('serves the /sim page', async () => {
    const res = await inject({ method: 'GET', url: '/sim' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('<html');
  });
});
