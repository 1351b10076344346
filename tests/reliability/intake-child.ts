/**
 * Run as a separate process by crash.test.ts (and the soak): gridbot on the
 * given SQLite file (a district seeded by the parent), its residents' channel
 * logging every delivery to <send-log>. Feeds the planned stream into
 * runtime.accept with the platform's message ids, in chunks (one chunk per
 * macrotask, so accepting and handling interleave as under real traffic),
 * from the first message — a re-delivery after a crash starts over too.
 * Prints DONE when everything is handled and delivered; normally the parent
 * kills it with SIGKILL long before.
 *
 *   node --import tsx tests/reliability/intake-child.ts <db> <send-log> <life> <buildings> <blocks> <chunk>
 */
import { loadConfig } from '../../src/config';
import { createGridbot } from '../../src/gridbot';
import { silentLogger } from '../../src/logger';
import { planBurst } from './district';
import { LoggingChannel } from './log-channel';

const [dbPath, logPath, life, buildings, blocks, chunk] = process.argv.slice(2) as [string, string, string, string, string, string];

const bot = await createGridbot({
  config: loadConfig({ GRIDBOT_DB: dbPath, LOG_LEVEL: 'silent', GRIDBOT_SEED_DEMO: 'false' }),
  logger: silentLogger(),
  residentChannel: new LoggingChannel(logPath, life),
});
await bot.start();
const { messages } = planBurst(Number(buildings), Number(blocks), 'crash');
const size = Number(chunk);
console.log('STARTED');
for (let i = 0; i < messages.length; i += size) {
  await Promise.all(messages.slice(i, i + size).map((m) => bot.runtime.accept(m.msg)));
  await new Promise((r) => setImmediate(r));
}
await bot.runtime.whenIdle();
await bot.sender.whenIdle(60_000);
console.log('DONE');
await bot.stop();
