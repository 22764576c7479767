import { findPapers } from './find-papers';
import { paperPageUrls, searchUrl } from './papers-cool';
import type { RedirectPlan } from './plan-redirect';
import { searchWords } from './search-words';

/** What a paper page says of itself in the citation meta tags that Google Scholar reads. */
export interface CitationMetadata {
  arxivId?: string;
  doi?: string;
  pdfUrl?: string;
  canonicalUrl?: string;
  title?: string;
  conferenceTitle?: string;
  journalTitle?: string;
}

/**
 * Runs in the page (through scripting.executeScript), so it uses nothing from outside its own body.
 * Each value is cut to 2 KiB: a page can put anything in its tags.
 */
export function readCitationMetadata(): CitationMetadata {
  // Some sites write `property=` where Google Scholar asks for `name=`.
  const content = (name: string) => {
    const value = document
      .querySelector(`meta[name="${name}"], meta[property="${name}"]`)
      ?.getAttribute('content')
      ?.trim();
    return value ? value.slice(0, 2048) : undefined;
  };
  // `href` is resolved against the page, so a relative canonical link reads as a whole address.
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return {
    arxivId: content('citation_arxiv_id'),
    doi: content('citation_doi'),
    pdfUrl: content('citation_pdf_url'),
    canonicalUrl: canonical ? canonical.slice(0, 2048) : undefined,
    title: content('citation_title'),
    conferenceTitle: content('citation_conference_title'),
    journalTitle: content('citation_journal_title'),
  };
}

const MAX_VALUE = 2048;

const METADATA_KEYS = [
  'arxivId',
  'doi',
  'pdfUrl',
  'canonicalUrl',
  'title',
  'conferenceTitle',
  'journalTitle',
] as const satisfies readonly (keyof CitationMetadata)[];

/** The metadata's string values only (what comes back from a page is data of any shape). */
function stringsOf(metadata: unknown): CitationMetadata {
  if (typeof metadata !== 'object' || metadata === null) return {};
  const values = metadata as Record<string, unknown>;
  return Object.fromEntries(
    METADATA_KEYS.flatMap((key) => {
      const value = values[key];
      return typeof value === 'string' && value.trim() ? [[key, value.trim().slice(0, MAX_VALUE)]] : [];
    }),
  );
}

// NeurIPS proceedings name the conference as a journal (docs/facts.md, citation metadata).
const CONFERENCE_JOURNALS = /^Advances in Neural Information Processing Systems\b/i;

/**
 * What a page's citation metadata opens: the paper its arXiv id, its DOI (arXiv's and the ACL
 * Anthology's name their papers), its PDF address or its canonical address names, in that order;
 * else a search for its title, among venue papers when it names a conference (NeurIPS as its
 * journal). Whatever the page wrote, only papers.cool addresses come out.
 */
export function planFromMetadata(metadata: unknown, now: Date = new Date()): RedirectPlan {
  const { arxivId, doi, pdfUrl, canonicalUrl, title, conferenceTitle, journalTitle } = stringsOf(metadata);
  for (const text of [arxivId && `arXiv:${arxivId}`, doi, pdfUrl, canonicalUrl]) {
    if (!text) continue;
    // A page names one paper; more ids in a tag are noise.
    const papers = findPapers(text, now).papers.slice(0, 1);
    if (papers.length) return { urls: paperPageUrls(papers), basis: 'metadata', papers, searches: [] };
  }
  const words = title ? searchWords(title) : '';
  if (!words) return { urls: [], basis: 'none', papers: [], searches: [] };
  const isConferencePaper = conferenceTitle !== undefined || CONFERENCE_JOURNALS.test(journalTitle ?? '');
  return {
    urls: [searchUrl(words, isConferencePaper ? 'venue' : 'arxiv')],
    basis: 'metadata',
    papers: [],
    searches: [words],
  };
}
