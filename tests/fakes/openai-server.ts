/**
 * A fake OpenAI-compatible chat API for tests, on 127.0.0.1 (random port):
 * POST /v1/chat/completions, the path the openai client calls under a
 * baseURL ending in /v1. It records every request and answers as told.
 *
 *   const llm = await startFakeOpenAI();
 *   llm.answer({ intent: 'report', category: 'safety' });  // JSON content
 *   llm.answerRaw('not json');                              // content as is
 *   llm.fail(500);                                          // an HTTP error
 *   llm.delay(2000);                                        // slower than the client's timeout
 *   createLlmRefiner({ apiKey: 'k', baseURL: llm.baseURL, ... });
 *   llm.requests.length; await llm.close();
 *
 * A behaviour holds for every request until another is set or reset() is called.
 */
import Fastify from 'fastify';

export interface ChatRequest {
  path: string;
  authorization: string | undefined;
  body: {
    model?: string;
    temperature?: number;
    response_format?: { type?: string };
    messages?: { role: string; content: string }[];
    [k: string]: unknown;
  };
}

type Behaviour = { kind: 'content'; content: string } | { kind: 'status'; status: number };

export interface FakeOpenAIServer {
  /** Pass as the client's baseURL (ends in /v1). */
  baseURL: string;
  requests: ChatRequest[];
  /** Answer with this object as the message content, JSON-encoded. */
  answer(content: unknown): void;
  /** Answer with this exact content string (e.g. invalid JSON). */
  answerRaw(content: string): void;
  /** Answer with this HTTP status and an OpenAI-style error body. */
  fail(status: number): void;
  /** Wait this long before answering (0: at once). */
  delay(ms: number): void;
  /** The user message of each request, in order. */
  userTexts(): string[];
  reset(): void;
  close(): Promise<void>;
}

const DEFAULT: Behaviour = { kind: 'content', content: JSON.stringify({ intent: 'chatter', category: null }) };

export async function startFakeOpenAI(): Promise<FakeOpenAIServer> {
  const requests: ChatRequest[] = [];
  let behaviour: Behaviour = DEFAULT;
  let delayMs = 0;
  // Pending delays end early at close(), so a timed-out request cannot hold the server open.
  const sleepers = new Set<() => void>();
  let seq = 0;

  // The client keeps connections alive (and a timed-out one may be half-open): close them all at close().
  const app = Fastify({ logger: false, forceCloseConnections: true });
  app.post('/v1/chat/completions', async (request, reply) => {
    const body = (request.body ?? {}) as ChatRequest['body'];
    requests.push({ path: request.url, authorization: request.headers.authorization, body });
    const current = behaviour;
    if (delayMs > 0) {
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          sleepers.delete(done);
          resolve();
        };
        const timer = setTimeout(done, delayMs);
        sleepers.add(done);
      });
    }
    if (current.kind === 'status') {
      return reply
        .code(current.status)
        .send({ error: { message: `fake failure ${current.status}`, type: 'server_error', code: null } });
    }
    return {
      id: `chatcmpl-fake-${++seq}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model ?? 'fake',
      choices: [{ index: 0, message: { role: 'assistant', content: current.content }, finish_reason: 'stop', logprobs: null }],
      usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
    };
  });

  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('fake OpenAI server has no TCP address');

  return {
    baseURL: `http://127.0.0.1:${address.port}/v1`,
    requests,
    answer(content) {
      behaviour = { kind: 'content', content: JSON.stringify(content) };
    },
    answerRaw(content) {
      behaviour = { kind: 'content', content };
    },
    fail(status) {
      behaviour = { kind: 'status', status };
    },
    delay(ms) {
      delayMs = ms;
    },
    userTexts() {
      return requests.map((r) => r.body.messages?.find((m) => m.role === 'user')?.content ?? '');
    },
    reset() {
      requests.length = 0;
      behaviour = DEFAULT;
      delayMs = 0;
    },
    async close() {
      for (const wake of [...sleepers]) wake();
      await app.close();
    },
  };
}
