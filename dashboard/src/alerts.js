import { countryName } from './countries.js';
import { el, formatTime, statusLabel } from './text.js';

const SEEN_KEY = 'newswire.alerts.seen';

/** Summit alerts, newest update first; an alert this browser has not seen is marked new, one with more mentions updated. */
export class AlertPanel {
  constructor(list, seenButton) {
    this.list = list;
    this.alerts = new Map();
    this.seen = loadSeen();
    seenButton.addEventListener('click', () => {
      this.alerts.forEach((a) => { this.seen[a.alertId] = a.mentions; });
      saveSeen(this.seen);
      this.render();
    });
  }

  /** The alerts as the API lists them (GET /api/alerts). */
  load(alerts) {
    alerts.forEach((a) => this.alerts.set(a.alertId, a));
    this.render();
  }

  /** An alert raised or updated on the stream; an older copy than the one shown is ignored. */
  update(alert) {
    const known = this.alerts.get(alert.alertId);
    if (known && known.mentions > alert.mentions) return;
    this.alerts.set(alert.alertId, alert);
    this.render();
  }

  render() {
    const alerts = [...this.alerts.values()].sort((a, b) => b.updated.localeCompare(a.updated) || a.alertId.localeCompare(b.alertId));
    this.list.replaceChildren(...(alerts.length ? alerts.map((a) => this.item(a)) : [el('li', { class: 'empty' }, 'No summit proposal yet.')]));
  }

  item(a) {
    const seenMentions = this.seen[a.alertId];
    const mark = seenMentions === undefined ? 'new' : seenMentions < a.mentions ? 'updated' : null;
    return el('li', { class: `alert${mark ? ` ${mark}` : ''}`, 'data-alert': a.alertId },
      el('div', { class: 'alert-head' },
        mark ? el('span', { class: `mark ${mark}` }, mark === 'new' ? 'New' : 'Updated') : null,
        el('strong', {}, a.participants.map(countryName).join(', ')),
        el('span', { class: 'status' }, statusLabel(a.status))),
      el('p', { class: 'codes' }, a.participants.join(' · '), a.host ? ` · host ${countryName(a.host)}` : '',
        ` · ${a.mentions} mention${a.mentions === 1 ? '' : 's'}`),
      el('blockquote', {}, a.latestEvidence ?? a.evidence),
      el('p', { class: 'dispatch' }, 'First seen ', el('time', { datetime: a.firstSeen }, formatTime(a.firstSeen)), ' in ',
        el('code', {}, a.dispatchId), a.headline ? ` — ${a.headline}` : ''),
      a.mentions > 1 ? el('p', { class: 'dispatch' }, 'Latest: ', el('code', {}, a.latestDispatchId), ' · ',
        el('time', { datetime: a.updated }, formatTime(a.updated))) : null);
  }
}

function loadSeen() {
  try {
    return JSON.parse(localStorage.getItem(SEEN_KEY) ?? '{}');
  } catch {
    return {};
  }
}

function saveSeen(seen) {
  try {
    localStorage.setItem(SEEN_KEY, JSON.stringify(seen));
  } catch {
    // private browsing: the marks last as long as the page
  }
}
