/** With WeCom and a public URL, each 督办 rung gets a textcard that opens the signed ticket page. */
import { afterEach, describe, expect, it } from 'vitest';
import { startTestAppServer, testAppEnv, type FakeWecomServer } from '../fakes/wecom-server';
import { waitFor } from '../helpers/app';
import { startSlaBot, type SlaBot } from './support';

let wecom: FakeWecomServer | undefined;
let b: SlaBot | undefined;
afterEach(async () => {
  await b?.stop();
  b?.cleanup();
  await wecom?.close();
  b = undefined;
  wecom = undefined;
});

describe('督办 in WeCom', () => {
  it('reaches the grid leader as a card linking to the ticket page', async () => {
    wecom = await startTestAppServer();
    b = await startSlaBot({
      start: '2026-12-07 09:00',
      sla: 'quietHours: off\n',
      env: { ...testAppEnv(wecom), GRIDBOT_PUBLIC_URL: 'https://grid.example.org/' },
    });
    await b.say('sim-b3', await b.id('郑海涛'), '3号楼2单元楼道灯坏了');
    await b.until('2026-12-09 00:01');
    const card = await waitFor(
      () => wecom!.messagesTo('WangJianguo').find((m) => m.msgtype === 'textcard' && JSON.stringify(m.body).includes('督办 #1')),
      5000,
      'the 督办 card',
    );
    const body = card.body as { textcard: { title: string; description: string; url: string } };
    expect(body.textcard.title).toBe('【督办 #1】设施报修');
    expect(body.textcard.description).toContain('网格长督办：超过签收时限 12-08 24:00');
    const url = new URL(body.textcard.url);
    expect((await b.bot.app.inject({ method: 'GET', url: url.pathname + url.search })).statusCode).toBe(200);
  });
});
