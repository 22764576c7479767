import { scanMentions, venuePaper } from './scan';
import type { PaperSource } from './types';

const PRESENTATION_URL = /usenix\.org\/conference\/([\w-]+)\/presentation\/([\w-]+)/gi;

export const usenixSource: PaperSource = {
  name: 'usenix',
  label: 'USENIX',
  branch: 'venue',
  findMentions: (text) =>
    scanMentions(text, PRESENTATION_URL, ([, conference, slug]) =>
      venuePaper('usenix', `${slug}@${conference}@USENIX`),
    ),
  paperPagePatterns: ['*://*.usenix.org/conference/*/presentation/*'],
  examples: [
    {
      input: 'https://www.usenix.org/conference/usenixsecurity24/presentation/xu-haichuan',
      expected: ['xu-haichuan@usenixsecurity24@USENIX'],
    },
    {
      input: 'https://www.usenix.org/conference/osdi24/presentation/zhang-wei?ref=list',
      expected: ['zhang-wei@osdi24@USENIX'],
    },
    { input: 'https://www.usenix.org/conference/osdi24/technical-sessions', expected: [] },
    { input: 'https://www.usenix.org/publications/login', expected: [] },
  ],
};
