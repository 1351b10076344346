import { chineseNumberToInt } from './building-name';
import { chatText } from './chat-text';

/**
 * Chat commands, parsed from plain text. Pure. Workers type them on phones
 * between house visits, so: Chinese verbs with short English aliases, the
 * ticket number with or without "#", full-width or Chinese digits, extra spaces.
 */
export type Command =
  | { verb: 'claim'; ticket: number }
  | { verb: 'note'; ticket: number; text: string }
  | { verb: 'done'; ticket: number; text: string }
  | { verb: 'transfer'; ticket: number; to: string }
  | { verb: 'escalate'; ticket: number; text: string }
  | { verb: 'reject'; ticket: number; text: string }
  | { verb: 'show'; ticket: number }
  | { verb: 'status'; ticket: number }
  | { verb: 'recategorize'; ticket: number; category: string }
  /** 立单 M7 [类别]: a triage item (M-number) becomes a ticket. */
  | { verb: 'confirm'; item: number; category?: string }
  /** 忽略 M7: a triage item is not a request. */
  | { verb: 'dismiss'; item: number }
  | { verb: 'mine' }
  | { verb: 'open' }
  | { verb: 'help' }
  /**
   * The verb was recognised but the rest is wrong: answer with its usage. Carries
   * the number when there was one (a resident's bare "进度 12" asks for status).
   */
  | { verb: 'usage'; of: UsageTopic; ticket?: number }
  /** "/foo 3": a slash command nobody defined (the word as typed). */
  | { verb: 'unknown'; word: string };

export type UsageTopic = 'claim' | 'note' | 'done' | 'transfer' | 'escalate' | 'reject' | 'show' | 'recategorize' | 'confirm' | 'dismiss';

/** The verbs of triage items and labels (issue 12): common words, so a resident's bare 忽略 is just chat. */
export const INTAKE_TOPICS: readonly UsageTopic[] = ['recategorize', 'confirm', 'dismiss'];

const NUM = '#?\\s*([0-9]+|[零〇一二两三四五六七八九十百]+)';
const SEP = '[\\s,，:：]*';

interface VerbRule {
  verb: Exclude<UsageTopic, 'confirm' | 'dismiss'>;
  words: string;
  /** Whether text after the number is required (note, reject) or optional. */
  rest: 'none' | 'optional' | 'required';
}

const WITH_TICKET: VerbRule[] = [
  { verb: 'claim', words: '接单|认领|领单|/claim', rest: 'none' },
  { verb: 'note', words: '进度|进展|备注|跟进|/note', rest: 'required' },
  { verb: 'done', words: '办结|完成|已办结|结单|/done|/resolve', rest: 'optional' },
  { verb: 'transfer', words: '转派|转交|转给|/transfer', rest: 'required' },
  { verb: 'escalate', words: '上报|上交|升级|/escalate', rest: 'optional' },
  { verb: 'reject', words: '退回|驳回|/reject', rest: 'required' },
  { verb: 'show', words: '查看|查询|查|详情|/show', rest: 'none' },
  { verb: 'recategorize', words: '改类|改类别|改分类|/recategorize', rest: 'required' },
];

/** Triage items are M7 (tickets are #12); the M may be left out, "#M7" and "m 7" work too. */
const ITEM_VERBS: { verb: 'confirm' | 'dismiss'; words: string; rest: 'optional' | 'none' }[] = [
  { verb: 'confirm', words: '立单|/confirm', rest: 'optional' },
  { verb: 'dismiss', words: '忽略|/dismiss', rest: 'none' },
];
const ITEM_NUM = '#?\\s*[Mm]?\\s*([0-9]+|[零〇一二两三四五六七八九十百]+)';
const ITEM_COMPILED = ITEM_VERBS.map((r) => ({
  ...r,
  full: new RegExp(`^(?:${r.words})${SEP}${ITEM_NUM}${SEP}([\\s\\S]*)$`, 'i'),
  bare: new RegExp(`^(?:${r.words})$`, 'i'),
}));

const NO_TICKET: [Command['verb'], RegExp][] = [
  ['mine', /^(?:我的|我的工单|我的任务|\/mine)$/i],
  ['open', /^(?:待办|待认领|待处理|未认领|\/open)$/i],
  ['help', /^(?:帮助|命令|菜单|使用说明|\/help|help|\?|？)$/i],
];

// Compiled once: these run on every message in staff chats.
const COMPILED = WITH_TICKET.map((r) => ({
  ...r,
  full: new RegExp(`^(?:${r.words})${SEP}${NUM}${SEP}([\\s\\S]*)$`, 'i'),
  bare: new RegExp(`^(?:${r.words})$`, 'i'),
  // "接单 abc", "查 12a": the verb, then a word of Latin letters where the number belongs.
  badNumber: new RegExp(`^(?:${r.words})[\\s,，:：]+#?\\s*(?=[0-9]*[A-Za-z])[A-Za-z0-9]+(?:\\s|$)`, 'i'),
}));

/** A slash and a Latin word: meant as a command, whatever follows. */
const SLASH_WORD = /^\/[A-Za-z][\w-]*(?=\s|$)/;

/** "#12 进度" / "12号工单进度" / "#12怎么样了": a resident asking where their ticket is. */
const STATUS = new RegExp(`^${NUM}\\s*(?:号)?(?:工单)?\\s*(?:的)?(?:进度|状态|处理(?:得)?怎么样了?|怎么样了|到哪了|办得怎么样了?)[?？。.!！]*$`);

function toInt(s: string): number | null {
  const n = chineseNumberToInt(s);
  return n !== null && n > 0 && Number.isSafeInteger(n) ? n : null;
}

export function parseCommand(input: string): Command | null {
  const text = chatText(input).trim();
  if (!text) return null;
  for (const [verb, re] of NO_TICKET) if (re.test(text)) return { verb } as Command;

  const status = STATUS.exec(text);
  if (status) {
    const n = toInt(status[1]!);
    if (n) return { verb: 'status', ticket: n };
  }

  for (const rule of ITEM_COMPILED) {
    const m = rule.full.exec(text);
    if (!m) {
      if (rule.bare.test(text)) return { verb: 'usage', of: rule.verb };
      continue;
    }
    const item = toInt(m[1]!);
    const rest = (m[2] ?? '').trim();
    if (!item) return { verb: 'usage', of: rule.verb };
    if (rule.verb === 'dismiss') return rest ? null : { verb: 'dismiss', item };
    return rest ? { verb: 'confirm', item, category: rest } : { verb: 'confirm', item };
  }

  for (const rule of COMPILED) {
    const m = rule.full.exec(text);
    if (!m) {
      if (rule.bare.test(text) || rule.badNumber.test(text)) return { verb: 'usage', of: rule.verb };
      continue;
    }
    const ticket = toInt(m[1]!);
    const rest = (m[2] ?? '').trim();
    if (!ticket) return { verb: 'usage', of: rule.verb };
    if (rule.rest === 'none' && rest) return null; // "查 12 楼的情况" is not a command
    if (rule.rest === 'required' && !rest) return { verb: 'usage', of: rule.verb, ticket };
    switch (rule.verb) {
      case 'claim':
        return { verb: 'claim', ticket };
      case 'show':
        return { verb: 'show', ticket };
      case 'transfer':
        return { verb: 'transfer', ticket, to: rest.replace(/^[@＠]/, '').split(/\s+/)[0]! };
      case 'recategorize':
        return { verb: 'recategorize', ticket, category: rest.split(/\s+/)[0]! };
      default:
        return { verb: rule.verb, ticket, text: rest };
    }
  }
  const slash = SLASH_WORD.exec(text);
  if (slash) return { verb: 'unknown', word: slash[0] };
  return null;
}

/** "没修好" / "还没解决" / "#12 还是没好": a reporter saying a resolved ticket is not fixed. */
const NOT_FIXED = /(?:没修好|没有修好|没弄好|还没(?:有)?(?:解决|修好|处理好|弄好)|没有解决|没解决|还是(?:没|不)(?:好|行)|根本没修|又不行了)/;

export function parseReopen(input: string): { ticket: number | null } | null {
  const text = chatText(input).trim();
  if (!NOT_FIXED.test(text) || text.length > 60) return null;
  const m = /#\s*(\d+)|(\d+)\s*号工单/.exec(text);
  const n = m ? toInt(m[1] ?? m[2]!) : null;
  return { ticket: n };
}
