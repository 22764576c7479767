import { isDigit } from './characters';
import { isPlausibleYear, venuePaper } from './venue';
import type { InlineLinkSource, SourceExample } from './types';

export const aclSource: InlineLinkSource = {
  name: 'acl',
  label: 'ACL Anthology',
  branch: 'venue',
  rules: [
    {
      // New-style ids (2024.acl-long.123) are distinctive enough to be read from plain text.
      pattern: /\.(?=[a-z]{2})(?<=(?<![0-9A-Za-z.-])((?:19|20)\d\d)\.)([a-z]{2,}(?:-[a-z0-9]+)*)\.(\d{1,4})(?:v\d+)?(?![0-9A-Za-z]|\.\d)/,
      // Most dots before letters end an abbreviation or a host name, not a year.
      mayMatchAt: (text, at) => isDigit(text.charCodeAt(at - 1)),
      read: ([year, volume, number], now) =>
        isPlausibleYear(Number(year), now) && Number(number) > 0
          ? venuePaper('acl', `${year}.${volume.toLowerCase()}.${Number(number)}@ACL`)
          : undefined,
    },
    {
      // Old-style ids (P19-1001) look like part numbers, so only inside Anthology URLs.
      pattern: /\.org\/(?:(?<=aclanthology\.org\/)|(?<=aclweb\.org\/)anthology\/)(?:[A-Z]\/[A-Z]\d\d\/)?([A-Z]\d\d-\d{4})(?:v\d+)?(?![0-9A-Za-z])/,
      read: ([id]) => venuePaper('acl', `${id.toUpperCase()}@ACL`),
    },
  ],
  paperPagePatterns: [
    // Paper pages start with a digit (new ids) or a capital letter (old ids); /events/ etc. don't.
    ...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((first) => `*://aclanthology.org/${first}*`),
    '*://*.aclweb.org/anthology/*',
  ],
  linkPagePatterns: ['https://aclanthology.org/*'],
};

/** Real-looking inputs and what must come out of them (`now` is EXAMPLES_NOW). Tests only. */
export const aclExamples: SourceExample[] = [
  { input: 'https://aclanthology.org/2024.acl-long.1/', expected: ['2024.acl-long.1@ACL'] },
  { input: 'https://aclanthology.org/2025.findings-emnlp.1099.pdf', expected: ['2025.findings-emnlp.1099@ACL'] },
  { input: 'https://aclanthology.org/2023.emnlp-main.45v2.pdf', expected: ['2023.emnlp-main.45@ACL'] },
  { input: 'https://aclanthology.org/2024.acl-long.123.bib', expected: ['2024.acl-long.123@ACL'] },
  { input: 'https://aclanthology.org/2024.tacl-1.5', expected: ['2024.tacl-1.5@ACL'] },
  { input: 'https://aclanthology.org/P19-1001/', expected: ['P19-1001@ACL'] },
  { input: 'https://aclanthology.org/W15-4007.pdf', expected: ['W15-4007@ACL'] },
  { input: 'https://aclanthology.org/N18-1202v2.pdf', expected: ['N18-1202@ACL'] },
  { input: 'http://www.aclweb.org/anthology/D14-1162', expected: ['D14-1162@ACL'] },
  { input: 'https://www.aclweb.org/anthology/P/P17/P17-1044.pdf', expected: ['P17-1044@ACL'] },
  { input: 'Anthology ID: 2023.findings-emnlp.45', expected: ['2023.findings-emnlp.45@ACL'] },
  { input: '论文2024.acl-long.123已收录', expected: ['2024.acl-long.123@ACL'] },
  // Not papers: listings, people, events; old ids outside the Anthology; bad numbers.
  { input: 'https://aclanthology.org/volumes/2024.acl-long/', expected: [] },
  { input: 'https://aclanthology.org/events/acl-2024/', expected: [] },
  { input: 'https://aclanthology.org/people/j/jane-doe/', expected: [] },
  { input: 'https://aclanthology.org/venues/acl/', expected: [] },
  { input: 'part P19-1001 in stock', expected: [] },
  { input: '2024.acl-long.0', expected: [] },
  { input: '2024.acl-long.12345', expected: [] },
  { input: 'v2024.acl-long.1', expected: [] },
];
