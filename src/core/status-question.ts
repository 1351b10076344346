import { chatText } from './chat-text';
import { normalizeBuildingName } from './building-name';
import { checkEmergency } from './parse/emergency';

/**
 * "Is it fixed yet?" and "pass it on" — two kinds of resident message that
 * are not new reports, told apart here without the intake classifier (pure).
 *
 * A status question names (or hints at) a problem and asks how it is going:
 * "我家那个电梯的事怎么样了", "门禁修好了吗？", "5号楼2单元的堆放杂物问题怎么样了？".
 * What is left after the asking words and fillers is the subject, matched
 * against the asker's open tickets by shared two-character words.
 */
export interface StatusQuestion {
  /** The problem asked about, "" when only the asking was said ("修好了没有"). */
  subject: string;
  /** A building named in the words ("5号楼…"), normalised; null when none. */
  building: string | null;
}

const MAX_LENGTH = 40;
const PARTICLES = '[啊呀呢啦哈嘛么吧]*[?？。.!！~～\\s]*';
// The asking words, at the end of the message.
const ASKING = new RegExp(
  '(?:' +
    [
      '(?:怎么样|怎样|咋样|如何)了',
      '(?:修|弄|搞|处理|解决|办|整)(?:好|完)?了?(?:吗|没有|没|么|嘛)',
      '好了(?:吗|没有|没|么)',
      '有(?:结果|进展|消息|回音|回复|人管|人处理)了?(?:吗|没有|没|么)',
      '(?:什么|啥|哪)(?:时候|天)(?:能|可以|会|才|来)?(?:修好|修|弄好|处理|解决|好|来修)',
      '进展(?:如何|怎么样)',
      '(?:还要|要等)多久',
      '(?:处理|办|修)到哪(?:一步)?了',
    ].join('|') +
    `)${PARTICLES}$`,
);
const LOCATION = /([0-9]+|[一二三四五六七八九十两]+)\s*(?:号楼|号|栋|幢)(?:\s*[0-9一二三四五六七八九十]+\s*单元)?(?:\s*[0-9]+\s*(?:室|号))?/;
const FILLERS =
  /请问|问一下|问下|你好|您好|麻烦|我家|我们家|我们|咱们|我|那个|这个|上次|之前|前几天|前两天|反映的|说的|报的|的事情|的事儿|的事|的问题|问题|的情况|情况|一下|到底|现在|还|能|的/g;

export function isStatusQuestion(input: string): StatusQuestion | null {
  const text = chatText(input).trim();
  if (!text || Array.from(text).length > MAX_LENGTH || /^#\s*\d|^\d+\s*号?工单/.test(text)) return null;
  const ask = ASKING.exec(text);
  if (!ask) return null;
  let rest = text.slice(0, ask.index);
  const loc = LOCATION.exec(rest);
  const building = loc ? normalizeBuildingName(`${loc[1]}号楼`) : null;
  if (loc) rest = rest.replace(loc[0], '');
  const subject = rest.replace(FILLERS, '').replace(/[\s,，、。.!！?？:：]+/g, '');
  // "今天天气怎么样了" has a subject but no problem: it is matched against
  // tickets only, so a subject that matches nothing changes nothing.
  return { subject, building };
}

/** Anything carrying a ticket's words: its text, summary and category label. */
export interface TicketWords {
  id: number;
  text: string;
  summary: string;
  categoryLabel: string;
}

/**
 * The tickets the question is about: those sharing the most two-character
 * words with the subject (every one when the subject is empty). Empty when
 * none shares any.
 */
export function matchStatusQuestion<T extends TicketWords>(q: StatusQuestion, tickets: readonly T[]): T[] {
  if (!q.subject) return [...tickets];
  const grams = bigrams(q.subject);
  let best = 0;
  let hits: T[] = [];
  for (const t of tickets) {
    const hay = `${chatText(t.text)}｜${t.summary}｜${t.categoryLabel}`;
    const score = grams.filter((g) => hay.includes(g)).length;
    if (score === 0 || score < best) continue;
    if (score > best) {
      best = score;
      hits = [];
    }
    hits.push(t);
  }
  return hits;
}

function bigrams(s: string): string[] {
  const chars = Array.from(s);
  if (chars.length < 2) return chars;
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return [...out];
}

// "通知大家，明天小区停水": a resident repeating what they heard, for the neighbours.
const RELAY_OPENING = /^(?:@\S+\s*)?(?:通知大家|告诉大家|提醒大家|转告大家|大家注意|各位邻居|各位业主|各位居民|邻居们|温馨提示|友情提示|友情提醒|转发)/;
const AHEAD = /明天|明早|明晚|后天|今晚|今天(?:上午|下午|晚上)|下周|下星期|周[一二三四五六日天]|星期[一二三四五六日天]|\d+\s*[号日点]|\d+\s*月|将于|预计/;

/**
 * A resident passing on news to the group (not a report): it opens with a
 * relay phrase and speaks of a time ahead. Never when it names an emergency:
 * "大家注意，3号楼冒烟了" is a report whatever its opening.
 */
export function isRelayedNews(input: string): boolean {
  const text = chatText(input).trim();
  if (!RELAY_OPENING.test(text) || !AHEAD.test(text)) return false;
  return checkEmergency(text).kind === null;
}
