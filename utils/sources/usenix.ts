import { venuePaper } from './venue';
import type { PaperSource } from './types';

export const usenixSource: PaperSource = {
  name: 'usenix',
  label: 'USENIX',
  branch: 'venue',
  rules: [
    {
      pattern: /\.org\/conference\/(?<=usenix\.org\/conference\/)([\w-]+)\/presentation\/([\w-]+)/,
      read: ([conference, slug]) => venuePaper('usenix', `${slug}@${conference}@USENIX`),
    },
  ],
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
