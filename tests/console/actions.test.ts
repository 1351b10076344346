/**
 * Every console action goes through the chat command's verb: the same
 * history, the same words to the residents' group and to the staff involved.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/app';
import { escalationTop, progressEscalated, progressReopened, progressTransferred, transferredToYou } from '../../src/templates/tickets';
import { ADMIN, FORM, form, signIn } from './support';

let t: TestBot;
let now: number;
beforeEach(async () => {
  now = Date.now();
  t = await startTestBot({ env: { GRIDBOT_ADMIN_TOKEN: ADMIN }, gridbot: { now: () => new Date(now) } });
});
afterEach(async () => t?.stop());

async function act(s: { cookie: string; csrf: string }, id: number, fields: Record<string, string>) {
  const r = await t.bot.app.inject({
    method: 'POST',
    url: `/console/tickets/${id}/action`,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'hx-request': 'true', ...FORM },
    payload: form(fields),
  });
  await t.bot.settle();
  return r;
}

const ticket = async (id: number) => (await t.bot.app.inject({ url: `/api/tickets/${id}`, headers: { authorization: `Bearer ${ADMIN}` } })).json();

describe('ticket actions from the console', () => {
  it('transfers with a reason, cannot escalate above the office, resolves, and reopens after the residents’ 7 days', async () => {
    const ma = await t.personNamed('马丽娟');
    await t.say('sim-b4', ma.id, '4号楼门口垃圾堆了三天没人清');
    const s = await signIn(t.bot.app);

    const tr = await act(s, 1, { action: 'transfer', to: '张丽', reason: '张丽今天在 4 号楼值班' });
    expect(tr.statusCode, tr.body).toBe(200);
    const zhang = await t.personNamed('张丽');
    expect((await t.directTexts(zhang.id)).at(-1)).toBe(transferredToYou({ ...(await viewFor(1)) }, '社区办公室'));
    expect(await t.groupTexts('sim-b4')).toContainEqual(expect.stringContaining(progressTransferred(1, '网格员张丽')));
    expect((await ticket(1)).events.at(-1)).toMatchObject({ type: 'transferred', note: '转给 张丽：张丽今天在 4 号楼值班', actor: { name: '社区办公室' } });

    // The office is the top of the ladder: the chat command's own answer.
    const top = await act(s, 1, { action: 'escalate', reason: '需要街道协调环卫' });
    expect(top.statusCode).toBe(409);
    expect(top.body).toContain(escalationTop(1));

    expect((await act(s, 1, { action: 'resolve', reason: '已清运' })).statusCode).toBe(200);
    now += 10 * 86400_000;
    // Ten days on, yesterday's session is long gone: sign in again.
    expect((await act(s, 1, { action: 'reopen', reason: 'x' })).headers['hx-redirect']).toBe('/console/login');
    const re = await act(await signIn(t.bot.app), 1, { action: 'reopen', reason: '居民电话反映又堆了' });
    expect(re.statusCode, re.body).toBe(200);
    expect((await ticket(1)).status).toBe('reopened');
    expect(await t.groupTexts('sim-b4')).toContainEqual(expect.stringContaining(progressReopened(1)));
  });

  it('refuses what the state machine refuses, in the chat command’s words, and changes nothing', async () => {
    const ma = await t.personNamed('马丽娟');
    await t.say('sim-b4', ma.id, '4号楼门口垃圾堆了三天没人清');
    const s = await signIn(t.bot.app);
    const r = await act(s, 1, { action: 'reopen', reason: '试试' });
    expect(r.statusCode).toBe(409);
    expect(r.body).toContain('class="msg error"');
    expect((await ticket(1)).status).toBe('open');
    const empty = await act(s, 1, { action: 'resolve', reason: ' ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('请填写理由或办理结果');
    const nobody = await act(s, 1, { action: 'transfer', reason: '换人' });
    expect(nobody.body).toContain('请选择要派给谁');
    const unknown = await act(s, 1, { action: 'transfer', to: '查无此人', reason: '换人' });
    expect(unknown.statusCode).toBe(409);
    expect(unknown.body).toContain('查无此人');
    expect((await ticket(1)).events.map((e: { type: string }) => e.type)).toEqual(['opened', 'assigned']);
  });
});

/** The ticket as the chat templates see it, read through the API. */
async function viewFor(id: number) {
  const x = await ticket(id);
  return { id: x.id, categoryLabel: x.categoryLabel, where: x.where, summary: x.summary } as Parameters<typeof transferredToYou>[0];
}

describe('a grid leader escalating from the console', () => {
  it('hands the ticket to the office, and the residents hear it once', async () => {
    const ma = await t.personNamed('马丽娟');
    await t.say('sim-b4', ma.id, '4号楼门口垃圾堆了三天没人清');
    const { createApiToken } = await import('../../src/services/tokens');
    const wang = (await t.personNamed('王建国')).id.replace(/^p/, '');
    const token = (await createApiToken(t.bot.store.db, 'grid_leader', '王建国的令牌', { personId: Number(wang) })).token;
    const s = await signIn(t.bot.app, token);
    const r = await act(s, 1, { action: 'escalate', reason: '需要街道协调环卫' });
    expect(r.statusCode, r.body).toBe(200);
    const x = await ticket(1);
    expect(x.status).toBe('escalated');
    expect(x.assignee.name).toBe('赵敏');
    expect(x.events.at(-1)).toMatchObject({ type: 'escalated', actor: { name: '王建国' } });
    expect((await t.groupTexts('sim-b4')).filter((m) => m.includes(progressEscalated(1)))).toHaveLength(1);
  });
});
