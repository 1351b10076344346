import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermanentSendError } from '../../src/bot/channel';
import {
  DEFAULT_WECOM_API_BASE,
  SlidingWindowLimiter,
  WecomApiError,
  WecomClient,
  WecomPermanentError,
  type WecomClientOptions,
} from '../../src/bot/wecom/client';
import { startFakeWecom, type FakeWecomServer } from '../fakes/wecom-server';

const creds = { corpId: 'wwtestcorp', secret: 'sekrit', agentId: 1000002, webhookKey: 'robot-key' };
let wecom: FakeWecomServer;

beforeEach(async () => {
  wecom = await startFakeWecom({ ...creds, knownUsers: ['zhangsan', 'lisi'], knownChats: ['staffchat'], tokenDelayMs: 20 });
});
afterEach(async () => {
  await wecom.close();
});

function client(extra: Partial<WecomClientOptions> = {}) {
  return new WecomClient({ apiBase: wecom.url, ...creds, ...extra });
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

describe('WecomClient token', () => {
  it('shares one gettoken among 20 concurrent sends and caches it', async () => {
    const c = client();
    await Promise.all(Array.from({ length: 20 }, (_, i) => c.sendText('zhangsan', `n${i}`)));
    expect(wecom.tokenCalls).toBe(1);
    expect(wecom.messagesTo('zhangsan')).toHaveLength(20);
    await c.sendText('lisi', 'later');
    expect(wecom.tokenCalls).toBe(1);
  });

  it('refreshes shortly before expires_in, per the injected clock', async () => {
    let now = 1_000_000;
    const c = client({ now: () => now });
    const first = await c.getToken();
    now += 7200_000 - 5 * 60_000 - 1;
    expect(await c.getToken()).toBe(first);
    now += 2;
    expect(await c.getToken()).not.toBe(first);
    expect(wecom.tokenCalls).toBe(2);
  });

  it('refreshes once on 42001 and the send then succeeds, even for concurrent callers', async () => {
    const c = client();
    await c.sendText('zhangsan', 'warm');
    wecom.expireTokenOnce();
    await Promise.all([c.sendText('zhangsan', 'a'), c.sendText('lisi', 'b'), c.appchatSend('staffchat', 'c')]);
    expect(wecom.tokenCalls).toBe(2);
    expect(wecom.sent.map((m) => m.content)).toEqual(expect.arrayContaining(['a', 'b', 'c']));
    expect(wecom.received.filter((r) => r.answered === 42001)).toHaveLength(3);
  });

  it('treats a bad secret as a permanent config error', async () => {
    const err = await rejection(client({ secret: 'wrong' }).sendText('zhangsan', 'x'));
    expect(err).toBeInstanceOf(PermanentSendError);
    expect((err as WecomPermanentError).code).toBe(40001);
    expect((err as WecomPermanentError).config).toBe(true);
  });
});

describe('WecomClient sends', () => {
  it('sends text, markdown and textcard through message/send with the agent id', async () => {
    const c = client();
    await c.sendText('zhangsan', '新工单 #12');
    await c.sendMarkdown('zhangsan', '**紧急**');
    await c.sendTextCard('zhangsan', { title: '工单 #12', description: '漏水', url: 'https://grid.example/t/12', btntxt: '查看' });
    const bodies = wecom.messagesTo('zhangsan').map((m) => m.body);
    expect(bodies[0]).toEqual({ touser: 'zhangsan', msgtype: 'text', text: { content: '新工单 #12' }, agentid: 1000002, safe: 0 });
    expect(bodies[1]).toMatchObject({ msgtype: 'markdown', markdown: { content: '**紧急**' } });
    expect(bodies[2]).toMatchObject({
      msgtype: 'textcard',
      textcard: { title: '工单 #12', description: '漏水', url: 'https://grid.example/t/12', btntxt: '查看' },
    });
  });

  it('sends to an app group chat and to the robot webhook', async () => {
    const c = client();
    await c.appchatSend('staffchat', '群通知');
    await c.webhookSend('机器人', ['zhangsan']);
    expect(wecom.sent.map((m) => [m.kind, m.to, m.content])).toEqual([
      ['appchat', 'staffchat', '群通知'],
      ['webhook', 'robot-key', '机器人'],
    ]);
    expect(wecom.sent[1]!.body).toEqual({ msgtype: 'text', text: { content: '机器人', mentioned_list: ['zhangsan'] } });
    expect(wecom.received.find((r) => r.path === '/cgi-bin/webhook/send')!.query).toEqual({ key: 'robot-key' });
  });

  it.each([45009, 45033, -1])('classifies errcode %i as transient and does not loop', async (code) => {
    const c = client();
    await c.getToken();
    wecom.failNext({ errcode: code, times: 2, path: '/cgi-bin/message/send' });
    const err = await rejection(c.sendText('zhangsan', 'x'));
    expect(err).toBeInstanceOf(WecomApiError);
    expect(err).not.toBeInstanceOf(PermanentSendError);
    expect((err as WecomApiError).retryable).toBe(true);
    expect((err as WecomApiError).errcode).toBe(code);
    expect(wecom.received.filter((r) => r.path === '/cgi-bin/message/send')).toHaveLength(1);
    // The second queued failure, then success: what the outbox's retries see.
    await expect(c.sendText('zhangsan', 'y')).rejects.toBeInstanceOf(WecomApiError);
    await c.sendText('zhangsan', 'z');
    expect(wecom.messagesTo('zhangsan').map((m) => m.content)).toEqual(['z']);
  });

  it('classifies HTTP 5xx and network errors as transient', async () => {
    const c = client();
    wecom.failNext({ httpStatus: 502, path: '/cgi-bin/gettoken' });
    const err = await rejection(c.sendText('zhangsan', 'x'));
    expect(err).toBeInstanceOf(WecomApiError);
    expect((err as WecomApiError).httpStatus).toBe(502);
    const offline = new WecomClient({ ...creds, apiBase: 'http://127.0.0.1:9', timeoutMs: 2000 });
    expect(await rejection(offline.sendText('zhangsan', 'x'))).toBeInstanceOf(WecomApiError);
  });

  it('classifies recipient errors as permanent, not config', async () => {
    const c = client();
    const gone = await rejection(c.sendText('nobody', 'x'));
    expect(gone).toBeInstanceOf(PermanentSendError);
    expect((gone as WecomPermanentError).code).toBe(81013);
    expect((gone as WecomPermanentError).config).toBe(false);
    const chat = await rejection(c.appchatSend('nochat', 'x'));
    expect((chat as WecomPermanentError).code).toBe(86003);
    for (const code of [48002, 60020, 93004]) {
      wecom.failNext({ errcode: code, path: code === 93004 ? '/cgi-bin/webhook/send' : undefined });
      const err = await rejection(code === 93004 ? c.webhookSend('x') : c.sendText('zhangsan', 'x'));
      expect(err, String(code)).toBeInstanceOf(PermanentSendError);
      expect((err as WecomPermanentError).code).toBe(code);
    }
  });

  it('never leaks the token or secret into error messages', async () => {
    const c = client();
    wecom.failNext({ errcode: 81013 });
    const err = (await rejection(c.sendText('zhangsan', 'x'))) as Error;
    expect(err.message).not.toMatch(/fake-token|sekrit/);
  });

  it('rejects a webhook send without a key as permanent', async () => {
    const c = client({ webhookKey: undefined });
    await expect(c.webhookSend('x')).rejects.toBeInstanceOf(PermanentSendError);
  });

  it('defaults to the official API host', () => {
    expect(DEFAULT_WECOM_API_BASE).toBe('https://qyapi.weixin.qq.com');
  });
});

describe('webhook limiter', () => {
  it('makes the 21st message within a minute wait for the window to slide', async () => {
    let now = 0;
    const sleeps: number[] = [];
    const sleep = async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    };
    const c = client({ now: () => now, sleep });
    for (let i = 0; i < 20; i++) {
      await c.webhookSend(`m${i}`);
      now += 1000;
    }
    expect(sleeps).toEqual([]);
    await c.webhookSend('m20');
    // First send was at t=0, now is t=20000: wait until t=60000.
    expect(sleeps).toEqual([40_000]);
    expect(wecom.sent.filter((m) => m.kind === 'webhook')).toHaveLength(21);
  });

  it('queues concurrent callers in order without exceeding the quota', async () => {
    let now = 0;
    const order: number[] = [];
    const limiter = new SlidingWindowLimiter(2, 1000, () => now, async (ms) => {
      now += ms;
    });
    await Promise.all([0, 1, 2, 3, 4].map((i) => limiter.acquire().then(() => order.push(i))));
    expect(order).toEqual([0, 1, 2, 3, 4]);
    expect(now).toBe(2000);
  });
});
