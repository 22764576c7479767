import { describe, expect, it } from 'vitest';

import { MAX_SEARCH_CHARS, searchWords } from '../../utils/search-words';

describe('searchWords', () => {
  it('keeps at most 32 words', () => {
    const words = Array.from({ length: 50 }, (_, i) => `w${i}`);
    expect(searchWords(words.join(' ')).split(' ')).toEqual(words.slice(0, 32));
  });

  it('keeps at most 300 characters, cutting a single long word by code points', () => {
    expect([...searchWords('𝒳'.repeat(1000))]).toHaveLength(MAX_SEARCH_CHARS);
    const long = Array.from({ length: 30 }, () => 'abcdefghijklmnop').join(' ');
    expect(searchWords(long).length).toBeLessThanOrEqual(MAX_SEARCH_CHARS);
    expect(searchWords(long).split(' ')).toHaveLength(17);
  });

  it.each([
    ['words after 20 000 characters of punctuation', `${'— '.repeat(10_000)}diffusion models`, 'diffusion models'],
    ['a word where a 4 096-character piece would end', `${'-'.repeat(4090)}attention heads`, 'attention heads'],
    ['a word with a zero-width space where a piece would end', `${'-'.repeat(4090)}Trans\u200bformer`, 'Transformer'],
    ['an escaped space where a piece would end', `${'-'.repeat(4095)}%20graph%20networks`, 'graph networks'],
    ['a symbol that normalises to a letter where a piece would end', `${'.'.repeat(4095)}\u2f2ex y`, '\u5ddbx y'],
    ['full-width letters and a soft hyphen far in', `${'· '.repeat(5000)}Ｔｒａｎｓ\u00adｆｏｒｍｅｒ`, 'Transformer'],
    [
      'a letter under 16 000 alternating combining marks (Zalgo)',
      `a${'\u0316\u0301'.repeat(16_000)} b`,
      `a\u0316\u0301\u0316\u0301 b`.normalize('NFKC'),
    ],
    ['a run of one CJK character longer than a piece', '论'.repeat(10_000), '论'.repeat(MAX_SEARCH_CHARS)],
  ])('finds the search words in %s', (_, text, expected) => {
    expect(searchWords(text)).toBe(expected);
  });
});
