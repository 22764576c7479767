import { describe, expect, it } from 'vitest';

import { VENUE_LISTINGS } from '../../utils/listings';
import { matchPatternTest } from '../../utils/match-patterns';
import { listingOfAddress, listingPagePatterns } from '../../utils/sources';
import { EXAMPLES_NOW } from '../../utils/sources/types';
import { listingExamples } from '../support/site-examples';

const matchPatternCovers = (pattern: string, address: string) => matchPatternTest(pattern)(new URL(address));

describe('listingOfAddress', () => {
  it.each(listingExamples)('reads %s as %s', (address, url) => {
    expect(listingOfAddress(address, EXAMPLES_NOW)?.url).toBe(url);
  });

  it("reads no address whose host isn't ASCII, as browsers never hand one over", () => {
    expect(listingOfAddress('https://\uFF41rxiv.org/list/cs.AI/new', EXAMPLES_NOW)).toBeUndefined();
    expect(listingOfAddress(`https://a${'\u0316\u0301'.repeat(4000)}/list/cs.AI/new`, EXAMPLES_NOW)).toBeUndefined();
    expect(listingOfAddress('https://ARXIV.org/list/cs.AI/new?skip=0', EXAMPLES_NOW)?.url).toBe(
      'https://papers.cool/arxiv/cs.AI',
    );
  });

  it.each([
    'https://aclanthology.org/events/constructor-2024/',
    'https://www.usenix.org/conference/constructor24/technical-sessions',
    'https://openaccess.thecvf.com/constructor2024',
    'https://constructor/list/cs.AI/new',
    'https://__proto__/list/cs.AI/new',
  ])("finds no object's built-in property where it looks a name or host up: %s", (address) => {
    expect(listingOfAddress(address, EXAMPLES_NOW)).toBeUndefined();
  });

  it('names the listing and its feed', () => {
    expect(listingOfAddress('https://openreview.net/group?id=ICLR.cc/2025/Conference', EXAMPLES_NOW)).toEqual({
      name: 'ICLR 2025',
      url: 'https://papers.cool/venue/ICLR.2025',
      feedUrl: 'https://papers.cool/venue/ICLR.2025/feed',
    });
    expect(listingOfAddress('https://arxiv.org/list/cs.AI/new', EXAMPLES_NOW)).toMatchObject({
      name: 'arXiv cs.AI',
      feedUrl: 'https://papers.cool/arxiv/cs.AI/feed',
    });
  });

  it('builds venue names only from its table', () => {
    for (const [address, url] of listingExamples) {
      const venue = url && /\/venue\/([^./]+)\./.exec(url)?.[1];
      if (venue) expect(Object.keys(VENUE_LISTINGS), address).toContain(venue);
    }
  });

  it.each([
    '',
    'not a url',
    'https://[::1',
    'https://arxiv.org/list/',
    'https://openreview.net/group?id=',
    'https://openreview.net/group',
  ])('gives nothing for %j', (address) => {
    expect(listingOfAddress(address, EXAMPLES_NOW)).toBeUndefined();
  });

  it('has a menu pattern for every listing page it reads', () => {
    for (const [address, url] of listingExamples) {
      if (url)
        expect(
          listingPagePatterns.some((pattern) => matchPatternCovers(pattern, address)),
          address,
        ).toBe(true);
    }
  });
});
