/**
 * CLI over the intake parser (a stable interface used by outside checks).
 *
 *   npm run --silent parse [-- --faq faq.json] < messages.jsonl
 *
 * stdin: JSON Lines, each {"text": "...", "groupBuilding": "3"} (groupBuilding
 * optional; a string, a number or null).
 * stdout: one JSON line per input line, in order, with the ParseResult
 * fields plus `action` (ticket|ask|triage|answer|ignore, from decideAction)
 * and `missing` (what `ask` asks for); `confidence` is a ParseResult field.
 * Without --faq no FAQ is known, so `answer` never appears (faqHit=false);
 * with --faq FILE (a JSON array of {question, answer, keywords}, the FAQ
 * table's columns; keywords space-separated) a question matches an entry as
 * the bot's FAQ lookup does (at least MIN_KEYWORD_HITS keywords present).
 * An invalid line yields {"error": "line N: reason"} and the run
 * goes on. Blank (whitespace-only) lines are not inputs: they are skipped
 * and produce no output, so a trailing newline never adds a line.
 * Exit code 0 even when some lines were invalid (they are reported inline).
 */
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { readFileSync } from 'node:fs';
import { parse } from '../src/core/parse';
import { decideAction } from '../src/core/parse/decide';
import { MIN_KEYWORD_HITS } from '../src/services/faq';
import * as cli from '../src/templates/cli';
import { startedDirectly } from './cli';

const Input = z.object({
  text: z.string({ error: cli.parseTextRequired() }),
  groupBuilding: z
    .union([z.string(), z.number()], { error: cli.parseBadGroupBuilding() })
    .nullish()
    .transform((v) => (v == null ? null : String(v))),
});

const FaqFile = z.array(z.object({ question: z.string(), answer: z.string(), keywords: z.string() }));

function loadFaq(argv: string[]): Array<{ keywords: string[] }> {
  const i = argv.indexOf('--faq');
  if (i < 0) return [];
  const file = argv[i + 1];
  if (!file) throw new Error(cli.parseFaqMissing());
  return FaqFile.parse(JSON.parse(readFileSync(file, 'utf8'))).map((e) => ({ keywords: e.keywords.split(/\s+/).filter(Boolean) }));
}

/** The bot's FAQ rule (services/faq.ts matchFaq), over the entries given on the command line. */
function faqHit(faq: Array<{ keywords: string[] }>, normalized: string): boolean {
  return faq.some((e) => e.keywords.filter((k) => normalized.includes(k)).length >= MIN_KEYWORD_HITS);
}

function handleLine(faq: Array<{ keywords: string[] }>, line: string, lineNo: number): string {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return JSON.stringify({ error: cli.parseLineError(lineNo, cli.parseInvalidJson()) });
  }
  const input = Input.safeParse(raw);
  if (!input.success) {
    const why = input.error.issues
      .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message))
      .join('; ');
    return JSON.stringify({ error: cli.parseLineError(lineNo, why) });
  }
  try {
    const parsed = parse(input.data.text, { groupBuilding: input.data.groupBuilding });
    const decision = decideAction(parsed, { faqHit: parsed.intent === 'question' && faqHit(faq, parsed.normalized) });
    return JSON.stringify({ ...parsed, action: decision.action, missing: decision.missing });
  } catch (err) {
    // The parser is meant never to throw; if it does, one line fails, not the run.
    return JSON.stringify({ error: cli.parseLineError(lineNo, cli.parseFailed((err as Error).message)) });
  }
}

/** Where main() reads and writes: the process's own streams, or a test's. */
export interface ParseStreams {
  stdin: NodeJS.ReadableStream;
  stdout: { write(chunk: string): unknown };
}

/** The CLI without the process: tests run it in-process (a process costs ~2 s of tsx start-up). */
export async function main(argv: string[], io: ParseStreams = process): Promise<void> {
  const faq = loadFaq(argv);
  const rl = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  let out: string[] = [];
  for await (const rawLine of rl) {
    lineNo++;
    const line = lineNo === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine;
    if (line.trim() === '') continue;
    out.push(handleLine(faq, line, lineNo));
    // Batch writes: one write per line is the bottleneck on big inputs.
    if (out.length >= 256) {
      io.stdout.write(out.join('\n') + '\n');
      out = [];
    }
  }
  if (out.length > 0) io.stdout.write(out.join('\n') + '\n');
}

if (startedDirectly(import.meta.url)) {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0); // reader went away (e.g. `| head`)
    throw err;
  });
  await main(process.argv.slice(2));
}
