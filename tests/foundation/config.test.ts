import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';

const AES_KEY = 'a'.repeat(43);
const WECOM_FULL = {
  WECOM_CORP_ID: 'wwcorp',
  WECOM_TOKEN: 'tok',
  WECOM_AES_KEY: AES_KEY,
  WECOM_AGENT_ID: '1000002',
  WECOM_SECRET: 'sekrit',
};

/** Runs loadConfig expecting a ConfigError; returns its message. */
function configError(env: Record<string, string>): string {
  let caught: unknown;
  try {
    loadConfig(env);
  } catch (err) {
    caught = err;
  }
  expect(caught, `expected ${JSON.stringify(env)} to be refused`).toBeInstanceOf(ConfigError);
  return (caught as ConfigError).message;
}

describe('loadConfig', () => {
  it('uses the embedded defaults on an empty environment', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      PORT: 3000,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      GRIDBOT_DB: './data/gridbot.db',
      GRIDBOT_CHANNEL: 'simulator',
      GRIDBOT_BOT_NAME: '网格小助手',
      GRIDBOT_SEED_DEMO: true,
      GRIDBOT_SEND_JITTER_MS: 500,
      wecomEnabled: false,
    });
    // No default: the gap is chosen per channel (1.5 s Wechaty, 0 simulator).
    expect(c.GRIDBOT_SEND_GAP_MS).toBeUndefined();
  });

  it('parses set values', () => {
    const c = loadConfig({ PORT: '8080', GRIDBOT_CHANNEL: 'wechaty', LOG_LEVEL: 'debug', GRIDBOT_SEED_DEMO: 'no', GRIDBOT_SEND_GAP_MS: '30' });
    expect(c).toMatchObject({ PORT: 8080, GRIDBOT_CHANNEL: 'wechaty', LOG_LEVEL: 'debug', GRIDBOT_SEED_DEMO: false, GRIDBOT_SEND_GAP_MS: 30 });
  });

  it.each([
    ['PORT', { PORT: 'abc' }],
    ['PORT', { PORT: '70000' }],
    // A value with a newline must not break the "one line" rule.
    ['PORT', { PORT: '1\n2' }],
    ['GRIDBOT_CHANNEL', { GRIDBOT_CHANNEL: 'foo' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['WECOM_AES_KEY', { ...WECOM_FULL, WECOM_AES_KEY: 'a'.repeat(42) }],
    ['GRIDBOT_SEED_DEMO', { GRIDBOT_SEED_DEMO: 'maybe' }],
  ])('refuses a bad %s with one line naming it', (name, env) => {
    const message = configError(env);
    expect(message).not.toContain('\n');
    expect(message).toMatch(new RegExp(`\\b${name}\\b`));
  });

  it('names the AES key rule when the key has the wrong length', () => {
    expect(configError({ ...WECOM_FULL, WECOM_AES_KEY: 'a'.repeat(44) })).toContain('43');
  });

  it('refuses a partial WECOM_* set, naming a missing variable', () => {
    const message = configError({ WECOM_CORP_ID: 'wwcorp', WECOM_TOKEN: 'tok' });
    expect(message).not.toContain('\n');
    expect(message).toContain('WECOM_AES_KEY');
    expect(message).toContain('WECOM_SECRET');
    expect(message).not.toMatch(/missing:.*WECOM_CORP_ID/);
  });

  it('refuses a robot key, staff chat or API base without the WeCom app, naming it', () => {
    for (const name of ['WECOM_WEBHOOK_KEY', 'WECOM_STAFF_CHATID', 'WECOM_API_BASE']) {
      const message = configError({ [name]: name === 'WECOM_API_BASE' ? 'http://127.0.0.1:9' : 'x' });
      expect(message).toContain(name);
      expect(message).toContain('WECOM_CORP_ID');
    }
    expect(loadConfig({ ...WECOM_FULL, WECOM_WEBHOOK_KEY: 'k' }).WECOM_WEBHOOK_KEY).toBe('k');
  });

  it('enables WeCom only when every WECOM_* variable is set', () => {
    expect(loadConfig(WECOM_FULL).wecomEnabled).toBe(true);
    expect(loadConfig(WECOM_FULL).WECOM_AGENT_ID).toBe(1000002);
  });

  it('treats an empty string as unset', () => {
    const c = loadConfig({ PORT: '', GRIDBOT_CHANNEL: '', LOG_LEVEL: '', WECOM_CORP_ID: '', WECOM_AES_KEY: '', GRIDBOT_SEND_GAP_MS: '' });
    expect(c.PORT).toBe(3000);
    expect(c.GRIDBOT_CHANNEL).toBe('simulator');
    expect(c.LOG_LEVEL).toBe('info');
    expect(c.GRIDBOT_SEND_GAP_MS).toBeUndefined();
    expect(c.wecomEnabled).toBe(false);
    // An empty WECOM_* next to a full set is still "not set", not "partial".
    expect(loadConfig({ ...WECOM_FULL, WECOM_WEBHOOK_KEY: '' }).wecomEnabled).toBe(true);
  });

  it('does not echo a secret value in the error line', () => {
    const secret = 'short-secret';
    const message = configError({ GRIDBOT_ADMIN_TOKEN: secret });
    expect(message).toContain('GRIDBOT_ADMIN_TOKEN');
    expect(message).not.toContain(secret);
    const key = 'Z'.repeat(40);
    expect(configError({ ...WECOM_FULL, WECOM_AES_KEY: key })).not.toContain(key);
  });
});
