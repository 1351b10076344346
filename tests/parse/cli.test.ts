import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

// Node with the tsx loader: the same thing `npm run parse` runs, minus npm's startup.
function runCli(stdin: string): { lines: Record<string, unknown>[]; status: number | null } {
  const res = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/parse.ts'], {
    cwd: root,
    input: stdin,
    encoding: 'utf8',
    timeout: 20_000,
  });
  if (res.error) throw res.error;
  const lines = res.stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { lines, status: res.status };
}

const RESULT_KEYS = [
  'intent', 'category', 'emergency', 'urgency', 'emergencyKind', 'building', 'unit', 'room', 'summary', 'normalized', 'original',
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
    const { lines, status } = runCli(input + '\n');
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
  });

  it('handles empty input and CRLF line ends', () => {
    expect(runCli('').lines).toEqual([]);
    const { lines } = runCli('{"text":"收到"}\r\n{"text":"电梯坏了"}\r\n');
    expect(lines.map((l) => l.intent)).toEqual(['chatter', 'report']);
  });
});
