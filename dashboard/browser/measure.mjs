// Bench, not a test: the page's load time and size, and the delay from POST /dispatches to the event shown in the
// feed, over many dispatches. Against a running pipeline (bin/newswire demo):
//   DASHBOARD_URL=http://localhost:8082/ INGEST_URL=http://localhost:8080 node browser/measure.mjs [dispatches]
import { DASHBOARD_URL, SCREENSHOTS, loadFigures, openBrowser, postDispatch } from './browser.mjs';

const COUNT = Number(process.argv[2] ?? 100);
const RUN = Date.now().toString(36);
const CALL = 'Indian Prime Minister Narendra Modi and Brazilian President Luiz Inacio Lula da Silva spoke by phone on Thursday '
  + 'about trade and tariffs, their offices said.';

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const browser = await openBrowser();
try {
  const page = await browser.context.newPage();
  // the time each dispatch's event is first in the page, by the same clock as the POSTs
  await page.addInitScript(() => {
    window.shownAt = {};
    new MutationObserver(() => {
      document.querySelectorAll('#events li[data-dispatch]').forEach((li) => {
        window.shownAt[li.dataset.dispatch] ??= Date.now();
      });
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(DASHBOARD_URL, { waitUntil: 'load' });
  await page.locator('#map .link').first().waitFor({ timeout: 30_000 });
  const cold = await loadFigures(page);
  await page.reload({ waitUntil: 'load' });
  await page.locator('#map .link').first().waitFor({ timeout: 30_000 });
  const warm = await loadFigures(page);

  const delays = [];
  for (let i = 0; i < COUNT; i++) {
    const id = `measure-${RUN}-${i}`;
    const posted = Date.now();
    await postDispatch(id, CALL, '2025-08-07T15:00:00Z');
    await page.waitForFunction((d) => window.shownAt[d], id, { timeout: 30_000, polling: 10 });
    delays.push((await page.evaluate((d) => window.shownAt[d], id)) - posted);
    await new Promise((r) => setTimeout(r, 50));
  }
  const sorted = [...delays].sort((a, b) => a - b);
  const figures = {
    pageCold: cold,
    pageWarm: warm,
    postToShownMs: { dispatches: COUNT, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1), min: sorted[0] },
    consoleProblems: browser.problems,
  };
  console.log(JSON.stringify(figures, null, 2));
  await page.screenshot({ path: `${SCREENSHOTS}/dashboard-measured.png` });
} finally {
  await browser.close();
}
