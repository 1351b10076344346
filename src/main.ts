import 'dotenv/config';
import { loadConfigOrExit } from './config';
import { createGridbot } from './gridbot';
import { ensureBootstrapToken } from './services/tokens';
import * as t from './templates/startup';

/** Entry point: config → wiring → listen. Fails fast with one clear line on bad config. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const bot = await createGridbot({ config });
  await bot.start();
  await bot.app.listen({ port: config.PORT, host: config.HOST });
  const address = bot.app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const base = `http://${config.HOST}:${port}`;
  console.log(bot.simulator ? t.startedSimulator(base, config.GRIDBOT_DB) : t.startedChannel(config.GRIDBOT_CHANNEL, base));
  // Only the hash is stored: this is the one time the first office token can be seen.
  const token = ensureBootstrapToken(bot.store);
  if (token) console.log(t.bootstrapToken(token, base));

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    bot.logger.info({ signal }, 'stopping');
    await bot.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err) => {
  console.error(t.startFailed(err instanceof Error ? err.message : String(err)));
  process.exit(1);
});
