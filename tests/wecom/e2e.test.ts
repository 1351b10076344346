/**
 * WeCom end to end: a resident reports in the simulator, the grid worker gets
 * the assignment in WeCom (fake API server), answers `接单 N` as an encrypted
 * callback, and the resident sees the progress reply.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWecomCrypto } from '../../src/bot/wecom/crypto';
import { startTestAppServer, TEST_APP, testAppEnv, type FakeWecomServer } from '../fakes/wecom-server';
import { startTestBot, waitFor, type TestBot } from '../helpers/app';
import { sqlRow } from '../helpers/sql';

const CORP = TEST_APP.corpId;
const crypto = createWecomCrypto(TEST_APP);

let wecom: FakeWecomServer;
let t: TestBot;

beforeEach(async () => {
  wecom = await startTestAppServer();
  t = await startTestBot({ env: testAppEnv(wecom) });
});
afterEach(async () => {
  await t?.stop();
  await wecom?.close();
});

/** POSTs a worker's text as WeCom would: encrypted, signed, XML. */
async function workerSays(userId: string, text: string, msgId: string, skewSeconds = 0) {
  const now = Math.floor(Date.now() / 1000) - skewSeconds;
  const inner = `<xml><ToUserName><![CDATA[${CORP}]]></ToUserName><FromUserName><![CDATA[${userId}]]></FromUserName><CreateTime>${now}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${text}]]></Content><MsgId>${msgId}</MsgId><AgentID>1000002</AgentID></xml>`;
  const encrypt = crypto.encrypt(inner);
  const timestamp = String(now);
  const nonce = `n${msgId}`;
  const res = await t.bot.app.inject({
    method: 'POST',
    url: `/wecom/callback?msg_signature=${crypto.sign(timestamp, nonce, encrypt)}&timestamp=${timestamp}&nonce=${nonce}`,
    headers: { 'content-type': 'text/xml' },
    payload: `<xml><ToUserName><![CDATA[${CORP}]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>`,
  });
  return res;
}

describe('WeCom staff channel, end to end', () => {
  it('report in the simulator → assignment in WeCom → 接单 by callback → progress in the group', async () => {
    const resident = await t.personNamed('郑海涛');
    await t.say('sim-b3', resident.id, '3号楼2单元楼道灯坏了一个星期了');
    const ack = (await t.groupTexts('sim-b3'))[0]!;
    const id = Number(/#(\d+)/.exec(ack)![1]);

    // The grid worker of building 3 (张丽, WeCom id ZhangLi) gets it in WeCom, not as a simulator DM.
    const assigned = await waitFor(() => wecom.messagesTo('ZhangLi').find((m) => m.content.includes(`#${id}`)), 5000, 'assignment in WeCom');
    expect(assigned.content).toContain('3号楼2单元');
    expect(await t.directTexts((await t.personNamed('张丽')).id)).toEqual([]);

    const res = await workerSays('ZhangLi', `接单 ${id}`, '900001');
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('');
    await t.bot.settle();

    // The reply to the command goes back to the worker in WeCom …
    await waitFor(() => wecom.messagesTo('ZhangLi').find((m) => m.content.includes(`已接单 #${id}`)), 5000, 'claim confirmation');
    // … and the resident sees who is on it.
    expect(await t.groupTexts('sim-b3')).toContainEqual(expect.stringMatching(new RegExp(`@郑海涛 工单 #${id} 已由网格员张丽接单`)));
  });

  it('the same callback posted 3 times is handled once', async () => {
    for (let i = 0; i < 3; i++) expect((await workerSays('ZhangLi', '我的', '900002')).statusCode).toBe(200);
    await t.bot.settle();
    const inbox = (await sqlRow<{ n: number }>(t.bot.store, `SELECT count(*) AS n FROM inbox WHERE channel = 'wecom'`))!;
    expect(inbox.n).toBe(1);
    await waitFor(() => wecom.messagesTo('ZhangLi').length >= 1, 5000, 'reply');
    await new Promise((r) => setTimeout(r, 100));
    expect(wecom.messagesTo('ZhangLi').filter((m) => m.content.includes('在办工单') || m.content.includes('没有在办'))).toHaveLength(1);
  });

  it('answers a worker even when the WeCom clock and ours are minutes apart (no replays to guard against)', async () => {
    expect((await workerSays('ZhangLi', '我的', '900003', 10 * 60)).statusCode).toBe(200);
    await t.bot.settle();
    await waitFor(() => wecom.messagesTo('ZhangLi').length >= 1, 5000, 'reply despite a 10-minute-old CreateTime');
  });

  it('a forged signature is refused and nothing is recorded', async () => {
    const res = await t.bot.app.inject({
      method: 'POST',
      url: '/wecom/callback?msg_signature=0000000000000000000000000000000000000000&timestamp=1&nonce=2',
      headers: { 'content-type': 'text/xml' },
      payload: `<xml><ToUserName><![CDATA[${CORP}]]></ToUserName><Encrypt><![CDATA[${crypto.encrypt('<xml/>')}]]></Encrypt></xml>`,
    });
    expect(res.statusCode).toBe(403);
    const inbox = (await sqlRow<{ n: number }>(t.bot.store, `SELECT count(*) AS n FROM inbox WHERE channel = 'wecom'`))!;
    expect(inbox.n).toBe(0);
  });

  it('an emergency reaches the worker and the leader in WeCom at once', async () => {
    const resident = await t.personNamed('马丽娟');
    await t.say('sim-b4', resident.id, '4号楼有人被困在电梯里了快来人');
    await waitFor(() => wecom.messagesTo('LiQiang').find((m) => m.content.includes('紧急')), 5000, 'worker alert');
    await waitFor(() => wecom.messagesTo('WangJianguo').find((m) => m.content.includes('紧急')), 5000, 'leader alert');
  });
});

describe('WeCom group robot as the staff group', () => {
  it('@-mentions the worker and leader by their roster user ids, though they never wrote to the app', async () => {
    await t.stop();
    t = await startTestBot({ env: { ...testAppEnv(wecom), WECOM_WEBHOOK_KEY: 'fake-webhook-key' } });
    const resident = await t.personNamed('马丽娟');
    await t.say('sim-b4', resident.id, '4号楼有人被困在电梯里了快来人');
    const robot = await waitFor(
      () => wecom.sent.find((m) => m.kind === 'webhook' && m.content.includes('紧急')),
      5000,
      'alert in the robot group',
    );
    const mentioned = (robot.body as { text: { mentioned_list?: string[] } }).text.mentioned_list ?? [];
    expect(mentioned).toEqual(expect.arrayContaining(['LiQiang', 'WangJianguo']));
  });
});
