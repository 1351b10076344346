/**
 * Every file of the training corpus (tests/fixtures/corpus/) is valid and
 * holds no near-copy of another message in the corpus or the repository's
 * labelled sets (`npm run corpus -- add` keeps it so). The measured blind
 * sets (tests/fixtures/blind/) are trained on too, but kept as their writers
 * wrote and measured them: a terse "电梯坏了" in two of them stays, and the
 * trainer drops the later copy.
 */
import { describe, expect, it } from 'vitest';
import { nearCopies } from '../../src/intake/labelled';
import { loadFiles, trainingFiles } from '../../scripts/intake/data';

describe('the training corpus', () => {
  const all = loadFiles(trainingFiles(), { dedupe: false });
  const isCorpus = (source: string) => !source.startsWith('intake-') && !source.startsWith('blind-');

  it('reads the corpus and the measured blind sets', () => {
    const sources = new Set(all.rows.map((r) => r.source));
    expect([...sources].filter((s) => s.startsWith('blind-')).length).toBeGreaterThanOrEqual(76);
    expect([...sources].filter((s) => isCorpus(s)).length).toBeGreaterThanOrEqual(27);
  });

  it('has only valid lines', () => {
    expect(all.errors).toEqual([]);
  });

  it('has no near-copies', () => {
    const { dropped } = nearCopies(all.rows.map((r) => r.text));
    const copies = dropped
      .filter((d) => isCorpus(all.rows[d.index]!.source))
      .map((d) => `${all.rows[d.index]!.source}: ${all.rows[d.index]!.text}`);
    expect(copies).toEqual([]);
  });

  it('labels a report with legal categories and flags emergencies only on reports', () => {
    for (const r of all.rows.filter((x) => isCorpus(x.source))) {
      if (r.intent === 'report') expect(r.category?.length).toBeGreaterThan(0);
      else expect(r.emergency ?? false).toBe(false);
    }
  });
});
