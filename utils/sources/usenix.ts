import { addressRule } from './address-rule';
import type { PaperSource, SourceExample } from './types';
import { venuePaper } from './venue';

export const usenixSource: PaperSource = {
  name: 'usenix',
  label: 'USENIX',
  branch: 'venue',
  rules: [
    addressRule('usenix.org', '/conference/', /([\w-]+)\/presentation\/([\w-]+)/, ([conference, slug]) =>
      venuePaper('usenix', `${slug}@${conference}@USENIX`),
    ),
  ],
  paperPagePatterns: ['*://*.usenix.org/conference/*/presentation/*'],
};

/** Real-looking inputs and what must come out of them (`now` is EXAMPLES_NOW). Tests only. */
export const usenixExamples: SourceExample[] = [
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
];
