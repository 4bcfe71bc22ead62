// Opens the dashboard in Debian's Chromium through playwright-core, with a fresh profile, and watches what the page
// logs and which hosts it asks.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const DASHBOARD_URL = required('DASHBOARD_URL');
export const INGEST_URL = required('INGEST_URL');
export const SCREENSHOTS = process.env.SCREENSHOT_DIR ?? 'target';

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: the Java test (DashboardBrowserTest) starts the pipeline and sets it`);
  return value;
}

export async function openBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'newswire-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    viewport: { width: 1280, height: 800 },
  });
  const problems = [];
  const foreign = [];
  const origin = new URL(DASHBOARD_URL).origin;
  context.on('page', (page) => watch(page, problems, foreign, origin));
  context.pages().forEach((page) => watch(page, problems, foreign, origin));
  return {
    context,
    problems,
    foreign,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function watch(page, problems, foreign, origin) {
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) foreign.push(url);
  });
}

/** Posts a plain-text dispatch through ingest, as a newsroom would. */
export async function postDispatch(id, text, published, lang = 'en') {
  const query = new URLSearchParams({ id, published, lang, source: 'newswire-test' });
  const response = await fetch(`${INGEST_URL}/dispatches?${query}`, {
    method: 'POST', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: text,
  });
  if (response.status !== 202 && response.status !== 200) throw new Error(`ingest answered ${response.status}: ${await response.text()}`);
}

/** The page's own timing: when it loaded and how many bytes it took. */
export async function loadFigures(page) {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const resources = performance.getEntriesByType('resource');
    const bytes = nav.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0);
    const decoded = nav.decodedBodySize + resources.reduce((sum, r) => sum + r.decodedBodySize, 0);
    return { domContentLoadedMs: nav.domContentLoadedEventEnd, loadMs: nav.loadEventEnd, transferredBytes: bytes, decodedBytes: decoded, requests: resources.length + 1 };
  });
}
