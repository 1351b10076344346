/**
 * Sends that were in flight at a crash are parked for review, never re-sent;
 * the office is told which ones, so a person checks.
 */
import { afterEach, expect, it } from 'vitest';
import { enqueueOutbound, takeForSending } from '../../src/store/repos/outbox';
import { startTestBot, waitFor, type TestBot } from '../helpers/app';

let t: TestBot | undefined;
afterEach(async () => {
  await t?.stop();
});

it('after a restart the office gets one report of the sends that may not have arrived', async () => {
  t = await startTestBot();
  await t.bot.sender.stop();
  // A ticket ack that was on the wire when the process died, and an announcement (reported elsewhere).
  const db = t.bot.store.db;
  const ack = await enqueueOutbound(db, { channel: 'simulator', groupExternalId: 'sim-b3', text: '已收到您的反映，电话13812345678', ref: 'ticket:7' }, new Date());
  const notice = await enqueueOutbound(db, { channel: 'simulator', groupExternalId: 'sim-b4', text: '停水通知', ref: 'announcement:1:run:1' }, new Date());
  await takeForSending(db, ack);
  await takeForSending(db, notice);

  t = await t.restart();
  const office = await t.personNamed('赵敏');
  const report = await waitFor(async () => (await t!.directTexts(office.id)).find((m) => m.includes('需人工确认')), 5000, 'the report');
  expect(report).toContain('工单 #7');
  expect(report).toContain('幸福里3号楼业主群');
  expect(report).toContain('138****5678');
  expect(report).not.toContain('13812345678');
  expect(report).not.toContain('停水通知');
  // The parked ack itself was not re-sent.
  expect(await t.groupTexts('sim-b3')).toEqual([]);
});
