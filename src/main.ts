import 'dotenv/config';
import { ConfigError, loadConfig } from './config';
import { createGridbot } from './gridbot';
import { ensureBootstrapToken } from './services/tokens';

/** Entry point: config → wiring → listen. Fails fast with one clear line on bad config. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const bot = await createGridbot({ config });
  await bot.start();
  await bot.app.listen({ port: config.PORT, host: config.HOST });
  const address = bot.app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const base = `http://${config.HOST}:${port}`;
  if (bot.simulator) console.log(`\n  gridbot 已启动（模拟器通道）。打开 ${base}/sim 试一试。\n  数据库：${config.GRIDBOT_DB}\n`);
  else console.log(`\n  gridbot 已启动（${config.GRIDBOT_CHANNEL} 通道），健康检查：${base}/healthz\n`);
  // Only the hash is stored: this is the one time the first office token can be seen.
  const token = ensureBootstrapToken(bot.store);
  if (token) console.log(`  已创建社区办公室 API 令牌（只显示这一次，请妥善保存）：\n    ${token}\n  用法：curl -H "Authorization: Bearer ${token}" ${base}/api/announcements\n`);

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
  console.error('gridbot 启动失败：', err instanceof Error ? err.message : err);
  process.exit(1);
});
