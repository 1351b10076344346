/**
 * WeCom server API client for a self-built app: access-token cache, app
 * messages (message/send), app group chats (appchat/send) and the optional
 * group-robot webhook.
 *
 * Errors are classified, never retried here (the outbox owns retry/backoff),
 * except the one case only the client can fix: an expired/invalid token is
 * refreshed and the call repeated once.
 *   - transient: errcode -1 / 45009 / 45033, HTTP 5xx or 429, network errors,
 *     unreadable replies -> WecomApiError with retryable = true
 *   - everything else (recipient gone, robot removed, bad secret/corp/agent,
 *     IP not allowed, any unknown errcode: a rejected request will not start
 *     succeeding by itself) -> WecomPermanentError, a PermanentSendError
 */
import { PermanentSendError } from '../channel';

/** The only place the official host is written down; config may override it. */
export const DEFAULT_WECOM_API_BASE = 'https://qyapi.weixin.qq.com';

const TRANSIENT_CODES = new Set([-1, 45009, 45033]);
const TOKEN_CODES = new Set([40014, 42001]);
/** Errors of the app's own setup: the whole channel is unusable until fixed. */
const CONFIG_CODES = new Set([40001, 40013, 40056, 40091, 41002, 41004, 48002, 60020]);

export function isWecomConfigError(code: unknown): boolean {
  if (typeof code === 'number') return CONFIG_CODES.has(code);
  // http_4xx: wrong API base or path. (A missing robot key, no_webhook_key,
  // spoils only the robot's group: the app's own messages still work.)
  return typeof code === 'string' && code.startsWith('http_');
}

export class WecomApiError extends Error {
  readonly retryable = true;
  constructor(
    message: string,
    readonly errcode?: number,
    readonly httpStatus?: number,
  ) {
    super(message);
    this.name = 'WecomApiError';
  }
}

export class WecomPermanentError extends PermanentSendError {
  /** True when the app's configuration (not the recipient) is at fault. */
  readonly config: boolean;
  constructor(message: string, code: number | string) {
    super(message, code);
    this.name = 'WecomPermanentError';
    this.config = isWecomConfigError(code);
  }
}

export interface TextCard {
  title: string;
  description: string;
  url: string;
  btntxt?: string;
}

export interface WecomClientOptions {
  apiBase?: string;
  corpId: string;
  secret: string;
  agentId: number | string;
  webhookKey?: string;
  fetch?: typeof globalThis.fetch;
  /** Milliseconds clock, for tests. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Refresh this long before the token's expires_in (default 5 min). */
  tokenMarginMs?: number;
  /** Per-request timeout (default 10 s). */
  timeoutMs?: number;
  /** Group-robot quota; WeCom allows 20 messages per minute per robot. */
  webhookLimit?: { max: number; windowMs: number };
}

interface ApiReply {
  errcode?: number;
  errmsg?: string;
  [key: string]: unknown;
}

export interface SendResult {
  msgid?: string;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Sliding-window limiter: at most `max` acquisitions in any `windowMs`.
 * Callers queue in order and wait (on the injected clock) for a free slot.
 */
export class SlidingWindowLimiter {
  private readonly stamps: number[] = [];
  private tail: Promise<void> = Promise.resolve();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {}

  acquire(): Promise<void> {
    const turn = this.tail.then(() => this.waitForSlot());
    // The chain must survive a rejected turn (it cannot reject today, but a
    // broken chain would block every later webhook send for good).
    this.tail = turn.catch(() => undefined);
    return turn;
  }

  private async waitForSlot(): Promise<void> {
    for (;;) {
      const now = this.now();
      while (this.stamps.length > 0 && this.stamps[0]! <= now - this.windowMs) this.stamps.shift();
      if (this.stamps.length < this.max) {
        this.stamps.push(now);
        return;
      }
      await this.sleep(this.stamps[0]! + this.windowMs - now);
    }
  }
}

export class WecomClient {
  private readonly apiBase: string;
  private readonly agentId: number;
  private readonly fetchImpl: typeof globalThis.fetch;
  private readonly now: () => number;
  private readonly marginMs: number;
  private readonly timeoutMs: number;
  private readonly webhookLimiter: SlidingWindowLimiter;
  private token: { value: string; refreshAt: number } | null = null;
  private inflight: Promise<string> | null = null;

  constructor(private readonly opts: WecomClientOptions) {
    this.apiBase = (opts.apiBase ?? DEFAULT_WECOM_API_BASE).replace(/\/+$/, '');
    this.agentId = Number(opts.agentId);
    if (!Number.isInteger(this.agentId)) throw new Error(`WeCom agent id must be an integer, got ${String(opts.agentId)}`);
    this.fetchImpl = opts.fetch ?? globalThis.fetch;
    this.now = opts.now ?? Date.now;
    this.marginMs = opts.tokenMarginMs ?? 5 * 60_000;
    this.timeoutMs = opts.timeoutMs ?? 10_000;
    const limit = opts.webhookLimit ?? { max: 20, windowMs: 60_000 };
    this.webhookLimiter = new SlidingWindowLimiter(limit.max, limit.windowMs, this.now, opts.sleep ?? realSleep);
  }

  /** Cached access token; concurrent callers share one gettoken request. */
  getToken(force = false): Promise<string> {
    if (!force && this.token && this.now() < this.token.refreshAt) return Promise.resolve(this.token.value);
    if (!this.inflight) {
      this.inflight = this.fetchToken().finally(() => {
        this.inflight = null;
      });
    }
    return this.inflight;
  }

  sendText(toUser: string, text: string): Promise<SendResult> {
    return this.messageSend({ touser: toUser, msgtype: 'text', text: { content: text } });
  }

  sendMarkdown(toUser: string, markdown: string): Promise<SendResult> {
    return this.messageSend({ touser: toUser, msgtype: 'markdown', markdown: { content: markdown } });
  }

  sendTextCard(toUser: string, card: TextCard): Promise<SendResult> {
    return this.messageSend({ touser: toUser, msgtype: 'textcard', textcard: card });
  }

  async appchatSend(chatid: string, text: string): Promise<void> {
    await this.withToken('/cgi-bin/appchat/send', { chatid, msgtype: 'text', text: { content: text }, safe: 0 });
  }

  /** Posts to the group robot, waiting for a slot in its 20/min quota. */
  async webhookSend(text: string, mentionedList?: string[]): Promise<void> {
    const key = this.opts.webhookKey;
    if (!key) throw new WecomPermanentError('WeCom webhook key is not configured', 'no_webhook_key');
    await this.webhookLimiter.acquire();
    const content: { content: string; mentioned_list?: string[] } = { content: text };
    if (mentionedList && mentionedList.length > 0) content.mentioned_list = mentionedList;
    const reply = await this.call('/cgi-bin/webhook/send', { key }, { msgtype: 'text', text: content });
    this.check('/cgi-bin/webhook/send', reply);
  }

  private async messageSend(body: Record<string, unknown>): Promise<SendResult> {
    const reply = await this.withToken('/cgi-bin/message/send', { ...body, agentid: this.agentId, safe: 0 });
    // errcode 0 still lists recipients that were skipped (not in the app's
    // visible range, no licence); for our single recipient that is a failure.
    for (const field of ['invaliduser', 'unlicenseduser'] as const) {
      const skipped = reply[field];
      if (typeof skipped === 'string' && skipped !== '') {
        throw new WecomPermanentError(`message/send: recipient ${skipped} rejected (${field})`, field);
      }
    }
    return typeof reply.msgid === 'string' ? { msgid: reply.msgid } : {};
  }

  /** POST with the access token; on an expired token refresh once and repeat. */
  private async withToken(path: string, body: unknown): Promise<ApiReply> {
    let token = await this.getToken();
    let reply = await this.call(path, { access_token: token }, body);
    if (reply.errcode !== undefined && TOKEN_CODES.has(reply.errcode)) {
      // Only the first caller to notice drops the cache; the others then
      // pick up the refreshed token instead of fetching yet another one.
      if (this.token?.value === token) this.token = null;
      token = await this.getToken();
      reply = await this.call(path, { access_token: token }, body);
    }
    this.check(path, reply);
    return reply;
  }

  private async fetchToken(): Promise<string> {
    const path = '/cgi-bin/gettoken';
    const reply = await this.call(path, { corpid: this.opts.corpId, corpsecret: this.opts.secret });
    this.check(path, reply);
    const value = reply.access_token;
    const expiresIn = reply.expires_in;
    if (typeof value !== 'string' || value === '' || typeof expiresIn !== 'number' || expiresIn <= 0) {
      throw new WecomApiError('gettoken: reply without access_token/expires_in');
    }
    const lifeMs = expiresIn * 1000;
    // Short-lived tokens (tests, unusual proxies) still get half their life.
    const refreshAt = this.now() + Math.max(lifeMs - this.marginMs, lifeMs / 2);
    this.token = { value, refreshAt };
    return value;
  }

  private check(path: string, reply: ApiReply): void {
    const code = reply.errcode ?? 0;
    if (code === 0) return;
    const text = `${path}: errcode ${code} ${reply.errmsg ?? ''}`.trim();
    if (TRANSIENT_CODES.has(code) || TOKEN_CODES.has(code)) throw new WecomApiError(text, code);
    throw new WecomPermanentError(text, code);
  }

  /** One HTTP round trip; never puts the token or secret into an error. */
  private async call(path: string, query: Record<string, string>, body?: unknown): Promise<ApiReply> {
    const url = `${this.apiBase}${path}?${new URLSearchParams(query).toString()}`;
    let res: Response;
    try {
      res = await this.fetchImpl(url, {
        method: body === undefined ? 'GET' : 'POST',
        headers: body === undefined ? undefined : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (err) {
      throw new WecomApiError(`${path}: network error: ${(err as Error).message}`);
    }
    if (res.status >= 500 || res.status === 429) {
      await res.body?.cancel();
      throw new WecomApiError(`${path}: HTTP ${res.status}`, undefined, res.status);
    }
    if (res.status >= 400) {
      await res.body?.cancel();
      // A 4xx from the API host means a wrong api base/path: configuration.
      throw new WecomPermanentError(`${path}: HTTP ${res.status}`, `http_${res.status}`);
    }
    try {
      const parsed: unknown = await res.json();
      if (parsed === null || typeof parsed !== 'object') throw new Error('not an object');
      return parsed as ApiReply;
    } catch (err) {
      throw new WecomApiError(`${path}: unreadable reply: ${(err as Error).message}`, undefined, res.status);
    }
  }
}
