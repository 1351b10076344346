/**
 * `npm run eval -- FILE --llm` against a fake OpenAI-compatible endpoint on
 * 127.0.0.1: the LLM is scored the same way as the model, alone and as
 * deployed (asked only for triage candidates), and a failing endpoint falls
 * back to the model and is counted.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAIServer } from '../fakes/openai-server';

const root = fileURLToPath(new URL('../..', import.meta.url));

// Async: the fake server lives in this process and must keep answering while the script runs.
function runEval(args: string[], env: Record<string, string>): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, code }));
  });
}

const LINES = [
  { id: 1, groupBuilding: '3', text: '3单元楼道灯坏了一个星期了 晚上黑漆漆的 麻烦物业来修', intent: 'report', category: ['repair'], emergency: false, building: '3', unit: '3', room: null },
  { id: 2, groupBuilding: '3', text: '楼下垃圾桶满了好几天没人收 臭得很', intent: 'report', category: ['sanitation'], emergency: false, building: '3', unit: null, room: null },
  { id: 3, groupBuilding: '3', text: '谢谢网格员小王 昨天帮我家老人跑前跑后', intent: 'chatter', neg: 'thanks' },
  { id: 4, groupBuilding: '3', text: '请问社区办公室周六上班吗', intent: 'question' },
  { id: 5, groupBuilding: '3', text: '楼道里着火了 好大的烟', intent: 'report', category: ['safety'], emergency: true, building: '3', unit: null, room: null },
];

let llm: FakeOpenAIServer;
let file: string;

beforeAll(async () => {
  llm = await startFakeOpenAI();
  const dir = mkdtempSync(join(tmpdir(), 'gridbot-eval-'));
  file = join(dir, 'set.jsonl');
  writeFileSync(file, LINES.map((l) => JSON.stringify(l)).join('\n') + '\n{"text": "bad line"}\n');
});
afterAll(async () => {
  await llm.close();
});
beforeEach(() => llm.reset());

type Figures = Record<string, { n: number; intent: number; category: number | null; emergencyRecall: number; actions: Record<string, number> }>;

describe('npm run eval', () => {
  it('scores the model, and the LLM the same way, alone and on the triage band', async () => {
    // An LLM that calls everything a repair report.
    llm.answer({ intent: 'report', category: 'repair' });
    const { stdout, stderr, code } = await runEval([file, '--llm', '--json'], {
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: llm.baseURL,
      OPENAI_MODEL: 'fake-model',
    });
    expect(code).toBe(0);
    expect(stderr).toMatch(/skipped .*set\.jsonl:6/); // the bad line is named, not scored
    const figures = JSON.parse(stdout.trim().split('\n').pop()!) as Figures;
    const [model, alone, deployed] = Object.values(figures);
    expect(model!.n).toBe(5);
    expect(Object.keys(figures)[1]).toMatch(/fake-model alone/);
    // The emergency never reaches the LLM: 4 calls for 5 messages.
    expect(llm.requests).toHaveLength(4);
    // Alone, the LLM's "report" is right for the 2 reports (+ the rule-kept emergency) and wrong for the others.
    expect(alone!.intent).toBeCloseTo(3 / 5);
    // Category: repair is right for the lamp, wrong for the rubbish; the fire never went to the LLM.
    expect(alone!.category).toBeCloseTo(2 / 3);
    expect(alone!.emergencyRecall).toBe(1);
    // As deployed, only triage candidates take the LLM's word.
    expect(deployed!.n).toBe(5);
    expect(Object.keys(figures)[2]).toMatch(/triage candidates/);
  });

  it('falls back to the model when the endpoint fails, and counts the failures', async () => {
    llm.fail(500);
    const { stdout, code } = await runEval([file, '--llm', '--json'], { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: llm.baseURL });
    expect(code).toBe(0);
    const figures = JSON.parse(stdout.trim().split('\n').pop()!) as Figures;
    const [model, alone] = Object.values(figures);
    expect(Object.keys(figures)[1]).toMatch(/4 failed calls/);
    expect(alone!.intent).toBe(model!.intent);
    expect(alone!.actions).toEqual(model!.actions);
  });

  it('needs a key for --llm, and a file', async () => {
    expect((await runEval([file, '--llm'], {})).code).toBe(2);
    expect((await runEval([], {})).code).toBe(2);
  });
});
