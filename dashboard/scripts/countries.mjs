// Builds src/generated/places.json from Natural Earth (world-atlas, public domain) and ISO 3166 codes
// (i18n-iso-countries): where each country's links start on the map, and which alpha-3 code each shape has.
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { geoArea, geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
const detailed = require('world-atlas/countries-50m.json');

// Natural Earth shapes without an ISO numeric code, named instead.
const UNNUMBERED = { Kosovo: 'XKX' };

function alpha3(f) {
  if (f.id) return countries.numericToAlpha3(f.id);
  return UNNUMBERED[f.properties.name];
}

// The centroid of a country's largest polygon, so France's links start in France, not between it and Guiana.
function anchor(f) {
  if (f.geometry.type !== 'MultiPolygon') return geoCentroid(f);
  const largest = f.geometry.coordinates
    .map((coordinates) => ({ type: 'Polygon', coordinates }))
    .reduce((a, b) => (geoArea(a) >= geoArea(b) ? a : b));
  return geoCentroid(largest);
}

const points = {};
const codes = {};
for (const f of feature(detailed, detailed.objects.countries).features) {
  const code = alpha3(f);
  if (!code) continue;
  points[code] = anchor(f).map((v) => Math.round(v * 100) / 100);
  if (f.id) codes[f.id] = code;
}
mkdirSync(new URL('../src/generated/', import.meta.url), { recursive: true });
writeFileSync(new URL('../src/generated/places.json', import.meta.url), JSON.stringify({ points, codes }));
console.log(`places.json: ${Object.keys(points).length} countries`);
