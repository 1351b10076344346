/**
 * Run as a separate process by restart.test.ts: starts gridbot on the given
 * SQLite file with a channel that delivers to buildings 1–3, hangs on building
 * 4 (the send is "on the wire" when the process dies) and fails transiently
 * on 5–6 (they stay queued). Posts a notice to all buildings through the API,
 * prints READY once the outbox is in that state, and waits to be killed.
 *
 *   node --import tsx tests/announcements/crash-child.ts <db> <send-log>
 */
import { appendFileSync } from 'node:fs';
import { loadConfig } from '../../src/config';
import { createGridbot } from '../../src/gridbot';
import type { Channel, ChannelState, InboundMessage, OutboundMessage } from '../../src/bot/channel';
import { sqlRows } from '../helpers/sql';

const [dbPath, logPath, adminToken, text] = process.argv.slice(2) as [string, string, string, string];

class CrashChannel implements Channel {
  readonly name = 'simulator' as const;
  readonly minGapMs = 0;
  state(): ChannelState {
    return 'logged_in';
  }
  async start(_on: (msg: InboundMessage) => Promise<void>): Promise<void> {}
  async stop(): Promise<void> {}
  send(msg: OutboundMessage): Promise<void> {
    const g = msg.groupId ?? `dm:${msg.toPerson}`;
    if (g === 'sim-b4') {
      appendFileSync(logPath, `${JSON.stringify({ group: g, text: msg.text, state: 'on-the-wire' })}\n`);
      return new Promise(() => {});
    }
    if (g === 'sim-b5' || g === 'sim-b6') return Promise.reject(new Error('network glitch'));
    appendFileSync(logPath, `${JSON.stringify({ group: g, text: msg.text, state: 'sent' })}\n`);
    return Promise.resolve();
  }
}

const config = loadConfig({ GRIDBOT_DB: dbPath, LOG_LEVEL: 'silent', GRIDBOT_ADMIN_TOKEN: adminToken, GRIDBOT_SEND_JITTER_MS: '0' });
const bot = await createGridbot({ config, residentChannel: new CrashChannel() });
await bot.start();
const res = await bot.app.inject({
  method: 'POST',
  url: '/api/announcements',
  headers: { authorization: `Bearer ${adminToken}` },
  payload: { text, targets: { all: true } },
});
if (res.statusCode !== 201) {
  console.error(res.body);
  process.exit(2);
}
// Polls until the outbox is in the state described above (the process then waits to be killed).
for (;;) {
  const rows = await sqlRows<{ g: string; s: string; a: number }>(
    bot.store,
    `SELECT o.group_external_id AS g, o.status AS s, o.attempts AS a FROM announcement_deliveries d JOIN outbox o ON o.id = d.outbox_id`,
  );
  const by = Object.fromEntries(rows.map((r) => [r.g, r]));
  const ready =
    ['sim-b1', 'sim-b2', 'sim-b3'].every((g) => by[g]?.s === 'sent') &&
    by['sim-b4']?.s === 'sending' &&
    ['sim-b5', 'sim-b6'].every((g) => by[g]?.s === 'pending' && by[g]!.a >= 1);
  if (ready) {
    console.log(`READY ${(res.json() as { id: number }).id}`);
    break;
  }
  await new Promise((r) => setTimeout(r, 5));
}
