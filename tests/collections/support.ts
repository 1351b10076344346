/**
 * Helpers for the collection tests: a demo bot on a fake clock, posting as
 * demo people by name, and reading what the bot said where.
 */
import { startAnnBot, type AnnBot } from '../announcements/support';

export interface CollBot extends AnnBot {
  /** Posts in a group as the named demo person and waits for the bot. */
  as(name: string, group: string, text: string): Promise<void>;
  /** Direct message to the bot from the named demo person. */
  dmAs(name: string, text: string): Promise<void>;
  /** The bot's texts in a group after the n-th one (to read only what a step caused). */
  botTexts(group: string): Promise<string[]>;
  directTextsOf(name: string): Promise<string[]>;
  /** Runs the collections tick at the clock's time and waits for the sends. */
  tick(): Promise<void>;
}

export async function startCollBot(opts: { start?: string; env?: Record<string, string>; dbPath?: string } = {}): Promise<CollBot> {
  const t = await startAnnBot({ start: opts.start ?? '2026-12-01T01:00:00Z', dbPath: opts.dbPath, env: opts.env });
  return wrapColl(t);
}

export function wrapColl(t: AnnBot): CollBot {
  const idOf = async (name: string) => (await t.personNamed(name)).id;
  return Object.assign(t, {
    async as(name: string, group: string, text: string) {
      await t.say(group, await idOf(name), text);
    },
    async dmAs(name: string, text: string) {
      await t.dm(await idOf(name), text);
    },
    botTexts: (group: string) => t.groupTexts(group),
    directTextsOf: async (name: string) => t.directTexts(await idOf(name)),
    async tick() {
      await t.bot.collections.tick();
      await t.bot.settle();
    },
  });
}
