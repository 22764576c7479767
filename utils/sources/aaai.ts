import { scanMentions, venuePaper } from './scan';
import type { PaperSource } from './types';

const ARTICLE_URL = /ojs\.aaai\.org\/index\.php\/AAAI\/article\/(?:view|download)\/(\d+)(?!\d)/gi;

export const aaaiSource: PaperSource = {
  name: 'aaai',
  label: 'AAAI',
  branch: 'venue',
  findMentions: (text) =>
    scanMentions(text, ARTICLE_URL, ([, article]) => venuePaper('aaai', `${Number(article)}@AAAI`)),
  paperPagePatterns: ['*://ojs.aaai.org/index.php/AAAI/article/*'],
  examples: [
    { input: 'https://ojs.aaai.org/index.php/AAAI/article/view/36963', expected: ['36963@AAAI'] },
    { input: 'https://ojs.aaai.org/index.php/AAAI/article/view/36963/40925', expected: ['36963@AAAI'] },
    { input: 'https://ojs.aaai.org/index.php/AAAI/article/download/36963/40925', expected: ['36963@AAAI'] },
    { input: 'https://ojs.aaai.org/index.php/AAAI/issue/view/624', expected: [] },
    { input: 'https://ojs.aaai.org/index.php/AIES/article/view/31612', expected: [] },
  ],
};
