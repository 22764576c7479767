import { type ListedVenue, venueListing } from '../listings';
import { siteHost } from './site-host';
import type { InlineLinkSource, SiteExamples } from './types';
import { venuePaper } from './venue';

const cvf = siteHost('openaccess.thecvf.com');
// The conferences with papers.cool listings, each with an index page per year (CVPR2024).
const LISTED = new Map<string, ListedVenue>([
  ['CVPR', 'CVPR'],
  ['ICCV', 'ICCV'],
  ['ECCV', 'ECCV'],
]);

const isLetters = (word: string) => /^[a-z]+$/i.test(word);
const isYear = (word: string) => /^\d{4}$/.test(word);

/**
 * The title words of a file name: `He_Bag_of_Tricks_CVPR_2019` gives "Bag of Tricks", the words
 * between the first author's name and the venue (`_2013_ICCV` before 2016). ECCV 2018 names start
 * with the author's first name and surname (`Sanghyun_Woo_Convolutional_Block_Attention_ECCV_2018`),
 * the others with the surname. Files before 2019 keep only the first three title words.
 */
function titleOfFileName(file: string): string {
  const last = file.lastIndexOf('_');
  const second = last > 0 ? file.lastIndexOf('_', last - 1) : -1;
  if (second < 0) return '';
  const [before, after] = [file.slice(second + 1, last), file.slice(last + 1)];
  const venue = isLetters(before) && isYear(after) ? before : isYear(before) && isLetters(after) ? after : '';
  if (!venue) return '';
  // Read in place: splitting the name into words took longer than matching the whole address.
  let titleStart = 0;
  for (let word = venue.toUpperCase() === 'ECCV' ? 2 : 1; word > 0; word--) {
    titleStart = file.indexOf('_', titleStart) + 1;
  }
  return titleStart > second ? '' : file.slice(titleStart, second).replace(/_+/g, ' ').trim();
}

export const cvfSource: InlineLinkSource = {
  name: 'cvf',
  label: 'CVF Open Access',
  rules: [
    cvf.rule(
      '/content/',
      /(CVPR|ICCV|WACV)(\d{4})\/(?:html|papers)\/([^\s/?#"'<>\uD800-\uDFFF]+)_paper\.(?:html|pdf)/,
      ([conference, year, file]) => {
        // The file stem ends in _<CONF>_<YEAR>; papers.cool keeps the stem without that tail.
        const tail = `_${conference}_${year}`;
        const stem = file.slice(0, -tail.length);
        return stem && file.toUpperCase().endsWith(tail.toUpperCase())
          ? venuePaper('cvf', `${stem}@${conference.toUpperCase()}${year}@CVF`)
          : undefined;
      },
    ),
    // Papers before 2021 (content_CVPR_2019/html/…, content_ECCV_2018/papers/…) and workshops
    // (content_CVPRW_2020/papers/w7/…, content/CVPR2023W/<workshop>/html/…) have no known papers.cool
    // form: their title words, which the file name carries, are searched for on the arXiv branch.
    cvf.rule(
      '/',
      /content(?:_[a-z]+_\d{4}(?:_workshops)?|\/[a-z]+\d{4}w)\/(?:[\w.-]+\/){1,3}([^\s/?#"'<>\uD800-\uDFFF]+)_paper\.(?:html|pdf)/,
      ([file]) => {
        const title = titleOfFileName(file);
        return title ? { search: title } : undefined;
      },
    ),
  ],
  // Generated lists double the first slash (docs/facts.md, link forms).
  paperPagePatterns: [cvf.pages('/content/'), cvf.pages('/content_'), cvf.pages('//content/')],
  listing: {
    pagePatterns: [...LISTED.keys()].map((conference) => cvf.pages(`/${conference}`)),
    read: ({ pathname }, now) => {
      const [, conference = '', year = ''] = /^\/([A-Z]+)(\d{4})\/?$/.exec(pathname) ?? [];
      return venueListing(LISTED.get(conference), Number(year), now);
    },
  },
  // Paper pages, and the conference indexes (CVPR2024?day=all), which get their listing link.
  linkPagePatterns: [
    cvf.pages('/content/*/html/', 'https'),
    ...[...LISTED.keys()].map((conference) => cvf.pages(`/${conference}`, 'https')),
  ],
};

/** Real-looking inputs and what must come out of them (`now` is EXAMPLES_NOW). Tests only. */
export const examples: SiteExamples = {
  ids: [
    {
      input:
        'https://openaccess.thecvf.com/content/CVPR2025/html/Park_SplineGS_Robust_Motion-Adaptive_Spline_for_Real-Time_Dynamic_3D_Gaussians_from_CVPR_2025_paper.html',
      expected: ['Park_SplineGS_Robust_Motion-Adaptive_Spline_for_Real-Time_Dynamic_3D_Gaussians_from@CVPR2025@CVF'],
    },
    {
      input: 'https://openaccess.thecvf.com/content/ICCV2023/papers/Lee_Some_Title_ICCV_2023_paper.pdf',
      expected: ['Lee_Some_Title@ICCV2023@CVF'],
    },
    {
      input: 'https://openaccess.thecvf.com/content/WACV2024/html/Kim_A_B_C_WACV_2024_paper.html',
      expected: ['Kim_A_B_C@WACV2024@CVF'],
    },
    {
      input: 'https://openaccess.thecvf.com//content/ICCV2023/html/Kirillov_Segment_Anything_ICCV_2023_paper.html',
      expected: ['Kirillov_Segment_Anything@ICCV2023@CVF'],
    },
    { input: 'https://openaccess.thecvf.com/content/CVPR2025/html/CVPR_2025_paper.html', expected: [] },
    { input: 'https://openaccess.thecvf.com/CVPR2025?day=all', expected: [] },
    {
      input:
        'http://openaccess.thecvf.com/content_CVPR_2019/html/He_Bag_of_Tricks_for_Image_Classification_with_Convolutional_Neural_Networks_CVPR_2019_paper.html',
      expected: ['search:Bag of Tricks for Image Classification with Convolutional Neural Networks'],
    },
    {
      input:
        'https://openaccess.thecvf.com/content_ECCV_2018/papers/Sanghyun_Woo_Convolutional_Block_Attention_ECCV_2018_paper.pdf',
      expected: ['search:Convolutional Block Attention'],
    },
    {
      input:
        'http://openaccess.thecvf.com/content_cvpr_2018/papers/Hu_Squeeze-and-Excitation_Networks_CVPR_2018_paper.pdf',
      expected: ['search:Squeeze-and-Excitation Networks'],
    },
    {
      input:
        'https://openaccess.thecvf.com/content_CVPRW_2020/papers/w7/Wang_CSPNet_A_New_Backbone_That_Can_Enhance_Learning_Capability_of_CVPRW_2020_paper.pdf',
      expected: ['search:CSPNet A New Backbone That Can Enhance Learning Capability of'],
    },
    {
      input:
        'https://openaccess.thecvf.com/content/CVPR2023W/CLVision/html/Smith_A_Closer_Look_at_Rehearsal-Free_Continual_Learning_CVPRW_2023_paper.html',
      expected: ['search:A Closer Look at Rehearsal-Free Continual Learning'],
    },
    {
      input:
        'http://openaccess.thecvf.com/content_iccv_2013/papers/Cai_Heterogeneous_Image_Features_2013_ICCV_paper.pdf',
      expected: ['search:Heterogeneous Image Features'],
    },
    { input: 'https://openaccess.thecvf.com/content_CVPR_2019/html/CVPR_2019_paper.html', expected: [] },
    { input: 'https://openaccess.thecvf.com/content/CVPR2025/html/Lee\udc00_Title_CVPR_2025_paper.html', expected: [] },
    {
      input: 'https://openaccess.thecvf.com/content/CVPR2025/supplemental/Park_X_CVPR_2025_supplemental.pdf',
      expected: [],
    },
  ],
  listings: [
    ['https://openaccess.thecvf.com/CVPR2024?day=all', 'https://papers.cool/venue/CVPR.2024'],
    ['https://openaccess.thecvf.com/ICCV2023', 'https://papers.cool/venue/ICCV.2023'],
    ['https://openaccess.thecvf.com/ICCV2013', 'https://papers.cool/venue/ICCV.2013'],
    ['https://openaccess.thecvf.com/CVPR1969', undefined],
    ['https://openaccess.thecvf.com/WACV2024', undefined],
    ['https://openaccess.thecvf.com/CVPR2024_workshops/menu', undefined],
    ['https://openaccess.thecvf.com/CVPR3024', undefined],
    ['https://openaccess.thecvf.com/constructor2024', undefined],
  ],
};
