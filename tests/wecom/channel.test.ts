import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PermanentSendError, type InboundMessage } from '../../src/bot/channel';
import { WecomChannel, splitUtf8 } from '../../src/bot/wecom/channel';
import { WecomApiError, WecomClient } from '../../src/bot/wecom/client';
import { parseMessage } from '../../src/bot/wecom/xml';
import { startFakeWecom, type FakeWecomServer } from '../fakes/wecom-server';

const creds = { corpId: 'wwtestcorp', secret: 'sekrit', agentId: 1000002 };
let wecom: FakeWecomServer;

beforeEach(async () => {
  wecom = await startFakeWecom({ ...creds, knownUsers: ['zhangsan'], knownChats: ['staffchat'] });
});
afterEach(async () => {
  await wecom.close();
});

function channel(secret = creds.secret, recovery?: { firstMs: number; maxMs: number }) {
  return new WecomChannel({ client: new WecomClient({ ...creds, secret, apiBase: wecom.url }), recovery });
}

const textXml = (content: string) =>
  `<xml><ToUserName>wwtestcorp</ToUserName><FromUserName>zhangsan</FromUserName><CreateTime>1700000000</CreateTime>` +
  `<MsgType>text</MsgType><Content><![CDATA[${content}]]></Content><MsgId>777</MsgId><AgentID>1000002</AgentID></xml>`;

describe('WecomChannel', () => {
  it('reaches logged_in after a token, and delivers text as an InboundMessage', async () => {
    const ch = channel();
    expect(ch.name).toBe('wecom');
    expect(ch.state()).toBe('starting');
    const got: InboundMessage[] = [];
    await ch.start(async (m) => {
      got.push(m);
    });
    expect(ch.state()).toBe('logged_in');
    expect(await ch.deliver(parseMessage(textXml('接单 12')))).toBe(true);
    expect(got).toEqual([
      {
        channel: 'wecom',
        messageId: '777',
        groupId: null,
        senderId: 'zhangsan',
        senderName: 'zhangsan',
        text: '接单 12',
        mentions: [],
        sentAt: new Date(1700000000 * 1000),
      },
    ]);
  });

  it('ignores events', async () => {
    const ch = channel();
    let calls = 0;
    await ch.start(async () => {
      calls++;
    });
    const ev = parseMessage(
      '<xml><ToUserName>c</ToUserName><FromUserName>zhangsan</FromUserName><CreateTime>1</CreateTime><MsgType>event</MsgType><Event>enter_agent</Event></xml>',
    );
    expect(await ch.deliver(ev)).toBe(false);
    expect(calls).toBe(0);
  });

  it('goes down on a bad secret without failing start', async () => {
    const ch = channel('wrong');
    await ch.start(async () => {});
    expect(ch.state()).toBe('down');
    await expect(ch.send({ groupId: null, toPerson: 'zhangsan', text: 'x', mentions: [] })).rejects.toBeInstanceOf(PermanentSendError);
  });

  it('comes back by itself after a configuration error once a fresh token works', async () => {
    const ch = channel(creds.secret, { firstMs: 20, maxMs: 80 });
    await ch.start(async () => {});
    const tokensBefore = wecom.tokenCalls;
    // The app's IP is not trusted yet: the send fails for good and the channel goes down.
    wecom.failNext({ errcode: 60020 });
    await expect(ch.send({ groupId: null, toPerson: 'zhangsan', text: 'x', mentions: [] })).rejects.toBeInstanceOf(PermanentSendError);
    expect(ch.state()).toBe('down');
    // No send will be tried while down (the outbox holds the rows): the probe alone brings it back.
    await vi.waitFor(() => expect(ch.state()).toBe('logged_in'), { timeout: 2000 });
    expect(wecom.tokenCalls, 'a fresh token, not the cached one').toBeGreaterThan(tokensBefore);
    await ch.stop();
  });

  it('keeps probing while the credentials are refused, and stops probing on stop()', async () => {
    const ch = channel('wrong', { firstMs: 10, maxMs: 40 });
    await ch.start(async () => {});
    expect(ch.state()).toBe('down');
    // Waits for probes rather than counting them in a fixed time: timers run late on a busy machine.
    await vi.waitFor(() => expect(wecom.tokenCalls).toBeGreaterThanOrEqual(4), { timeout: 5000 });
    expect(ch.state()).toBe('down');
    await ch.stop();
    const probes = wecom.tokenCalls;
    await new Promise((r) => setTimeout(r, 150));
    expect(wecom.tokenCalls, 'no probe after stop').toBeLessThanOrEqual(probes + 1); // one may be in flight
  });

  it('a robot group left without a key fails alone; the app messages carry on', async () => {
    const ch = channel();
    await ch.start(async () => {});
    await expect(ch.send({ groupId: 'webhook', toPerson: null, text: '群机器人', mentions: [] })).rejects.toMatchObject({ code: 'no_webhook_key' });
    expect(ch.state()).toBe('logged_in');
    await ch.send({ groupId: null, toPerson: 'zhangsan', text: '照常', mentions: [] });
    expect(wecom.messagesTo('zhangsan').map((m) => m.content)).toEqual(['照常']);
    await ch.stop();
  });

  it('stays starting after a transient probe failure', async () => {
    wecom.failNext({ errcode: -1, path: '/cgi-bin/gettoken' });
    const ch = channel();
    await ch.start(async () => {});
    expect(ch.state()).toBe('starting');
  });

  it('sends direct messages by message/send and group messages by appchat/send', async () => {
    const ch = channel();
    await ch.start(async () => {});
    await ch.send({ groupId: null, toPerson: 'zhangsan', text: '已接单', mentions: [] });
    await ch.send({ groupId: 'staffchat', toPerson: null, text: '群里', mentions: [] });
    expect(wecom.sent.map((m) => [m.kind, m.to, m.content])).toEqual([
      ['message', 'zhangsan', '已接单'],
      ['appchat', 'staffchat', '群里'],
    ]);
  });

  it('passes errors through classified, and a recipient error keeps the channel up', async () => {
    const ch = channel();
    await ch.start(async () => {});
    wecom.failNext({ errcode: 45009 });
    await expect(ch.send({ groupId: null, toPerson: 'zhangsan', text: 'x', mentions: [] })).rejects.toBeInstanceOf(WecomApiError);
    await expect(ch.send({ groupId: null, toPerson: 'ghost', text: 'x', mentions: [] })).rejects.toMatchObject({ code: 81013 });
    expect(ch.state()).toBe('logged_in');
    await expect(ch.send({ groupId: null, toPerson: null, text: 'x', mentions: [] })).rejects.toBeInstanceOf(PermanentSendError);
  });

  it('splits texts longer than the WeCom limit', async () => {
    const ch = channel();
    await ch.start(async () => {});
    const lines = Array.from({ length: 200 }, (_, i) => `第${i}行 工单内容`);
    await ch.send({ groupId: null, toPerson: 'zhangsan', text: lines.join('\n'), mentions: [] });
    const parts = wecom.messagesTo('zhangsan').map((m) => m.content);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(2000);
    expect(parts.join('\n')).toBe(lines.join('\n'));
  });
});

describe('splitUtf8', () => {
  it('never splits a code point and keeps everything', () => {
    const text = '😀网'.repeat(300);
    const parts = splitUtf8(text, 50);
    expect(parts.join('')).toBe(text);
    for (const p of parts) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(50);
    expect(splitUtf8('', 10)).toEqual(['']);
    expect(splitUtf8('short', 10)).toEqual(['short']);
  });
});
