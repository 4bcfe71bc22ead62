// The README's picture of the dashboard: the demo with the reference dispatch, the RUS-TUR pair chosen.
//   DASHBOARD_URL=http://localhost:8082/ INGEST_URL=http://localhost:8080 node browser/readme-screenshot.mjs ../docs/dashboard.png
import { DASHBOARD_URL, openBrowser } from './browser.mjs';

const browser = await openBrowser();
try {
  const page = await browser.context.newPage();
  await page.goto(DASHBOARD_URL, { waitUntil: 'load' });
  await page.locator('#ranking button[data-pair="RUS-TUR"]').click();
  await page.locator('#detail .report blockquote').first().waitFor();
  await page.waitForFunction(() => document.getElementById('health').textContent.startsWith('Dispatches in'));
  await page.mouse.move(0, 0);
  await page.screenshot({ path: process.argv[2] ?? 'target/dashboard.png' });
} finally {
  await browser.close();
}
