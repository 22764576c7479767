// @vitest-environment happy-dom
// utils/inline/pmlr.ts and after-pdf-link.ts: the links on PMLR, IJCAI, CVF and AAAI paper pages.
import { describe, expect, it } from 'vitest';

import { addLinkAfterPdfLink } from '../../utils/inline/after-pdf-link';
import { addPmlrLink } from '../../utils/inline/pmlr';
import { aaaiSource } from '../../utils/sources/aaai';
import { cvfSource } from '../../utils/sources/cvf';
import { EXAMPLES_NOW as now } from '../../utils/sources/types';
import { proceedingsPage } from '../fixtures/proceedings-pages';
import { fixture, hrefs, labels, ourLinks, page } from '../support/inline-page';

describe('PMLR and other proceedings', () => {
  it('adds a link to the PMLR extras list from the abstract-page meta tag', () => {
    const doc = fixture('pmlr-paper.html');
    expect(addPmlrLink(doc, labels, now)).toBe(true);
    expect(addPmlrLink(doc, labels, now)).toBe(false);
    expect(hrefs(doc)).toEqual(['https://papers.cool/venue/smith23a@v202@PMLR']);
  });

  it('adds a link after the PDF link of a CVF page, in its style', () => {
    const address = 'https://openaccess.thecvf.com/content/CVPR2025/html/Park_SplineGS_from_CVPR_2025_paper.html';
    const doc = page(
      proceedingsPage('SplineGS', '/content/CVPR2025/papers/Park_SplineGS_from_CVPR_2025_paper.pdf', 'pdf-link'),
    );
    expect(addLinkAfterPdfLink(doc, cvfSource, address, labels, now)).toBe(true);
    expect(addLinkAfterPdfLink(doc, cvfSource, address, labels, now)).toBe(false);
    expect(hrefs(doc)).toEqual(['https://papers.cool/venue/Park_SplineGS_from@CVPR2025@CVF']);
    expect(ourLinks(doc)[0].className).toBe('pdf-link');
  });

  it.each([
    [
      'an OJS article page: the PDF galley, not a reference or a citation export that comes first',
      `<p><a href="https://arxiv.org/pdf/2301.00001.pdf">ref</a></p>
       <a href="https://ojs.aaai.org/index.php/AAAI/citationstylelanguage/download/ris?submissionId=36964">RIS</a>
       <ul><li><a class="obj_galley_link pdf" href="https://ojs.aaai.org/index.php/AAAI/article/view/36964/40926">PDF</a></li></ul>`,
      'obj_galley_link pdf',
    ],
    [
      'a link reading "[pdf]" before a reference PDF',
      `<a class="own" href="/paper">[pdf]</a> <a href="/other.pdf">other</a>`,
      'own',
    ],
    [
      'no link reading PDF: the first link ending in .pdf',
      `<a href="/x.html">x</a> <a class="file" href="/y.PDF">paper</a>`,
      'file',
    ],
  ])("puts the link after the paper's PDF link on %s", (_, body, pdfClass) => {
    const doc = page(`<html><body><h1>Paper</h1>${body}</body></html>`);
    expect(
      addLinkAfterPdfLink(doc, aaaiSource, 'https://ojs.aaai.org/index.php/AAAI/article/view/36964', labels, now),
    ).toBe(true);
    const [ours] = ourLinks(doc);
    expect(ours.getAttribute('href')).toBe('https://papers.cool/venue/36964@AAAI');
    expect((ours.previousSibling?.previousSibling as Element).className).toBe(pdfClass);
  });

  it('adds nothing to a page without a PDF link', () => {
    const doc = page('<html><body><h1>Paper</h1></body></html>');
    expect(
      addLinkAfterPdfLink(
        doc,
        cvfSource,
        'https://openaccess.thecvf.com/content/CVPR2025/html/A_B_CVPR_2025_paper.html',
        labels,
        now,
      ),
    ).toBe(false);
  });
});
