/**
 * `npm run eval -- FILE.jsonl [FILE2.jsonl …] [--llm] [--misses] [--json]`:
 * scores the intake parser (rules + trained model + decision) on labelled
 * messages in the corpus format (docs/intake.md): per-field accuracy, the
 * intent confusion matrix, emergency recall/precision, and what the bot would
 * do: action distribution, chatter that gets a public reply (ticket/ask),
 * reports that get `ignore`, formal-style reports that get `ignore`.
 * FAQ answers are not simulated (faqHit=false).
 *
 * --llm also scores the configured OpenAI-compatible endpoint
 * (OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_MODEL, OPENAI_TIMEOUT_MS, as the
 * bot reads them) the same way, twice: the LLM alone on every message (the
 * rules still decide emergencies and location), and as deployed, the LLM
 * asked only for the model's triage candidates.
 */
import { readFileSync } from 'node:fs';
import { loadConfig } from '../src/config';
import { parse } from '../src/core/parse';
import { decideAction } from '../src/core/parse/decide';
import { parseLabelledLines, type Labelled } from '../src/intake/labelled';
import { createLlmRefiner, DEFAULT_LLM_MODEL } from '../src/intake/llm';
import { shouldAskModel } from '../src/intake/should-ask';
import { createLogger, type Logger } from '../src/logger';
import { figures, formatFigures, type Scored } from './intake/metrics';

function usage(): never {
  console.error('用法：npm run eval -- <labelled.jsonl> [更多文件…] [--llm] [--misses] [--json]');
  process.exit(2);
}

const argv = process.argv.slice(2);
const files = argv.filter((a) => !a.startsWith('--'));
const flags = new Set(argv.filter((a) => a.startsWith('--')));
for (const f of flags) if (!['--llm', '--misses', '--json'].includes(f)) usage();
if (files.length === 0) usage();

const rows: Labelled[] = [];
for (const file of files) {
  const parsed = parseLabelledLines(readFileSync(file, 'utf8'), file);
  for (const e of parsed.errors) console.error(`跳过 skipped ${e}`);
  rows.push(...parsed.rows);
}

function missLines(scored: readonly Scored[]): string {
  const out: string[] = [];
  for (const { g, p, d } of scored) {
    const intentMiss = g.intent !== p.intent;
    const catMiss = g.intent === 'report' && p.intent === 'report' && !(g.category ?? []).includes(p.category ?? '');
    const emMiss = (g.emergency === true) !== p.emergency;
    if (!intentMiss && !catMiss && !emMiss) continue;
    out.push(
      `  ${g.text.slice(0, 60)}  gold ${g.intent}/${g.category?.join('|') ?? '-'}${g.emergency ? '/急' : ''}` +
        ` → ${p.intent}/${p.category ?? '-'}${p.emergency ? '/急' : ''} ${d.action} ${p.confidence.toFixed(2)}`,
    );
  }
  return out.join('\n');
}

const results: Record<string, ReturnType<typeof figures>> = {};
function show(title: string, scored: Scored[]) {
  const f = figures(scored);
  results[title] = f;
  if (!flags.has('--json')) {
    console.log(formatFigures(title, f));
    if (flags.has('--misses')) console.log(missLines(scored));
  }
}

const model: Scored[] = rows.map((g) => {
  const p = parse(g.text, { groupBuilding: g.groupBuilding ?? null });
  return { g, p, d: decideAction(p, { faqHit: false }) };
});
show(`model: ${files.join(', ')}`, model);

if (flags.has('--llm')) {
  const config = loadConfig();
  if (!config.OPENAI_API_KEY) {
    console.error('--llm 需要 OPENAI_API_KEY（以及可选的 OPENAI_BASE_URL、OPENAI_MODEL）');
    process.exit(2);
  }
  let failures = 0;
  // The refiner warns once per failed call (and falls back): count those instead of printing them.
  const counting = Object.create(createLogger('silent')) as Logger;
  counting.warn = (() => {
    failures++;
  }) as Logger['warn'];
  const { refine } = createLlmRefiner({
    apiKey: config.OPENAI_API_KEY,
    baseURL: config.OPENAI_BASE_URL,
    model: config.OPENAI_MODEL,
    timeoutMs: config.OPENAI_TIMEOUT_MS,
    logger: counting,
  });
  const llmAlone: Scored[] = [];
  const deployed: Scored[] = [];
  let asked = 0;
  for (const s of model) {
    // One call per message, in order: an endpoint's rate limit is not ours to test.
    const byLlm = await refine(s.g.text, s.p);
    llmAlone.push({ g: s.g, p: byLlm, d: decideAction(byLlm, { faqHit: false }) });
    if (shouldAskModel(s.p)) {
      asked++;
      deployed.push({ g: s.g, p: byLlm, d: decideAction(byLlm, { faqHit: false }) });
    } else deployed.push(s);
  }
  const name = config.OPENAI_MODEL ?? DEFAULT_LLM_MODEL;
  show(`LLM ${name} alone (rules keep emergencies and location; ${failures} failed calls fell back to the model)`, llmAlone);
  show(`model + LLM ${name} on the ${asked} triage candidates (as deployed)`, deployed);
}

if (flags.has('--json')) console.log(JSON.stringify(results));
