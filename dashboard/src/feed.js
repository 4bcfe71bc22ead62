import { countryName } from './countries.js';
import { el, formatTime, highlighted, statusLabel, typeBadge, typeLabel } from './text.js';

const KEPT = 500;
const KNOWN_TYPES = ['PHONE_CALL', 'MEETING', 'SUMMIT_PROPOSAL', 'CEASEFIRE'];
const PART_LABELS = { host: 'host', mediator: 'mediator', location: 'place' };

/** The live event feed: newest first, filtered by type, status, country and language. */
export class EventFeed {
  constructor(list, filters, count) {
    this.list = list;
    this.filters = filters;
    this.count = count;
    this.events = [];
    this.ids = new Set();
    this.pending = false;
    filters.addEventListener('change', () => this.render());
    this.fillOptions();
  }

  /** An event from the stream; {@code live} when it arrived after the page opened. */
  add(event, live) {
    if (this.ids.has(event.id)) return;
    this.ids.add(event.id);
    event.live = live;
    this.events.push(event);
    this.events.sort((a, b) => b.time.localeCompare(a.time) || b.id.localeCompare(a.id));
    if (this.events.length > KEPT) this.ids.delete(this.events.pop().id);
    this.schedule();
  }

  /** The stream said this page was too far behind: it starts again from what the stream sends now. */
  clear() {
    this.events = [];
    this.ids.clear();
    this.schedule();
  }

  schedule() {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => {
      this.pending = false;
      this.fillOptions();
      this.render();
    });
  }

  chosen() {
    const data = new FormData(this.filters);
    return Object.fromEntries(['type', 'status', 'country', 'language'].map((k) => [k, data.get(k) ?? '']));
  }

  matches(e, f) {
    return (!f.type || e.type === f.type)
      && (!f.status || e.status === f.status)
      && (!f.language || e.language === f.language)
      && (!f.country || e.parties.some((p) => p.country === f.country));
  }

  fillOptions() {
    const seen = (pick) => [...new Set(this.events.flatMap(pick))];
    setOptions(this.filters.elements.type, [...new Set([...KNOWN_TYPES, ...seen((e) => [e.type])])], typeLabel);
    setOptions(this.filters.elements.status, seen((e) => [e.status]).sort(), statusLabel);
    setOptions(this.filters.elements.country, seen((e) => e.parties.map((p) => p.country))
      .sort((a, b) => countryName(a).localeCompare(countryName(b))), (c) => `${countryName(c)} (${c})`);
    setOptions(this.filters.elements.language, seen((e) => [e.language]).sort(), (l) => l);
  }

  render() {
    const f = this.chosen();
    const shown = this.events.filter((e) => this.matches(e, f));
    this.list.replaceChildren(...shown.map(eventItem));
    const filtered = shown.length === this.events.length ? '' : ` (${shown.length} shown by the filters)`;
    this.count.textContent = this.events.length === 0 ? 'No events yet: they appear here as the wire moves.'
      : `${this.events.length} latest events${filtered}`;
  }
}

function setOptions(select, values, label) {
  const current = select.value;
  const have = [...select.options].slice(1).map((o) => o.value);
  if (have.length === values.length && have.every((v, i) => v === values[i])) return;
  select.replaceChildren(select.options[0], ...values.map((v) => el('option', { value: v }, label(v))));
  select.value = values.includes(current) ? current : '';
}

function party(p) {
  const part = PART_LABELS[p.part] ? ` [${PART_LABELS[p.part]}]` : '';
  return el('span', { class: 'party' }, el('abbr', { title: p.name }, p.country), ` ${p.name}`, p.actor ? ` (${p.actor})` : '', part);
}

function eventItem(e) {
  const parties = e.parties.flatMap((p, i) => (i === 0 ? [party(p)] : [' · ', party(p)]));
  const d = e.dispatch;
  return el('li', { class: `event${e.live ? ' fresh' : ''}`, 'data-id': e.id, 'data-type': e.type, 'data-dispatch': d.id },
    el('div', { class: 'event-head' },
      typeBadge(e.type),
      el('span', { class: 'status' }, statusLabel(e.status)),
      el('time', { datetime: e.date }, e.date),
      el('span', { class: 'lang', title: 'language' }, e.language),
      e.live ? el('span', { class: 'new-mark' }, 'new') : null),
    el('p', { class: 'parties' }, parties),
    e.actors.length ? el('p', { class: 'actors' }, 'Actors: ', e.actors.join(', ')) : null,
    e.evidence.slice(0, 2).map((v) => el('blockquote', {}, highlighted(v.sentence, v.trigger))),
    el('p', { class: 'dispatch' },
      el('strong', {}, d.headline ?? d.id), ' — ', d.source, ' · ', el('code', {}, d.id), d.version > 1 ? ` v${d.version}` : '',
      d.published ? ` · ${formatTime(d.published)}` : ''));
}
