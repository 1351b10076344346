import { afterEach, describe, expect, it } from 'vitest';
import { PermanentSendError } from '../../src/bot/channel';
import { eq } from 'drizzle-orm';
import { groupByExternal } from '../../src/store/repos/groups';
import { tickets } from '../../src/store/schema';
import { BOT_NAME, startMockBot, until, type MockBot } from './mock-bot';
import { first } from '../../src/store/port';

let t: MockBot | undefined;

afterEach(async () => {
  await t?.stop();
  t = undefined;
});

/** A message id the mock gave to the last thing `contactId` said. */
function lastMessageIdOf(m: MockBot, contactId: string): string {
  const ids = [...m.mocker.cacheMessagePayload.values()].filter((p) => p.talkerId === contactId).map((p) => p.id);
  const id = ids.at(-1);
  if (!id) throw new Error(`no message by ${contactId}`);
  return id;
}

describe('WechatyChannel on wechaty-puppet-mock', () => {
  it('a grid worker known by display name binds a new room, and the reply appears in that room', async () => {
    t = await startMockBot();
    const zhang = t.contact('张网格');
    const room = t.room('r-b3@chatroom', '幸福里3号楼住户群', [zhang]);

    zhang.say('绑定 3号楼').to(room);

    const [reply] = await t.waitForSaid(room.id, 1);
    expect(reply).toBe('已将「幸福里3号楼住户群」绑定为 3号楼 居民群。');
    const group = await groupByExternal(t.bot.store.db, 'wechaty', room.id);
    expect(group).toMatchObject({ kind: 'building', topic: '幸福里3号楼住户群' });
    // The sender was recognised from the roster, not created as a resident.
    const line = await t.waitForLog((l) => l.outcome === 'bound-building');
    expect(line.person).toBeTypeOf('number');
  });

  it('converts a room message into the one InboundMessage shape', async () => {
    t = await startMockBot();
    const resident = t.contact('郑海涛');
    const room = t.room('r-shape@chatroom', '某个新群', [resident]);

    resident.say('大家好', [t.self]).to(room);

    const row = await until('the inbox row', async () => (await t!.inboxRows()).find((r) => r.channel === 'wechaty'));
    const payload = row.payload as Record<string, unknown>;
    expect(payload).toMatchObject({
      channel: 'wechaty',
      messageId: lastMessageIdOf(t, resident.id),
      groupId: room.id,
      groupTopic: '某个新群',
      senderId: resident.id,
      senderName: '郑海涛',
      text: '大家好',
      mentions: [t.self.id],
      mentionsBot: true,
      fromSelf: false,
    });
    expect(Math.abs(new Date(payload.sentAt as string).getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('drops the echoes of its own messages', async () => {
    t = await startMockBot();
    const zhang = t.contact('张网格');
    const room = t.room('r-echo@chatroom', '回声测试群', [zhang]);

    // The bot's account itself "types" a command (as an operator on the bot's phone would):
    // had it been handled, the bot would answer it.
    t.self.say('绑定 3号楼').to(room);
    await t.waitForLog((l) => l.outcome === 'own-message');

    // Its real replies come back as echoes too, and are dropped the same way.
    zhang.say('绑定 3号楼').to(room);
    await t.waitForSaid(room.id, 2); // the bot's own command (as said) + one reply
    await until('the echo of the reply', async () =>
      (await t!.inboxRows()).filter((r) => r.outcome === 'own-message').length >= 2 && true,
    );
    await t.bot.settle();
    expect(t.saidIn(room.id)).toEqual(['绑定 3号楼', '已将「回声测试群」绑定为 3号楼 居民群。']);
    const ownRows = (await t.inboxRows()).filter((r) => (r.payload as { fromSelf?: boolean }).fromSelf);
    expect(ownRows.map((r) => r.outcome)).toEqual(['own-message', 'own-message']);
  });

  it('handles a message once even when the puppet delivers it twice', async () => {
    t = await startMockBot();
    const zhang = t.contact('张网格');
    const room = t.room('r-dup@chatroom', '重复投递群', [zhang]);

    zhang.say('绑定 3号楼').to(room);
    await t.waitForSaid(room.id, 1);
    const id = lastMessageIdOf(t, zhang.id);

    // Puppets replay messages after a reconnect: the same id arrives again.
    t.puppet.emit('message', { messageId: id });
    await t.waitForLog((l) => l.messageId === id && l.outcome === 'duplicate');
    await t.bot.settle();

    expect(t.saidIn(room.id)).toHaveLength(1);
    expect((await t.inboxRows()).filter((r) => r.messageId === id)).toHaveLength(1);
  });

  it('treats "@网格小助手" in the text as addressing the bot when the puppet reports no mention', async () => {
    t = await startMockBot();
    const zhang = t.contact('张网格');
    const room = t.room('r-at@chatroom', '艾特测试群', [zhang]);

    // No mention list from the puppet: only the text says the bot is meant.
    zhang.say(`@${BOT_NAME}\u2005绑定 3号楼`).to(room);

    // The bind command only matches once the mention has been recognised and stripped.
    const [reply] = await t.waitForSaid(room.id, 1);
    expect(reply).toBe('已将「艾特测试群」绑定为 3号楼 居民群。');
    const row = (await t.inboxRows()).find((r) => (r.payload as { senderId: string }).senderId === zhang.id)!;
    expect(row.payload).toMatchObject({ mentions: [], mentionsBot: false });
  });

  it('re-binds a known room by topic when WeChat gives it a new id', async () => {
    t = await startMockBot();
    const zhang = t.contact('张网格');
    const resident = t.contact('冯秀英');
    const before = t.room('r-old@chatroom', '幸福里3号楼邻里群', [zhang, resident]);
    zhang.say('绑定 3号楼').to(before);
    await t.waitForSaid(before.id, 1);

    const after = t.room('r-new@chatroom', '幸福里3号楼邻里群', [zhang, resident]);
    resident.say('今天有人收快递吗').to(after);
    await t.waitForLog((l) => l.msg === 'message' && typeof l.messageId === 'string' && l.messageId === lastMessageIdOf(t!, resident.id));

    const db = t.bot.store.db;
    expect(await groupByExternal(db, 'wechaty', after.id)).toMatchObject({ kind: 'building' });
    expect(await groupByExternal(db, 'wechaty', before.id)).toBeUndefined();
    expect(t.logs.some((l) => l.msg === 'group re-bound under its new room id')).toBe(true);
  });

  it('answers a direct chat through Contact.say', async () => {
    t = await startMockBot();
    const stranger = t.contact('路人甲');

    stranger.say('你好').to(t.self);

    const [reply] = await t.waitForSaid(stranger.id, 1);
    expect(reply).toMatch(/^您好，我是网格小助手/);
  });

  it('@-mentions people by name in a room reply', async () => {
    t = await startMockBot();
    const resident = t.contact('何俊');
    const room = t.room('r-mention@chatroom', '提及测试群', [resident]);

    await t.channel.send({ groupId: room.id, toPerson: null, text: '收到', mentions: [resident.id] });

    expect(t.saidIn(room.id)).toEqual(['@何俊 收到']);
  });

  it('a send to an unknown room or contact is permanent; a send while logged out is not', async () => {
    t = await startMockBot();
    await expect(t.channel.send({ groupId: 'gone@chatroom', toPerson: null, text: 'x', mentions: [] })).rejects.toBeInstanceOf(
      PermanentSendError,
    );
    await expect(t.channel.send({ groupId: null, toPerson: 'nobody', text: 'x', mentions: [] })).rejects.toBeInstanceOf(
      PermanentSendError,
    );

    await t.wechaty.logout();
    await until('reconnecting', () => t!.channel.state() === 'reconnecting');
    const err = await t.channel.send({ groupId: null, toPerson: t.self.id, text: 'x', mentions: [] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(PermanentSendError);
  });

  it('prints the login QR code with a link, tracks login state, and is down after stop', async () => {
    t = await startMockBot({ login: false });
    expect(t.channel.state()).toBe('starting');

    t.mocker.scan('https://login.weixin.qq.com/l/abc123');
    const printed = await until('the QR printout', () => t!.qrOutput.join(''));
    expect(printed).toContain('https://wechaty.js.org/qrcode/' + encodeURIComponent('https://login.weixin.qq.com/l/abc123'));
    expect(printed).toContain('扫描');
    expect(printed).toMatch(/[▀▄█]/); // the terminal QR itself

    t.mocker.login(t.self);
    await until('logged in', () => t!.channel.state() === 'logged_in');
    expect(t.bot.app.server).toBeDefined();
    const health = await t.bot.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.body).toContain('logged_in');

    await t.channel.stop();
    expect(t.channel.state()).toBe('down');
  });
});

describe('the ticket flow over Wechaty', () => {
  it('a resident report in a bound building room gets an ack with a ticket number there', async () => {
    t = await startMockBot();
    const zhang = t.contact('张网格');
    const resident = t.contact('冯秀英');
    const room = t.room('r-ticket@chatroom', '幸福里3号楼业主交流群', [zhang, resident]);
    zhang.say('绑定 3号楼').to(room);
    await t.waitForSaid(room.id, 1);

    resident.say('3号楼2单元电梯坏了').to(room);

    const texts = await t.waitForSaid(room.id, 2);
    // Addressed to the reporter by name (a real @ in WeChat), carrying the ticket number.
    const ack = /^@冯秀英 .*#(\d+)/.exec(texts[1] ?? '');
    expect(ack, texts[1]).not.toBeNull();
    const ticket = first(await t.bot.store.db.select().from(tickets).where(eq(tickets.id, Number(ack![1]))));
    expect(ticket).toMatchObject({ building: '3', unit: '2' });
  });
});
