import { z } from 'zod';
import { readFileSync } from 'node:fs';
import { DEFAULT_SLA, parseSlaConfig, SlaConfigError, type SlaConfig } from './core/sla/config';

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));
const port = z.coerce.number().int().min(0).max(65535);
const ms = z.coerce.number().int().min(0).max(3_600_000);
const optional = z.string().trim().min(1).optional();

/** Every setting comes from the environment (optionally a .env file), validated once here. */
const schema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  GRIDBOT_DB: z.string().min(1).default('./data/gridbot.db'),
  /**
   * This process's name among processes sharing one PostgreSQL (docs/postgres.md);
   * also the name of its resident-channel account. One process: leave the default.
   */
  GRIDBOT_INSTANCE: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'letters, digits, _ . - (at most 64)')
    .default('main'),
  GRIDBOT_CHANNEL: z.enum(['simulator', 'wechaty']).default('simulator'),
  GRIDBOT_BOT_NAME: z.string().min(1).default('网格小助手'),
  /** Messages the simulator keeps per chat for /sim (the oldest are dropped). */
  GRIDBOT_SIM_HISTORY: z.coerce.number().int().min(10).max(1_000_000).default(1000),
  GRIDBOT_SEED_DEMO: bool.default(true),
  /** Minimum gap between two sends to one group; defaults per channel (1.5 s Wechaty, 0 simulator). */
  GRIDBOT_SEND_GAP_MS: ms.optional(),
  GRIDBOT_SEND_JITTER_MS: ms.default(500),
  GRIDBOT_PUBLIC_URL: z.url().optional(),
  /** Signs ticket-page links; by default a secret the app creates in its store. */
  GRIDBOT_LINK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  GRIDBOT_ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  GRIDBOT_MISSED_GRACE: ms.default(30 * 60_000),
  /** Collections: a batched confirmation after this many new answers in a group … */
  GRIDBOT_COLLECTION_SUMMARY_EVERY: z.coerce.number().int().min(1).max(1000).default(10),
  /** … or this many minutes after the oldest unconfirmed one. */
  GRIDBOT_COLLECTION_SUMMARY_MINUTES: z.coerce.number().min(0).max(24 * 60).default(5),
  /** The reminder before a collection's deadline, in minutes (0: none). */
  GRIDBOT_COLLECTION_REMIND_MINUTES: z.coerce.number().min(0).max(7 * 24 * 60).default(120),
  /** Days after close when a collection's personal data (names, phones, forms) is deleted. */
  GRIDBOT_COLLECTION_RETENTION_DAYS: z.coerce.number().min(0).max(3650).default(30),
  /** The time-limit (SLA) file, YAML; built-in defaults without it. See docs/sla.md. */
  GRIDBOT_SLA_FILE: optional,
  WECHATY_PUPPET: optional,
  WECHATY_PUPPET_SERVICE_TOKEN: optional,
  WECOM_CORP_ID: optional,
  WECOM_TOKEN: optional,
  WECOM_AES_KEY: z.string().regex(/^[A-Za-z0-9]{43}$/, 'must be the 43-character EncodingAESKey').optional(),
  WECOM_AGENT_ID: z.coerce.number().int().positive().optional(),
  WECOM_SECRET: optional,
  WECOM_API_BASE: z.url().optional(),
  WECOM_WEBHOOK_KEY: optional,
  /** A staff group chat created by the app (appchat): ticket notices go there too. */
  WECOM_STAFF_CHATID: optional,
  OPENAI_API_KEY: optional,
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_MODEL: optional,
  /** How long a resident's message may wait for the optional model before the rules decide alone. */
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(1).max(60_000).default(2500),
});

export type Config = z.infer<typeof schema> & { wecomEnabled: boolean; sla: SlaConfig };

export class ConfigError extends Error {}

/** The SLA file (YAML), or the built-in defaults without one; a bad file is one ConfigError line. */
function loadSlaFile(path: string | undefined): SlaConfig {
  if (!path) return DEFAULT_SLA;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(`配置错误 GRIDBOT_SLA_FILE=${JSON.stringify(path)}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return parseSlaConfig(text);
  } catch (err) {
    if (err instanceof SlaConfigError) throw new ConfigError(`配置错误 GRIDBOT_SLA_FILE=${JSON.stringify(path)}: ${err.message}`);
    throw err;
  }
}

const SECRET = /KEY|SECRET|TOKEN/;

const WECOM_REQUIRED = ['WECOM_CORP_ID', 'WECOM_TOKEN', 'WECOM_AES_KEY', 'WECOM_AGENT_ID', 'WECOM_SECRET'] as const;
const WECOM_OPTIONAL = ['WECOM_WEBHOOK_KEY', 'WECOM_STAFF_CHATID', 'WECOM_API_BASE'] as const;

/**
 * For entry points (npm start, scripts): a bad setting prints its one line
 * and exits 1, instead of a stack trace.
 */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}

/** Parses the environment; throws ConfigError with one line naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty value means "not set", as in most .env files.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? '?');
    // Secrets never reach the terminal or CI logs: name the variable, hide its value.
    const shown = SECRET.test(name) ? '"***"' : JSON.stringify(cleaned[name] ?? '');
    throw new ConfigError(`配置错误 ${name}=${shown}: ${issue.message}`);
  }
  const c = parsed.data;
  const wecomSet = WECOM_REQUIRED.filter((k) => c[k] !== undefined);
  if (wecomSet.length > 0 && wecomSet.length < WECOM_REQUIRED.length) {
    const missing = WECOM_REQUIRED.filter((k) => c[k] === undefined);
    throw new ConfigError(`配置错误 ${missing[0]}: required when other WECOM_* variables are set (missing: ${missing.join(', ')})`);
  }
  // The optional ones do nothing without the app itself: say so rather than
  // start without the robot or staff chat someone expects.
  const optionalAlone = WECOM_OPTIONAL.filter((k) => c[k] !== undefined);
  if (wecomSet.length === 0 && optionalAlone.length > 0) {
    throw new ConfigError(
      `配置错误 ${optionalAlone[0]}: only used with the WeCom app (set ${WECOM_REQUIRED.join(', ')}), or remove it`,
    );
  }
  return { ...c, wecomEnabled: wecomSet.length === WECOM_REQUIRED.length, sla: loadSlaFile(c.GRIDBOT_SLA_FILE) };
}

/**
 * The channels a gridbot with this configuration sends on: the residents'
 * channel, plus WeCom when it is set up (as createGridbot starts them). A
 * separate process writing sends for the running bot (`npm run roster`)
 * addresses them by this.
 */
export function configuredChannels(config: Config): ReadonlySet<string> {
  return new Set([config.GRIDBOT_CHANNEL, ...(config.wecomEnabled ? ['wecom'] : [])]);
}
