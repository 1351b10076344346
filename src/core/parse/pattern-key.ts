/**
 * A pattern's key: a set of characters such that every match of the pattern
 * contains at least one of them, read off the regular expression's source.
 * The emergency patterns are long alternations tried at every position of
 * every message; a message holding none of a pattern's key characters cannot
 * match it, so one scan for the keys tells which patterns are worth running
 * (pattern-filter.ts).
 *
 * How a key is read: a literal character is a clause ("this one"); a class
 * like [晕昏] or a group (?:孩子|小孩|老人) is a clause of several ("one of
 * these"), a group taking the best clause of each of its branches. A sequence
 * must satisfy all its clauses, so it keeps its cheapest one (`weight`: how
 * common its characters are); an alternation must satisfy one branch, so its
 * key is the union of its branches' clauses. Anything optional (?, *, {0,n}),
 * any lookaround (it consumes nothing), `.`, a negated class and ASCII give no
 * clause. A branch with no clause at all leaves the whole pattern without a
 * key (null: it always runs), as does syntax this reader does not know (a
 * backreference, a named group, a Unicode flag).
 */

class Unknown extends Error {}

type Clause = Set<string>;

export type CharWeight = (c: string) => number;

function isAscii(c: string): boolean {
  return c.charCodeAt(0) < 0x80;
}

class Reader {
  private at = 0;
  constructor(
    private readonly src: string,
    private readonly weight: CharWeight,
  ) {}

  key(): Clause | null {
    const key = this.disjunction();
    if (this.at !== this.src.length) throw new Unknown(`unexpected ")" at ${this.at}`);
    return key;
  }

  private peek(): string | undefined {
    return this.src[this.at];
  }

  private cost(clause: Clause): number {
    let sum = 0;
    for (const c of clause) sum += this.weight(c);
    return sum;
  }

  /** Union of the branches' clauses; null when a branch has none. */
  private disjunction(): Clause | null {
    let union: Clause | null = this.alternative();
    while (this.peek() === '|') {
      this.at++;
      const next = this.alternative();
      union = union === null || next === null ? null : new Set([...union, ...next]);
    }
    return union;
  }

  /** The cheapest clause of a sequence; null when nothing in it is required. */
  private alternative(): Clause | null {
    let best: Clause | null = null;
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) {
      const clause = this.term();
      const min = this.quantifierMin();
      if (min > 0 && clause !== null && (best === null || this.cost(clause) < this.cost(best))) best = clause;
    }
    return best;
  }

  /** One atom or assertion: the clause it satisfies when it occurs once. */
  private term(): Clause | null {
    const c = this.src[this.at++]!;
    switch (c) {
      case '^':
      case '$':
      case '.':
        return null;
      case '\\':
        return this.escape();
      case '[':
        return this.charClass();
      case '(':
        return this.group();
      case '*':
      case '+':
      case '?':
      case '{':
        throw new Unknown(`quantifier without an atom at ${this.at - 1}`);
      default:
        return isAscii(c) ? null : new Set([c]);
    }
  }

  private escape(): null {
    const c = this.src[this.at++];
    if (c === undefined) throw new Unknown('trailing backslash');
    // \d \s \w \b and friends, or an escaped ASCII mark: no CJK clause.
    if (/[dDsSwWbB.\\/?*+()[\]{}|^$\-!]/.test(c)) return null;
    throw new Unknown(`escape \\${c}`);
  }

  private charClass(): Clause | null {
    const start = this.at;
    const negated = this.peek() === '^';
    if (negated) this.at++;
    const members: string[] = [];
    let plain = true;
    while (this.peek() !== ']') {
      const c = this.src[this.at++];
      if (c === undefined) throw new Unknown(`unclosed class at ${start}`);
      if (c === '\\') {
        const e = this.src[this.at++];
        if (e === undefined) throw new Unknown('trailing backslash in class');
        if (/[a-zA-Z0-9]/.test(e) && !/[dDsSwW]/.test(e)) throw new Unknown(`class escape \\${e}`);
        plain = false; // a shorthand or an escaped mark: ASCII members
        continue;
      }
      if (c === '-' && members.length > 0 && this.peek() !== ']') plain = false; // a range
      if (isAscii(c)) plain = false;
      members.push(c);
    }
    this.at++; // ']'
    return negated || !plain || members.length === 0 ? null : new Set(members);
  }

  private group(): Clause | null {
    let lookaround = false;
    if (this.peek() === '?') {
      const head = this.src.slice(this.at, this.at + 3);
      if (head.startsWith('?:')) this.at += 2;
      else if (head.startsWith('?=') || head.startsWith('?!')) {
        this.at += 2;
        lookaround = true;
      } else if (head === '?<=' || head === '?<!') {
        this.at += 3;
        lookaround = true;
      } else throw new Unknown(`group ${head} at ${this.at}`);
    }
    const clause = this.disjunction();
    if (this.src[this.at++] !== ')') throw new Unknown('unclosed group');
    return lookaround ? null : clause;
  }

  /** The least number of times the atom just read must occur (1 with no quantifier). */
  private quantifierMin(): number {
    const c = this.peek();
    let min = 1;
    if (c === '*' || c === '?') {
      this.at++;
      min = 0;
    } else if (c === '+') this.at++;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(this.src.slice(this.at));
      if (!m) throw new Unknown(`bad quantifier at ${this.at}`);
      this.at += m[0].length;
      min = Number(m[1]);
    } else return min;
    if (this.peek() === '?') this.at++; // lazy
    return min;
  }
}

/**
 * Characters one of which every match of `re` contains; null when no such
 * set can be read (a branch requires no CJK character, or unknown syntax).
 */
export function patternKey(re: RegExp, weight: CharWeight = () => 1): Set<string> | null {
  if (re.flags.includes('u') || re.flags.includes('v')) return null;
  try {
    return new Reader(re.source, weight).key();
  } catch (e) {
    if (e instanceof Unknown) return null;
    throw e;
  }
}
