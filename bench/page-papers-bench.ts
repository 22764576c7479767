/**
 * How long the popup takes to count the papers of huge pages, in real Chromium: the page read that
 * scripting.executeScript runs, then the scan, as in the popup. Two pages: 10 000 links and 5 MiB
 * of text (over the read limits), and 180 000 distinct ids in 2 MiB of minified list items.
 */
import type { Page } from '@playwright/test';

import { HUGE_PAGE, hugePage } from '../tests/fixtures/huge-page';
import { MANY_IDS, manyIdsPage } from '../tests/fixtures/many-ids-page';
import { launchQuietChromium } from '../tests/support/chromium';
import { bundleForPage } from './page-bundle';
import { type BenchRow, benchRow, median } from './report';

// Papers in one link of ten, and an id in every paragraph, so both the links and the text are scanned.
const HUGE = () =>
  hugePage(10, '<p>We thank the reviewers; see 2410.12345 and the appendix for details of the method. </p>');

/** The median of 7 reads and scans of the page at `address`, and the papers counted. */
async function timeCount(page: Page, bundle: string, address: string): Promise<{ ms: number; count: number }> {
  await page.goto(address);
  await page.addScriptTag({ content: bundle });
  const runs = await page.evaluate(async () => {
    const { readPageForPapers, papersOnPage, PAGE_READ_LIMITS } = (
      window as unknown as { pagePapers: typeof import('../utils/page-papers') }
    ).pagePapers;
    const times: number[] = [];
    let count = 0;
    for (let run = 0; run < 7; run++) {
      const start = performance.now();
      count = (await papersOnPage(readPageForPapers(PAGE_READ_LIMITS))).count;
      times.push(performance.now() - start);
    }
    return { times, count };
  });
  return { ms: median(runs.times), count: runs.count };
}

export async function benchPagePapers(): Promise<BenchRow[]> {
  const bundle = await bundleForPage('utils/page-papers.ts', 'pagePapers');
  const browser = await launchQuietChromium();
  try {
    const page = await browser.newPage();
    await page.route('https://blog.example.org/huge', (route) =>
      route.fulfill({ contentType: 'text/html', body: HUGE() }),
    );
    await page.route('https://blog.example.org/many-ids', (route) =>
      route.fulfill({ contentType: 'text/html', body: manyIdsPage() }),
    );
    const huge = await timeCount(page, bundle, 'https://blog.example.org/huge');
    console.log(
      `popup page read: ${huge.count} papers counted on a page of ${HUGE_PAGE.links} links and 5 MiB of text (capped at 2 MiB)`,
    );
    const many = await timeCount(page, bundle, 'https://blog.example.org/many-ids');
    console.log(`popup page read: ${many.count} papers counted on a page naming ${MANY_IDS} ids`);
    return [
      benchRow('popup: count papers on a 10 000-link, 5 MiB page', huge.ms),
      benchRow('popup: count 180 000 distinct ids in minified list items', many.ms),
    ];
  } finally {
    await browser.close();
  }
}
