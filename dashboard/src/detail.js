import { countryName, pairName } from './countries.js';
import { el, formatTime, highlighted, typeBadge, typeLabel } from './text.js';

const SVG = 'http://www.w3.org/2000/svg';
const CHART_DAYS = 60;

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function byTypeText(byType) {
  return Object.entries(byType).map(([type, n]) => `${n} ${typeLabel(type).toLowerCase()}${n === 1 ? '' : 's'}`).join(', ');
}

/** A pair's contacts (GET /api/contacts/{A}/{B}): a chart of contacts per day by type, then each day's contacts with their reports. */
export function pairDetail(report) {
  const title = el('h3', { id: 'detail-title' }, `${pairName(report.pair)} `, el('span', { class: 'code' }, report.pair));
  if (report.contacts === 0) {
    return [title, el('p', {}, `No contact between ${report.from} and ${report.to}.`)];
  }
  const contactsByDay = groupBy(report.contactList, (c) => c.date);
  const days = [...report.days].reverse().map((d) => el('li', { class: 'day', 'data-day': d.day },
    el('h4', {}, el('time', { datetime: d.day }, d.day), ` · ${byTypeText(d.byType)} · ${plural(d.mentions, 'mention')}`),
    el('ul', { class: 'contacts' }, (contactsByDay.get(d.day) ?? []).map(contactItem))));
  return [
    title,
    el('p', { class: 'summary' }, `${plural(report.contacts, 'contact')} (${byTypeText(report.byType)}), ${plural(report.mentions, 'mention')}, `
      + `${report.from} to ${report.to}`),
    timelineChart(report.days),
    el('ol', { class: 'timeline', 'aria-label': 'Contacts per day, latest first' }, days),
  ];
}

function contactItem(c) {
  const reports = c.reports ?? c.dispatches.map((dispatchId) => ({ dispatchId }));
  return el('li', { class: 'contact', 'data-contact': c.id },
    el('p', {}, typeBadge(c.type), ' ', c.actors.length ? c.actors.join(' and ') : 'people not named', ` · ${plural(c.mentions, 'mention')}`),
    el('ul', { class: 'reports', 'aria-label': 'Reporting dispatches' }, reports.map((r) => el('li', { class: 'report', 'data-dispatch': r.dispatchId },
      el('p', { class: 'dispatch' }, el('strong', {}, r.headline ?? r.dispatchId), r.source ? ` — ${r.source}` : '', ' · ',
        el('code', {}, r.dispatchId), r.version > 1 ? ` v${r.version}` : '', r.published ? ` · ${formatTime(r.published)}` : ''),
      r.evidence ? el('blockquote', {}, highlighted(r.evidence, r.trigger)) : null))));
}

/** Bars of the latest days with contacts, stacked by type; the list below says the same in words. */
function timelineChart(days) {
  const shown = days.slice(-CHART_DAYS);
  const types = [...new Set(shown.flatMap((d) => Object.keys(d.byType)))].sort();
  const max = Math.max(...shown.map((d) => d.contacts));
  const width = Math.max(120, shown.length * 18);
  const height = 70;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height + 14}`);
  svg.setAttribute('class', 'chart');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `Contacts per day by type, ${shown.length} day${shown.length === 1 ? '' : 's'} with contacts`);
  shown.forEach((d, i) => {
    let y = height;
    for (const type of types) {
      const n = d.byType[type] ?? 0;
      if (!n) continue;
      const h = (n / max) * (height - 4);
      y -= h;
      const bar = document.createElementNS(SVG, 'rect');
      Object.entries({ x: i * 18 + 3, y, width: 12, height: h, class: `bar type-${type.toLowerCase().replaceAll('_', '-')}` })
        .forEach(([k, v]) => bar.setAttribute(k, v));
      const tip = document.createElementNS(SVG, 'title');
      tip.textContent = `${d.day}: ${n} ${typeLabel(type).toLowerCase()}`;
      bar.append(tip);
      svg.append(bar);
    }
    const label = document.createElementNS(SVG, 'text');
    Object.entries({ x: i * 18 + 9, y: height + 11, 'text-anchor': 'middle' }).forEach(([k, v]) => label.setAttribute(k, v));
    label.textContent = d.day.slice(8);
    svg.append(label);
  });
  return el('figure', { class: 'chart-figure' }, svg,
    el('figcaption', {}, types.map((t) => [typeBadge(t), ' ']), shown.length < days.length ? `(latest ${CHART_DAYS} days with contacts)` : ''));
}

/** A country's partners (GET /api/contacts/{A}), each a button that opens the pair. */
export function countryDetail(partners, onPair) {
  const title = el('h3', { id: 'detail-title' }, `${countryName(partners.country)} `, el('span', { class: 'code' }, partners.country));
  if (partners.partners.length === 0) {
    return [title, el('p', {}, `No contact between ${partners.from} and ${partners.to}.`)];
  }
  return [
    title,
    el('p', { class: 'summary' }, `${plural(partners.partners.length, 'partner')}, ${partners.from} to ${partners.to}`),
    el('ol', { class: 'partners' }, partners.partners.map((p) => el('li', {},
      el('button', { type: 'button', class: 'pair-button', 'data-pair': p.pair, onclick: () => onPair(p.pair) },
        `${countryName(p.country)} (${p.country})`),
      ` ${plural(p.contacts, 'contact')}, ${plural(p.mentions, 'mention')}, last ${p.lastContact}`))),
  ];
}

/** The ranked list of the most active pairs. */
export function rankingItems(pairs, onPair) {
  if (pairs.length === 0) return [el('li', { class: 'empty' }, 'No contact in this window.')];
  return pairs.map((p) => el('li', { 'data-pair': p.pair },
    el('button', { type: 'button', class: 'pair-button', 'data-pair': p.pair, onclick: () => onPair(p.pair) }, pairName(p.pair)),
    el('span', { class: 'counts' }, ` ${plural(p.contacts, 'contact')} · ${plural(p.mentions, 'mention')}`)));
}

function groupBy(items, key) {
  const groups = new Map();
  items.forEach((i) => groups.set(key(i), [...(groups.get(key(i)) ?? []), i]));
  return groups;
}
