import { venueListing } from '../listings';
import { readPath, siteHost } from './site-host';
import type { PaperSource, SiteExamples } from './types';

// The proceedings' hosts, old and new; paper folders moved under /paper_files/ in about 2022.
const hosts = ['proceedings.neurips.cc', 'papers.nips.cc', 'papers.neurips.cc'].map((host) => siteHost(host));
const PAPER_FOLDERS = ['/paper_files/paper/', '/paper/'];

/** NeurIPS proceedings: no papers.cool id form, so paper pages are read for their citation metadata. */
export const neuripsSource: PaperSource = {
  name: 'neurips',
  label: 'NeurIPS',
  rules: [],
  paperPagePatterns: [],
  listing: {
    pagePatterns: hosts.flatMap((host) => PAPER_FOLDERS.map((folder) => host.pages(folder))),
    read: (url, now) => {
      const year = PAPER_FOLDERS.map((folder) => readPath(url, folder, /^(\d{4})\/?$/)?.[1]).find(Boolean);
      return venueListing('NeurIPS', Number(year), now);
    },
  },
  metadataPagePatterns: hosts.flatMap((host) => PAPER_FOLDERS.map((folder) => host.pages(`${folder}*/hash/`))),
};

/** Real addresses and what must come out of them (`now` is EXAMPLES_NOW). Tests only. */
export const examples: SiteExamples = {
  listings: [
    ['https://proceedings.neurips.cc/paper_files/paper/2023', 'https://papers.cool/venue/NeurIPS.2023'],
    ['https://papers.nips.cc/paper_files/paper/2022/', 'https://papers.cool/venue/NeurIPS.2022'],
    ['https://proceedings.neurips.cc/paper/2020', 'https://papers.cool/venue/NeurIPS.2020'],
    ['https://proceedings.neurips.cc/paper/1987', 'https://papers.cool/venue/NeurIPS.1987'],
    ['https://proceedings.neurips.cc/paper_files/paper/2023/hash/0001-Abstract-Conference.html', undefined],
  ],
  metadataPages: [
    'https://proceedings.neurips.cc/paper/1988/hash/006f52e9102a8d3be2fe5614f42ba989-Abstract.html',
    'https://papers.nips.cc/paper_files/paper/2020/hash/55053683268957697aa39fba6f231c68-Abstract.html',
  ],
};
