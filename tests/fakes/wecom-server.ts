/**
 * A fake WeCom API server for tests: gettoken, message/send, appchat/send and
 * webhook/send on 127.0.0.1 (random port). It records every request, checks
 * credentials and tokens like the real API, and fails on demand.
 *
 *   const wecom = await startFakeWecom({ corpId: 'ww1', secret: 's', agentId: 1000002 });
 *   const client = new WecomClient({ apiBase: wecom.url, corpId: 'ww1', secret: 's', agentId: 1000002 });
 *   wecom.failNext({ errcode: 45009, times: 2, path: '/cgi-bin/message/send' });
 *   ...
 *   wecom.messagesTo('zhangsan'); await wecom.close();
 */
import Fastify from 'fastify';

export interface FakeWecomOptions {
  corpId?: string;
  secret?: string;
  agentId?: number;
  webhookKey?: string;
  /** expires_in handed out by gettoken, seconds (default 7200). */
  expiresIn?: number;
  /** When set, message/send to any other userid answers 81013. */
  knownUsers?: string[];
  /** When set, appchat/send to any other chatid answers 86003. */
  knownChats?: string[];
  /** Delay before answering gettoken, to widen concurrency windows. */
  tokenDelayMs?: number;
}

export interface ReceivedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  /** errcode (or HTTP status as `http_<n>`) the fake answered with. */
  answered: number | string;
}

export type SentKind = 'message' | 'appchat' | 'webhook';

export interface SentMessage {
  kind: SentKind;
  /** userid, chatid, or the webhook key. */
  to: string;
  msgtype: string;
  /** text/markdown content, or the textcard's description. */
  content: string;
  body: Record<string, unknown>;
}

export interface FailSpec {
  /** Answer with this errcode (HTTP 200)... */
  errcode?: number;
  /** ...or with this HTTP status and no JSON. */
  httpStatus?: number;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** Only requests to this path fail (default: any API path but gettoken). */
  path?: string;
}

export interface FakeWecomServer {
  url: string;
  received: ReceivedRequest[];
  sent: SentMessage[];
  readonly tokenCalls: number;
  failNext(spec: FailSpec): void;
  /** The current token answers 42001 from now on; gettoken issues a new one. */
  expireTokenOnce(): void;
  messagesTo(to: string): SentMessage[];
  reset(): void;
  close(): Promise<void>;
}

const API_PATHS = ['/cgi-bin/message/send', '/cgi-bin/appchat/send', '/cgi-bin/webhook/send'];

export async function startFakeWecom(options: FakeWecomOptions = {}): Promise<FakeWecomServer> {
  const corpId = options.corpId ?? 'wwfakecorp';
  const secret = options.secret ?? 'fake-secret';
  const webhookKey = options.webhookKey ?? 'fake-webhook-key';
  const expiresIn = options.expiresIn ?? 7200;

  const received: ReceivedRequest[] = [];
  const sent: SentMessage[] = [];
  const failures: FailSpec[] = [];
  let tokenCalls = 0;
  let tokenSeq = 0;
  const live = new Set<string>();
  const expired = new Set<string>();

  const app = Fastify({ logger: false });

  function takeFailure(path: string): FailSpec | undefined {
    const i = failures.findIndex((f) => (f.path ? f.path === path : path !== '/cgi-bin/gettoken'));
    if (i < 0) return undefined;
    const f = failures[i]!;
    f.times = (f.times ?? 1) - 1;
    if (f.times <= 0) failures.splice(i, 1);
    return f;
  }

  app.route({
    method: ['GET', 'POST'],
    url: '/cgi-bin/*',
    handler: async (request, reply) => {
      const path = request.url.split('?')[0]!;
      const query = { ...(request.query as Record<string, string>) };
      const body: unknown = request.body ?? null;
      const record: ReceivedRequest = { method: request.method, path, query, body, answered: 0 };
      received.push(record);
      const answer = (errcode: number, extra: Record<string, unknown> = {}) => {
        record.answered = errcode;
        return { errcode, errmsg: errcode === 0 ? 'ok' : `fake error ${errcode}`, ...extra };
      };

      if (path === '/cgi-bin/gettoken') tokenCalls++;
      const failure = takeFailure(path);
      if (failure?.httpStatus !== undefined) {
        record.answered = `http_${failure.httpStatus}`;
        return reply.code(failure.httpStatus).type('text/plain').send('fake failure');
      }
      if (failure?.errcode !== undefined) return answer(failure.errcode);

      if (path === '/cgi-bin/gettoken') {
        if (options.tokenDelayMs) await new Promise((r) => setTimeout(r, options.tokenDelayMs));
        if (query.corpid !== corpId) return answer(40013);
        if (query.corpsecret !== secret) return answer(40001);
        const token = `fake-token-${++tokenSeq}`;
        live.add(token);
        return answer(0, { access_token: token, expires_in: expiresIn });
      }
      if (!API_PATHS.includes(path)) return reply.code(404).send({ errcode: 404, errmsg: 'no such path' });

      const msg = (body ?? {}) as Record<string, unknown>;
      const msgtype = String(msg.msgtype ?? '');
      const part = (msg[msgtype] ?? {}) as Record<string, unknown>;
      const content = String(part.content ?? part.description ?? '');

      if (path === '/cgi-bin/webhook/send') {
        if (query.key !== webhookKey) return answer(93000);
        sent.push({ kind: 'webhook', to: query.key, msgtype, content, body: msg });
        return answer(0);
      }

      const token = query.access_token ?? '';
      if (expired.has(token)) return answer(42001);
      if (!live.has(token)) return answer(40014);

      if (path === '/cgi-bin/message/send') {
        if (options.agentId !== undefined && msg.agentid !== options.agentId) return answer(40056);
        const to = String(msg.touser ?? '');
        if (options.knownUsers && !options.knownUsers.includes(to)) return answer(81013);
        sent.push({ kind: 'message', to, msgtype, content, body: msg });
        return answer(0, { invaliduser: '', msgid: `fake-msg-${sent.length}` });
      }
      const chatid = String(msg.chatid ?? '');
      if (options.knownChats && !options.knownChats.includes(chatid)) return answer(86003);
      sent.push({ kind: 'appchat', to: chatid, msgtype, content, body: msg });
      return answer(0);
    },
  });

  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('fake WeCom server has no TCP address');

  return {
    url: `http://127.0.0.1:${address.port}`,
    received,
    sent,
    get tokenCalls() {
      return tokenCalls;
    },
    failNext(spec) {
      failures.push({ ...spec, times: spec.times ?? 1 });
    },
    expireTokenOnce() {
      for (const t of live) expired.add(t);
      live.clear();
    },
    messagesTo(to) {
      return sent.filter((m) => m.to === to);
    },
    reset() {
      received.length = 0;
      sent.length = 0;
      failures.length = 0;
      tokenCalls = 0;
    },
    close: () => app.close(),
  };
}

/** One test self-built app: the fake server's credentials and the matching callback keys. */
export const TEST_APP = {
  corpId: 'wwgridbot0000001',
  token: 'gridbotToken',
  encodingAESKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  agentId: 1000002,
  secret: 's3cret',
} as const;

/** Starts the fake for TEST_APP. */
export function startTestAppServer(): Promise<FakeWecomServer> {
  return startFakeWecom({ corpId: TEST_APP.corpId, secret: TEST_APP.secret, agentId: TEST_APP.agentId });
}

/** The WECOM_* environment that points gridbot's WeCom channel at `server`. */
export function testAppEnv(server: FakeWecomServer): Record<string, string> {
  return {
    WECOM_CORP_ID: TEST_APP.corpId,
    WECOM_TOKEN: TEST_APP.token,
    WECOM_AES_KEY: TEST_APP.encodingAESKey,
    WECOM_AGENT_ID: String(TEST_APP.agentId),
    WECOM_SECRET: TEST_APP.secret,
    WECOM_API_BASE: server.url,
  };
}
