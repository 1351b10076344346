import 'dotenv/config';
import { loadConfigOrExit } from './config';
import type { Gridbot } from './gridbot';
import * as t from './templates/startup';

/** Entry point: config → wiring → listen. Fails fast with one clear line on bad config. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  // Loaded after the config check: bad config is reported before the whole bot
  // (fastify, channels, parser model) is read in, in well under a second.
  const { createGridbot } = await import('./gridbot');
  const { ensureBootstrapToken } = await import('./services/tokens');
  const bot = await createGridbot({ config });
  handleStopSignals(bot);
  await bot.start();
  await bot.app.listen({ port: config.PORT, host: config.HOST });
  const address = bot.app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const base = `http://${config.HOST}:${port}`;
  console.log(bot.simulator ? t.startedSimulator(base, config.GRIDBOT_DB) : t.startedChannel(config.GRIDBOT_CHANNEL, base));
  // Only the hash is stored: this is the one time the first office token can be seen.
  const token = await ensureBootstrapToken(bot.store);
  if (token) console.log(t.bootstrapToken(token, base));

}

/** How long pending sends may take at shutdown; what is left is sent at the next start. */
const DRAIN_MS = 5_000;
/** A stop that takes longer than this (a stuck channel) ends the process anyway. */
const STOP_LIMIT_MS = 20_000;

/**
 * SIGTERM (systemd, Docker, pm2) and SIGINT (Ctrl-C) stop the bot in order:
 * channels stop taking messages, messages in hand are finished, due sends are
 * drained, then HTTP and the store close and the process exits 0. A second
 * signal, or a stop past STOP_LIMIT_MS, exits at once with 1.
 */
function handleStopSignals(bot: Gridbot): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log(t.stopping(signal));
    bot.logger.info({ signal }, 'stopping');
    setTimeout(() => {
      console.error(t.stopTimedOut(STOP_LIMIT_MS / 1000));
      process.exit(1);
    }, STOP_LIMIT_MS).unref();
    bot.stop({ drainMs: DRAIN_MS }).then(
      () => {
        console.log(t.stopped());
        process.exit(0);
      },
      (err: unknown) => {
        console.error(t.stopFailed(err instanceof Error ? err.message : String(err)));
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

main().catch((err) => {
  console.error(t.startFailed(err instanceof Error ? err.message : String(err)));
  process.exit(1);
});
