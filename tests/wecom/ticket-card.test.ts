/**
 * With GRIDBOT_PUBLIC_URL set, a worker's assignment arrives in WeCom as a
 * textcard whose link opens the ticket page; the link is signed.
 */
import { createTicketLinks, LINK_TTL_MS } from '../../src/services/links';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestAppServer, testAppEnv, type FakeWecomServer } from '../fakes/wecom-server';
import { startTestBot, waitFor, type TestBot } from '../helpers/app';

let wecom: FakeWecomServer;
let t: TestBot;

beforeEach(async () => {
  wecom = await startTestAppServer();
  t = await startTestBot({ env: { ...testAppEnv(wecom), GRIDBOT_PUBLIC_URL: 'https://grid.example.org/' } });
});
afterEach(async () => {
  await t?.stop();
  await wecom?.close();
});

describe('ticket cards in WeCom', () => {
  it('sends the assignment as a textcard linking to a signed ticket page', async () => {
    const resident = await t.personNamed('郑海涛');
    await t.say('sim-b3', resident.id, '3号楼2单元501室门口的灯坏了，电话13812345678');
    const card = await waitFor(() => wecom.messagesTo('ZhangLi').find((m) => m.msgtype === 'textcard'), 5000, 'textcard');
    const body = card.body as { textcard: { title: string; description: string; url: string; btntxt?: string } };
    expect(body.textcard.title).toMatch(/^【新工单 #\d+】设施报修$/);
    expect(body.textcard.description).toContain('3号楼2单元501室');
    const url = new URL(body.textcard.url);
    expect(url.origin).toBe('https://grid.example.org');

    const page = await t.bot.app.inject({ method: 'GET', url: url.pathname + url.search });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    // Staff see the original words (phone included) and the history.
    expect(page.body).toContain('13812345678');
    expect(page.body).toContain('处理记录');

    // The page carries phone numbers: nothing may keep or pass it on.
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['referrer-policy']).toBe('no-referrer');

    const forged = await t.bot.app.inject({ method: 'GET', url: `${url.pathname}?e=${url.searchParams.get('e')}&s=${'A'.repeat(22)}` });
    expect(forged.statusCode).toBe(403);
    const otherTicket = await t.bot.app.inject({ method: 'GET', url: `/t/999${url.search}` });
    expect(otherTicket.statusCode).toBe(403);
    // Moving the expiry breaks the signature; dropping it too.
    const later = new URL(url);
    later.searchParams.set('e', String(Number(url.searchParams.get('e')) + 86_400));
    expect((await t.bot.app.inject({ method: 'GET', url: later.pathname + later.search })).statusCode).toBe(403);
    expect((await t.bot.app.inject({ method: 'GET', url: `${url.pathname}?s=${url.searchParams.get('s')}` })).statusCode).toBe(403);
  });
});

describe('signed ticket links', () => {
  it('stop opening the page after LINK_TTL_MS, and say so', () => {
    let clock = new Date('2026-11-23T08:00:00Z');
    const links = createTicketLinks('https://grid.example.org/', 'secret', () => clock);
    const url = new URL(links.url(12));
    const [e, s] = [url.searchParams.get('e')!, url.searchParams.get('s')!];
    expect(url.pathname).toBe('/t/12');
    expect(links.verify(12, e, s)).toBe('ok');
    clock = new Date(clock.getTime() + LINK_TTL_MS - 60_000);
    expect(links.verify(12, e, s)).toBe('ok');
    clock = new Date(clock.getTime() + 120_000);
    expect(links.verify(12, e, s)).toBe('expired');
    expect(links.verify(13, e, s)).toBe('invalid');
    expect(links.verify(12, 'soon', s)).toBe('invalid');
  });
});
