import type { MentionRule } from './types';

const escape = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Whether `lower` (lower case ASCII) ends at `end` in `text`, in any case: no copy of the text is made. */
function endsWithLowerCase(text: string, end: number, lower: string): boolean {
  const start = end - lower.length;
  if (start < 0) return false;
  for (let i = 0; i < lower.length; i++) {
    const code = text.charCodeAt(start + i);
    if ((code >= 65 && code <= 90 ? code + 32 : code) !== lower.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * A rule for a paper address on one site: `host` (e.g. `ojs.aaai.org`), then `path`, the literal
 * start of the path (`/index.php/AAAI/`), then `rest`, a pattern of what follows, whose capture
 * groups go to `read`. Doubled slashes count as one, as servers read them (generated proceedings
 * lists write `openaccess.thecvf.com//content/…`); `rest` writes each slash as `\/`.
 *
 * The scan anchors rules at a `.` or `/` (see MentionRule): this one anchors at the host's last dot,
 * checks the rest of the host before it cheaply, and puts the host in a look-behind.
 */
export function addressRule(host: string, path: string, rest: RegExp, read: MentionRule['read']): MentionRule {
  const lastDot = host.lastIndexOf('.');
  const hostHead = host.slice(0, lastDot).toLowerCase();
  const topLevel = host.slice(lastDot + 1);
  const pathAfterHost = path.split('/').filter(Boolean).map(escape).join('\\/+');
  // A slash that is itself optional or repeated (`\/?`) is left as written.
  const restWithSlashes = rest.source.replace(/\\\/(?![?*+{])/g, '\\/+');
  return {
    pattern: new RegExp(
      `\\.${escape(topLevel)}\\/(?<=${escape(host)}\\/)\\/*${pathAfterHost}${pathAfterHost && path.endsWith('/') ? '\\/+' : ''}${restWithSlashes}`,
    ),
    mayMatchAt: (text, at) => endsWithLowerCase(text, at, hostHead),
    read,
  };
}
