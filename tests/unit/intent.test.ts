import { describe, expect, it } from 'vitest';

import { interpretInput } from '../../utils/intent';
import { describePaper } from '../../utils/sources';
import { EXAMPLES_NOW } from '../../utils/sources/types';

const now = EXAMPLES_NOW;

describe('interpretInput', () => {
  it.each<[string, 'arxiv' | 'venue', unknown]>([
    ['2410.12345', 'arxiv', { kind: 'open', urls: ['https://papers.cool/arxiv/2410.12345'] }],
    [
      'https://openreview.net/forum?id=NGB6YNnO5o',
      'arxiv',
      { kind: 'open', urls: ['https://papers.cool/venue/NGB6YNnO5o@OpenReview'] },
    ],
    [
      '2410.12345 2409.01234 2024.acl-long.1',
      'venue',
      {
        kind: 'open',
        urls: ['https://papers.cool/arxiv/2410.12345,2409.01234', 'https://papers.cool/venue/2024.acl-long.1@ACL'],
      },
    ],
    [
      'diffusion distillation',
      'arxiv',
      {
        kind: 'search',
        query: 'diffusion distillation',
        branch: 'arxiv',
        urls: ['https://papers.cool/arxiv/search?highlight=1&query=diffusion%20distillation'],
      },
    ],
    [
      'diffusion distillation',
      'venue',
      {
        kind: 'search',
        branch: 'venue',
        urls: ['https://papers.cool/venue/search?highlight=1&query=diffusion%20distillation'],
      },
    ],
    [
      'hep-th/9901001',
      'arxiv',
      {
        kind: 'search',
        query: 'hep-th/9901001',
        urls: ['https://papers.cool/arxiv/search?highlight=1&query=hep-th%2F9901001'],
      },
    ],
    ['2410.12345 math.GT/0309136', 'arxiv', { kind: 'open', names: ['arXiv 2410.12345', 'math.GT/0309136'] }],
    ['', 'arxiv', { kind: 'empty' }],
    ['   ?!  ', 'arxiv', { kind: 'empty' }],
  ])('reads %j (search on %s)', (text, branch, expected) => {
    expect(interpretInput(text, branch, now)).toMatchObject(expected as object);
  });
});

describe('describePaper', () => {
  it.each([
    [{ branch: 'arxiv', id: '2410.12345', source: 'arxiv' }, 'arXiv 2410.12345'],
    [{ branch: 'venue', id: 'NGB6YNnO5o@OpenReview', source: 'openreview' }, 'OpenReview NGB6YNnO5o'],
    [{ branch: 'venue', id: '267@2026@IJCAI', source: 'ijcai' }, 'IJCAI 267@2026'],
  ] as const)('names %j', (paper, name) => {
    expect(describePaper(paper)).toBe(name);
  });
});
