import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../scripts/parse';

const root = fileURLToPath(new URL('../..', import.meta.url));

const toLines = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

// Node with the tsx loader: the same thing `npm run parse` runs, minus npm's startup.
// One test runs it so (exit code, real stdin/stdout); a process costs ~2 s of start-up.
function runProcess(stdin: string, args: string[] = []): { lines: Record<string, unknown>[]; status: number | null } {
  const res = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/parse.ts', ...args], {
    cwd: root,
    input: stdin,
    encoding: 'utf8',
    timeout: 20_000,
  });
  if (res.error) throw res.error;
  return { lines: toLines(res.stdout), status: res.status };
}

// The others run the script's main() in this process, on a stream holding `stdin`.
async function runCli(stdin: string, args: string[] = []): Promise<{ lines: Record<string, unknown>[] }> {
  const input = new PassThrough();
  input.end(stdin);
  let stdout = '';
  await main(args, { stdin: input, stdout: { write: (chunk: string) => (stdout += chunk) } });
  return { lines: toLines(stdout) };
}

const RESULT_KEYS = [
  'intent', 'category', 'emergency', 'urgency', 'emergencyKind', 'building', 'unit', 'room', 'summary', 'normalized', 'original',
  'confidence', 'intentScores', 'categoryConfidence', 'action', 'missing',
];

describe('scripts/parse.ts', () => {
  it('writes one line per input, in order, with errors inline', () => {
    const input = [
      JSON.stringify({ text: '六栋二单元一零二家里停水了', groupBuilding: '6' }),
      '{not json',
      JSON.stringify({ text: '好的收到', groupBuilding: '2' }),
      JSON.stringify({ groupBuilding: '2' }),
      JSON.stringify({ text: 42 }),
      '',
      JSON.stringify({ text: '请问物业电话是多少' }),
      JSON.stringify({ text: '楼道冒烟了', groupBuilding: 9 }),
      '[1,2]',
    ].join('\n');
    const { lines, status } = runProcess(input + '\n');
    expect(status).toBe(0);
    // The blank line is skipped: 8 non-blank inputs → 8 outputs.
    expect(lines).toHaveLength(8);

    expect(lines[0]).toMatchObject({ intent: 'report', category: 'repair', urgency: 'urgent', building: '6', unit: '2', room: '102' });
    expect(Object.keys(lines[0]!).sort()).toEqual([...RESULT_KEYS].sort());
    expect(lines[1]).toEqual({ error: expect.stringContaining('line 2') });
    expect(lines[2]).toMatchObject({ intent: 'chatter', building: '2' });
    expect(lines[3]).toEqual({ error: expect.stringMatching(/text/) });
    expect(lines[4]).toEqual({ error: expect.stringMatching(/text/) });
    expect(lines[5]).toMatchObject({ intent: 'question', building: null });
    expect(lines[6]).toMatchObject({ emergency: true, emergencyKind: 'fire', building: '9' });
    expect(lines[7]).toEqual({ error: expect.any(String) });
    // Every result carries the decision and a confidence in 0–1.
    expect(lines[0]).toMatchObject({ action: 'ticket', missing: [] });
    expect(lines[2]).toMatchObject({ action: 'ignore' });
    expect(lines[6]).toMatchObject({ action: 'ticket', confidence: 1 });
    for (const l of [lines[0], lines[2], lines[5]]) {
      expect(l!.confidence).toBeGreaterThanOrEqual(0);
      expect(l!.confidence).toBeLessThanOrEqual(1);
    }
    // No FAQ given: a question is never `answer`.
    expect(lines[5]!.action).not.toBe('answer');
  });

  it('answers a question from --faq entries, and only a question', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gridbot-faq-'));
    const file = join(dir, 'faq.json');
    writeFileSync(file, JSON.stringify([{ question: '物业电话', answer: '物业电话 12345678', keywords: '物业 电话' }]));
    const { lines } = await runCli(
      [JSON.stringify({ text: '请问物业电话是多少' }), JSON.stringify({ text: '谢谢物业 电话打通了' })].join('\n') + '\n',
      ['--faq', file],
    );
    expect(lines[0]).toMatchObject({ intent: 'question', action: 'answer' });
    expect(lines[1]!.action).not.toBe('answer');
  });

  it('handles empty input and CRLF line ends', async () => {
    expect((await runCli('')).lines).toEqual([]);
    const { lines } = await runCli('{"text":"收到"}\r\n{"text":"电梯坏了"}\r\n');
    expect(lines.map((l) => l.intent)).toEqual(['chatter', 'report']);
  });
});
