import { getJson } from './api.js';

// Country names as the API gives them (GET /api/countries), so the page and the stream say the same.
let names = {};

export async function loadCountryNames() {
  names = (await getJson('/api/countries')).names;
}

export function countryName(code) {
  return names[code] ?? code;
}

/** "Russia – Türkiye" for RUS-TUR. */
export function pairName(pair) {
  return pair.split('-').map(countryName).join(' – ');
}
