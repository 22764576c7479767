/**
 * How long the popup takes to count the papers of a huge page (10 000 links, 5 MiB of text), in
 * real Chromium: the page read that scripting.executeScript runs, then the scan, as in the popup.
 */
import { HUGE_PAGE, hugePage } from '../tests/fixtures/huge-page';
import { launchQuietChromium } from '../tests/support/chromium';
import { bundleForPage } from './page-bundle';
import { benchRow, median, type BenchRow } from './report';

// Papers in one link of ten, and an id in every paragraph, so both the links and the text are scanned.
const PAGE = () => hugePage(10, '<p>We thank the reviewers; see 2410.12345 and the appendix for details of the method. </p>');

export async function benchPagePapers(): Promise<BenchRow[]> {
  const bundle = await bundleForPage('utils/page-papers.ts', 'pagePapers');
  const browser = await launchQuietChromium();
  try {
    const page = await browser.newPage();
    await page.route('https://blog.example.org/**', (route) => route.fulfill({ contentType: 'text/html', body: PAGE() }));
    await page.goto('https://blog.example.org/huge');
    await page.addScriptTag({ content: bundle });
    const runs = await page.evaluate(() => {
      const { readPageForPapers, papersOnPage, PAGE_READ_LIMITS } = (window as unknown as { pagePapers: typeof import('../utils/page-papers') }).pagePapers;
      const times: number[] = [];
      let count = 0;
      for (let run = 0; run < 7; run++) {
        const start = performance.now();
        count = papersOnPage(readPageForPapers(PAGE_READ_LIMITS)).papers.length;
        times.push(performance.now() - start);
      }
      return { times, count };
    });
    console.log(`popup page read: ${runs.count} papers counted on a page of ${HUGE_PAGE.links} links and 5 MiB of text (capped at 2 MiB)`);
    return [benchRow('popup: count papers on a 10 000-link, 5 MiB page', median(runs.times))];
  } finally {
    await browser.close();
  }
}
