import { addressRule } from './address-rule';
import { venuePaper } from './venue';
import type { InlineLinkSource, SourceExample } from './types';

export const cvfSource: InlineLinkSource = {
  name: 'cvf',
  label: 'CVF Open Access',
  branch: 'venue',
  rules: [
    addressRule(
      'openaccess.thecvf.com',
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
  ],
  paperPagePatterns: ['*://openaccess.thecvf.com/content/*'],
  linkPagePatterns: ['https://openaccess.thecvf.com/content/*/html/*'],
};

/** Real-looking inputs and what must come out of them (`now` is EXAMPLES_NOW). Tests only. */
export const cvfExamples: SourceExample[] = [
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
  { input: 'https://openaccess.thecvf.com/content/CVPR2025/html/CVPR_2025_paper.html', expected: [] },
  { input: 'https://openaccess.thecvf.com/CVPR2025?day=all', expected: [] },
  { input: 'https://openaccess.thecvf.com/content/CVPR2025/html/Lee\udc00_Title_CVPR_2025_paper.html', expected: [] },
  {
    input: 'https://openaccess.thecvf.com/content/CVPR2025/supplemental/Park_X_CVPR_2025_supplemental.pdf',
    expected: [],
  },
];
