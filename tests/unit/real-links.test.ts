// Every link form and id mention of the corpus in tests/fixtures/real-links (2 600+ entries from
// public reading lists, bibliographies and proceedings lists; its README says where each was seen)
// must give the papers.cool id written next to it, alone and inside documents made of them.
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { findPapers } from '../../utils/find-papers';
import { EXAMPLES_NOW } from '../../utils/sources/types';

interface Entry {
  repo: string;
  path: string;
  text: string;
  /** papers.cool ids, `search:<query>` for a search, none for text that names no paper. */
  expected: string[];
}

const entries: Entry[] = readFileSync('tests/fixtures/real-links/links.tsv', 'utf8')
  .trimEnd()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [repo, path, text, expected] = line.split('\t');
    return {
      repo,
      path,
      text,
      expected: expected === '-' ? [] : expected.replace(/search-title:/g, 'search:').split(','),
    };
  });

/**
 * Where the title search is known to differ from the title: the first author's name takes three
 * words of the file name, which can't be told from a title word.
 */
const KNOWN_DIFFERENCES: Record<string, string[]> = {
  'http://openaccess.thecvf.com/content_ECCV_2018/html/Zi_Jian_Yew_3DFeat-Net_Weakly_Supervised_ECCV_2018_paper.html': [
    'search:Yew 3DFeat-Net Weakly Supervised',
  ],
};

const read = (text: string) => {
  const { papers, searches } = findPapers(text, EXAMPLES_NOW);
  return [...papers.map((paper) => paper.id), ...searches.map((query) => `search:${query}`)];
};

describe('the corpus of real link forms', () => {
  it('is large and varied enough to mean something', () => {
    expect(entries.length).toBeGreaterThanOrEqual(2000);
    expect(new Set(entries.map((entry) => entry.repo)).size).toBeGreaterThanOrEqual(30);
    const ids = entries.flatMap((entry) => entry.expected);
    for (const suffix of ['@OpenReview', '@ACL', '@IJCAI', '@PMLR', '@AAAI', '@CVF', '@USENIX']) {
      expect(ids.filter((id) => id.endsWith(suffix)).length, suffix).toBeGreaterThanOrEqual(20);
    }
    expect(ids.filter((id) => /^\d{4}\.\d{4,5}$/.test(id)).length).toBeGreaterThanOrEqual(500);
  });

  it.each(entries.map((entry) => [entry.text, entry] as const))('reads %s', (text, { expected }) => {
    expect(read(text)).toEqual(KNOWN_DIFFERENCES[text] ?? expected);
  });

  // Real documents put en dashes, curly quotes, CJK punctuation and escaped commas around links.
  const SEPARATORS = [' – ', '”，“', '、', '%2C ', ' — ', '；', '\n* ', '）（', ' · ', '\u00a0'];

  it('reads the same papers from documents made of the entries, in order', () => {
    const positives = entries.filter((entry) => entry.expected.length && !KNOWN_DIFFERENCES[entry.text]);
    for (let first = 0; first < positives.length; first += 150) {
      const chunk = positives.slice(first, first + 150);
      const document = chunk.map((entry, i) => entry.text + SEPARATORS[i % SEPARATORS.length]).join('');
      const expectedIds = [
        ...new Set(chunk.flatMap((entry) => entry.expected.filter((id) => !id.startsWith('search:')))),
      ];
      const expectedSearches = [
        ...new Set(chunk.flatMap((entry) => entry.expected.filter((id) => id.startsWith('search:')))),
      ];
      expect(read(document)).toEqual([...expectedIds, ...expectedSearches]);
    }
  });
});
