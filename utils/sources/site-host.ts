import { addressRule } from './address-rule';
import type { MentionRule } from './types';

/**
 * One host of a site, written once: its id rules, its match patterns and its listing readers are
 * all made from it and a path. `subdomains`: the site also answers on `www.` (and other) subdomains.
 */
export function siteHost(host: string, { subdomains = false } = {}) {
  return {
    /** A rule for the paper addresses under `path` (see addressRule). */
    rule: (path: string, rest: RegExp, read: MentionRule['read']) => addressRule(host, path, rest, read),
    /** The match pattern of the pages whose path starts with `path`; content scripts run on https only. */
    pages: (path: string, scheme: '*' | 'https' = '*') => `${scheme}://${subdomains ? '*.' : ''}${host}${path}*`,
  };
}

/** `pattern` read against what follows `path` in the path of `url` (null when the path is elsewhere). */
export function readPath(url: URL, path: string, pattern: RegExp): RegExpExecArray | null {
  return url.pathname.startsWith(path) ? pattern.exec(url.pathname.slice(path.length)) : null;
}
