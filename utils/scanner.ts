import { normaliseForIds } from './normalise';
import type { MentionRule, PaperSource, Recognised } from './sources';

export type MentionScanner = (text: string, now: Date) => Recognised[];

type ReadAt = NonNullable<MentionRule['readAt']>;

const ASCII = 128;
const DIGITS = '0123456789';
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * What a rule's pattern says about its anchor and what follows it (see MentionRule): the anchor,
 * the literal text right after it (lower-cased), and the characters that may come next.
 */
export function anchorOf(pattern: RegExp): { anchor: string; literal: string; next: string } {
  const { source } = pattern;
  const [, anchor = '', written = ''] = /^\\([./])((?:[A-Za-z0-9]|\\[./])*)/.exec(source) ?? [];
  const after = source.slice(2 + written.length);
  const literal = written.replace(/\\/g, '').toLowerCase();
  const next = /^[?*+{]/.test(after)
    ? '' // a quantified literal may be absent
    : literal
      ? literal[0]
      : after.startsWith('(?=\\d')
        ? DIGITS
        : after.startsWith('(?=[a-z]')
          ? LETTERS
          : '';
  if (!anchor || !next) throw new Error(`The scan can't anchor ${source}`);
  return { anchor, literal, next };
}

/** Whether `literal` (lower case) follows position `at`, in any case of ASCII letters. */
function literalFollows(text: string, at: number, literal: string): boolean {
  for (let i = 0; i < literal.length; i++) {
    const code = text.charCodeAt(at + 1 + i);
    const wanted = literal.charCodeAt(i);
    if (code !== wanted && !(wanted >= 97 && wanted <= 122 && code === wanted - 32)) return false;
  }
  return true;
}

/** Reads a rule's mention by running its pattern at the anchor. */
export function readWithPattern(rule: MentionRule): ReadAt {
  const sticky = new RegExp(rule.pattern.source, 'iy');
  return (text, at, now, found) => {
    sticky.lastIndex = at;
    const match = sticky.exec(text);
    if (!match) return -1;
    const recognised = rule.read(match.slice(1), now, text, at);
    if (recognised) found.push(recognised);
    return sticky.lastIndex;
  };
}

/** Where the next `anchor` from `from` on is; the text's length when there is none. */
function anchorAfter(text: string, anchor: string, from: number): number {
  const at = text.indexOf(anchor, from);
  return at < 0 ? text.length : at;
}

/** A rule as the scan tries it: the cheap checks first, then the reader. */
interface Reader {
  literal: string;
  mayMatchAt?: MentionRule['mayMatchAt'];
  readAt: ReadAt;
}

const NO_READERS: Reader[] = [];

/**
 * Compiles the rules of the sources into one scanner, so a text is read in a single pass however
 * many sources there are. The scan jumps between anchors with indexOf and, at each, tries only the
 * rules whose pattern can go on with the next character. Mentions come out in text order; a mention
 * is passed over whole, and where rules would read the same anchor, the earlier rule wins. Words
 * with characters that copies slip into ids (full-width digits, invisible characters) are
 * normalised first.
 */
export function compileScanner(sources: readonly PaperSource[]): MentionScanner {
  // For each anchor, the readers to try for each ASCII character that may follow it, in rule order.
  const dispatch: Record<string, (Reader[] | undefined)[]> = { '.': new Array(ASCII), '/': new Array(ASCII) };
  for (const rule of sources.flatMap((source) => source.rules)) {
    const { anchor, literal, next } = anchorOf(rule.pattern);
    const reader: Reader = { literal, mayMatchAt: rule.mayMatchAt, readAt: rule.readAt ?? readWithPattern(rule) };
    for (const character of new Set(next + next.toUpperCase())) {
      (dispatch[anchor][character.charCodeAt(0)] ??= []).push(reader);
    }
  }

  function scan(text: string, now: Date): Recognised[] {
    const found: Recognised[] = [];
    const afterDot = dispatch['.'];
    const afterSlash = dispatch['/'];
    let dot = anchorAfter(text, '.', 0);
    let slash = anchorAfter(text, '/', 0);
    while (dot < text.length || slash < text.length) {
      const at = dot < slash ? dot : slash;
      let resume = at + 1;
      for (const reader of (at === dot ? afterDot : afterSlash)[text.charCodeAt(at + 1)] ?? NO_READERS) {
        if (reader.literal && !literalFollows(text, at, reader.literal)) continue;
        if (reader.mayMatchAt && !reader.mayMatchAt(text, at)) continue;
        const end = reader.readAt(text, at, now, found);
        if (end < 0) continue;
        resume = end;
        break;
      }
      if (dot < resume) dot = anchorAfter(text, '.', resume);
      if (slash < resume) slash = anchorAfter(text, '/', resume);
    }
    return found;
  }

  return (text, now) => scan(normaliseForIds(text), now);
}
