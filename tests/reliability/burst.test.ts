/**
 * Burst: a street's 200 building groups all talk at once. Every report must
 * become exactly one ticket or one follow of a duplicate, every ack must be
 * queued (and delivered) exactly once, nothing dropped, nothing left pending.
 *
 * Size: `npm test` sends 2,000 messages (200 groups × 10), `npm run soak`
 * 10,000 (200 × 50) — see scale.ts for why.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { createGridbot, type Gridbot } from '../../src/gridbot';
import { silentLogger } from '../../src/logger';
import { tempDb } from '../helpers/app';
import { exactlyOnceViolations, outcomeMismatches, planBurst, rows, seedDistrict, storeCounts } from './district';
import { BURST, TIMEOUT_MS } from './scale';

let bot: Gridbot | undefined;
const cleanups: (() => void)[] = [];
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
  for (const c of cleanups.splice(0)) c();
});

describe(`burst: ${BURST.buildings * BURST.blocks * 10} messages from ${BURST.buildings} groups at once`, () => {
  it(
    'turns every report into exactly one ticket or follow, queues and delivers every ack once, drops nothing',
    async () => {
      const db = tempDb();
      cleanups.push(db.cleanup);
      bot = await createGridbot({
        config: loadConfig({ GRIDBOT_DB: db.path, LOG_LEVEL: 'silent', GRIDBOT_SEED_DEMO: 'false' }),
        logger: silentLogger(),
      });
      await seedDistrict(bot.store, { buildings: BURST.buildings, residentsPerBuilding: BURST.blocks * 10 });
      await bot.start();
      const { messages, expected } = planBurst(BURST.buildings, BURST.blocks);
      expect(messages).toHaveLength(BURST.buildings * BURST.blocks * 10);

      const t0 = performance.now();
      // Slot 1 of every block goes through the public HTTP API (its message id is
      // the simulator's own); the rest, redeliveries included, straight into
      // runtime.accept with the platform's ids. All of it sent in before anything is handled.
      const http: Promise<{ statusCode: number }>[] = [];
      const accepted: Promise<number | null>[] = [];
      for (const m of messages) {
        if (m.slot === 1) {
          http.push(
            bot.app.inject({
              method: 'POST',
              url: `/sim/groups/${m.msg.groupId}/messages`,
              payload: { from: m.msg.senderId, text: m.msg.text },
            }),
          );
        } else {
          accepted.push(bot.runtime.accept(m.msg));
        }
      }
      const refused = (await Promise.all(accepted)).filter((id) => id === null).length;
      const statuses = (await Promise.all(http)).map((r) => r.statusCode);
      expect(statuses.filter((s) => s !== 202)).toEqual([]);
      await bot.runtime.whenIdle();
      const handledMs = performance.now() - t0;
      await bot.sender.whenIdle(TIMEOUT_MS);
      const deliveredMs = performance.now() - t0;
      console.info(
        `burst ${messages.length} msgs: handled in ${Math.round(handledMs)} ms, all ${expected.outbox} sends delivered in ${Math.round(deliveredMs)} ms`,
      );

      expect(refused).toBe(expected.redeliveries);
      const c = await storeCounts(bot.store);
      expect(c).toEqual({
        inbox: expected.inbox,
        pending: 0,
        failed: 0,
        tickets: expected.tickets,
        follows: expected.follows,
        chatter: expected.chatter,
        acks: expected.acks,
        outbox: expected.outbox,
      });
      expect(await exactlyOnceViolations(bot.store)).toEqual([]);

      // Nothing dropped: every planned message id is in the inbox, handled with the planned outcome.
      expect(await outcomeMismatches(bot.store, messages.filter((m) => m.slot !== 1))).toEqual([]);
      // One ticket per building for the lift, everyone else following it.
      const [lift] = await rows<{ n: number; b: number }>(
        bot.store,
        `SELECT count(*) n, count(DISTINCT building_id) b FROM tickets WHERE urgency = 'urgent'`,
      );
      expect(lift).toEqual({ n: BURST.buildings, b: BURST.buildings });
      // Delivered, each exactly once (the simulator channel accepted every send).
      const status = await rows(bot.store, `SELECT status, count(*) n FROM outbox GROUP BY status`);
      expect(status).toEqual([{ status: 'sent', n: expected.outbox }]);
      // And what the groups actually saw: one bot message per report, each @-mentioning its reporter once.
      const sim = bot.simulator!;
      for (let b = 1; b <= BURST.buildings; b++) {
        const seen = sim.groupTranscript(`sim-b${b}`).filter((e) => e.from === 'bot');
        expect(seen, `sim-b${b}`).toHaveLength(expected.acks / BURST.buildings);
        expect(new Set(seen.map((e) => e.mentions[0])).size, `sim-b${b}`).toBe(seen.length);
      }
    },
    TIMEOUT_MS,
  );
});
