import { getJson } from './api.js';

const number = new Intl.NumberFormat('en');

/** Pipeline health in one line: dispatches in, enriched, dead-lettered, and each app's consumer lag. */
export function watchHealth(line, everyMs = 3000) {
  async function refresh() {
    try {
      const p = await getJson('/api/pipeline');
      const lags = p.apps.map((a) => `${a.group.replace(/^newswire-/, '')} ${number.format(a.lag)}`).join(', ');
      line.textContent = `Dispatches in ${number.format(p.dispatchesIn)} · enriched ${number.format(p.enriched)} · `
        + `dead-lettered ${number.format(p.deadLettered)} · consumer lag: ${lags || 'no app reading yet'}`;
      line.dataset.state = p.apps.some((a) => a.lag > 0) ? 'behind' : 'ok';
    } catch (e) {
      line.textContent = `Pipeline health unavailable: ${e.message}`;
      line.dataset.state = 'error';
    }
  }
  refresh();
  return setInterval(refresh, everyMs);
}
