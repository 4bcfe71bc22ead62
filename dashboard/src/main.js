import './style.css';
import { getJson, openStream, windowQuery } from './api.js';
import { loadCountryNames } from './countries.js';
import { countryDetail, pairDetail, rankingItems } from './detail.js';
import { AlertPanel } from './alerts.js';
import { EventFeed } from './feed.js';
import { watchHealth } from './health.js';
import { ContactMap } from './map.js';

const $ = (id) => document.getElementById(id);
const RANKED = 15;
const MAP_PAIRS = 1000;

const state = { window: { window: 'all' }, chosen: {} };
const feed = new EventFeed($('events'), $('filters'), $('feed-count'));
const alerts = new AlertPanel($('alerts'), $('alerts-seen'));
let map;

async function refreshContacts() {
  try {
    const top = await getJson(`/api/contacts/top?${windowQuery(state.window)}&limit=${MAP_PAIRS}`);
    $('window-days').textContent = `${top.from} to ${top.to}`;
    map.draw(top.pairs);
    $('ranking').replaceChildren(...rankingItems(top.pairs.slice(0, RANKED), choosePair));
    await refreshDetail();
  } catch (e) {
    $('window-days').textContent = `Contacts unavailable: ${e.message}`;
  }
}

async function refreshDetail() {
  const { pair, country } = state.chosen;
  map.choose(state.chosen);
  if (pair) {
    const [a, b] = pair.split('-');
    $('detail').replaceChildren(...pairDetail(await getJson(`/api/contacts/${a}/${b}?${windowQuery(state.window)}`)));
  } else if (country) {
    $('detail').replaceChildren(...countryDetail(await getJson(`/api/contacts/${country}?${windowQuery(state.window)}`), choosePair));
  }
}

function choosePair(pair) {
  state.chosen = { pair };
  refreshDetail().then(() => $('detail').focus?.());
}

function chooseCountry(country) {
  state.chosen = { country };
  refreshDetail();
}

// Counts change as reports arrive: refresh at most twice a second.
let pendingRefresh;
function contactsChanged() {
  clearTimeout(pendingRefresh);
  pendingRefresh = setTimeout(refreshContacts, 500);
}

function watchWindow() {
  const form = $('window-form');
  const range = form.querySelector('.range');
  form.elements.window.addEventListener('change', () => {
    const value = form.elements.window.value;
    range.hidden = value !== 'range';
    if (value !== 'range') {
      state.window = { window: value };
      refreshContacts();
    }
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    state.window = { window: 'range', from: form.elements.from.value, to: form.elements.to.value };
    refreshContacts();
  });
}

function showConnection(s) {
  const line = $('connection');
  line.dataset.state = s;
  line.textContent = { live: 'Live', reconnecting: 'Reconnecting…', closed: 'Disconnected' }[s] ?? s;
}

async function start() {
  await loadCountryNames().catch(() => {});
  map = new ContactMap($('map'), { onPair: choosePair, onCountry: chooseCountry });
  watchWindow();
  watchHealth($('health'));
  openStream({
    reset: () => { feed.clear(); refreshContacts(); getJson('/api/alerts').then((a) => alerts.load(a.alerts)); },
    event: (e) => feed.add(e, isRecent(e)),
    alert: (a) => alerts.update(a.alert),
    contact: contactsChanged,
  }, showConnection);
  refreshContacts();
  getJson('/api/alerts').then((a) => alerts.load(a.alerts)).catch(() => {});
}

// An event written to Kafka within the last minute is marked new.
function isRecent(e) {
  return Date.now() - Date.parse(e.time) < 60_000;
}

start();
