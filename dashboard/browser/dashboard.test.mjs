// The dashboard in a real browser against the real pipeline (DashboardBrowserTest starts it and sets the URLs).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DASHBOARD_URL, SCREENSHOTS, loadFigures, openBrowser, postDispatch } from './browser.mjs';

const RUN = Date.now().toString(36);
const CALL = 'Indian Prime Minister Narendra Modi and Brazilian President Luiz Inacio Lula da Silva spoke by phone on Thursday '
  + 'about trade and tariffs, their offices said.';
const SUMMIT = 'Turkish President Recep Tayyip Erdogan offered on Sunday to host a summit of Russian President Vladimir Putin '
  + 'and Ukrainian President Volodymyr Zelensky in Istanbul, his office said.';

let browser;
let page;

before(async () => {
  browser = await openBrowser();
  page = await browser.context.newPage();
  await page.goto(DASHBOARD_URL, { waitUntil: 'load' });
  console.log(`# page load: ${JSON.stringify(await loadFigures(page))}`);
});

after(async () => {
  await browser?.close();
});

test('the RUS-TUR contact of the reference dispatch is on the map and in the ranked list', async () => {
  await page.locator('#map .link[data-pair="RUS-TUR"]').waitFor({ timeout: 15_000 });
  await page.locator('#ranking li[data-pair="RUS-TUR"]').waitFor({ timeout: 5_000 });
  assert.match(await page.locator('#map .link[data-pair="RUS-TUR"]').getAttribute('aria-label'), /^Russia – Turkey: \d+ contacts?/);
  await page.screenshot({ path: `${SCREENSHOTS}/dashboard-map.png` });
});

test('the header gives the pipeline\'s health in one line', async () => {
  const health = page.locator('#health');
  await page.waitForFunction(() => document.getElementById('health').textContent.startsWith('Dispatches in'), null, { timeout: 10_000 });
  assert.match(await health.innerText(), /^Dispatches in \d+ · enriched \d+ · dead-lettered \d+ · consumer lag: .*aggregate \d+.*enrich \d+/);
});

test('a dispatch posted through ingest appears in the feed within 2 s, without a reload', async () => {
  await page.evaluate(() => { window.notReloaded = true; });
  const id = `browser-call-${RUN}`;
  const posted = Date.now();
  await postDispatch(id, CALL, '2025-08-07T15:00:00Z');
  await page.locator(`#events li[data-dispatch="${id}"]`).waitFor({ timeout: 2_000 - (Date.now() - posted) });
  console.log(`# posted to shown: ${Date.now() - posted} ms`);
  assert.equal(await page.evaluate(() => window.notReloaded), true, 'the page was not reloaded');
  const item = page.locator(`#events li[data-dispatch="${id}"]`);
  assert.match(await item.innerText(), /Phone call/);
  assert.match(await item.innerText(), /Brazil/);
  assert.equal(await item.locator('mark').first().innerText(), 'by phone');
  await page.locator('#feed').screenshot({ path: `${SCREENSHOTS}/dashboard-feed.png` });
});

test('a new summit proposal raises an alert marked new in the panel', async () => {
  const id = `browser-summit-${RUN}`;
  await postDispatch(id, SUMMIT, '2025-05-11T12:00:00Z');
  const alert = page.locator('#alerts li.alert.new[data-alert^="RUS-TUR-UKR@"]');
  await alert.waitFor({ timeout: 10_000 });
  assert.match(await alert.innerText(), /new/i);
  assert.match(await alert.innerText(), /RUS · TUR · UKR/);
  await page.locator('.alerts').screenshot({ path: `${SCREENSHOTS}/dashboard-alerts.png` });
});

test('choosing the pair shows its contacts with their evidence sentences', async () => {
  await page.locator('#ranking button[data-pair="RUS-TUR"]').click();
  const report = page.locator('#detail .report blockquote').first();
  await report.waitFor({ timeout: 5_000 });
  assert.match(await page.locator('#detail-title').innerText(), /Russia – Turkey/);
  const sentences = await page.locator('#detail .report blockquote').allInnerTexts();
  assert.ok(sentences.some((s) => /Poutine|Putin/.test(s)), `evidence sentences: ${sentences.join(' | ')}`);
  assert.ok(await page.locator('#detail .report mark').count() > 0, 'the trigger is highlighted');
  await page.screenshot({ path: `${SCREENSHOTS}/dashboard-pair.png`, fullPage: true });
});

test('the map can be used with the keyboard: a country opens its partners', async () => {
  await page.locator('#map .node[data-country="TUR"]').focus();
  await page.keyboard.press('Enter');
  await page.locator('#detail .partners button[data-pair="RUS-TUR"]').waitFor({ timeout: 5_000 });
  await page.keyboard.press('Tab');
  const unlabelled = await page.evaluate(() => [...document.querySelectorAll('select, input, button')]
    .filter((c) => !(c.labels?.length || c.getAttribute('aria-label') || c.textContent.trim())).map((c) => c.outerHTML));
  assert.deepEqual(unlabelled, [], 'every control has a label');
});

test('the page fits a phone-sized screen', async () => {
  const phone = await browser.context.newPage();
  await phone.setViewportSize({ width: 390, height: 844 });
  await phone.goto(DASHBOARD_URL, { waitUntil: 'load' });
  await phone.locator('#map .link[data-pair="RUS-TUR"]').waitFor({ timeout: 15_000 });
  const width = await phone.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `the page is ${width} px wide on a 390 px screen`);
  await phone.screenshot({ path: `${SCREENSHOTS}/dashboard-phone.png`, fullPage: true });
  await phone.close();
});

test('the page logs no console error and asks no host but the app', async () => {
  assert.deepEqual(browser.problems, []);
  assert.deepEqual(browser.foreign, []);
});
