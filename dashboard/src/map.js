import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';
import places from './generated/places.json';
import { countryName, pairName } from './countries.js';

const WIDTH = 960;
const HEIGHT = 480;
const SHAPES = feature(world, world.objects.countries).features;

/** The world map of contacts: a line between two countries per pair, thicker for more contacts; lines and countries can be chosen. */
export class ContactMap {
  constructor(svg, { onPair, onCountry }) {
    this.onPair = onPair;
    this.onCountry = onCountry;
    this.projection = geoNaturalEarth1().fitExtent([[8, 8], [WIDTH - 8, HEIGHT - 8]], { type: 'Sphere' });
    this.path = geoPath(this.projection);
    this.svg = select(svg).attr('viewBox', `0 0 ${WIDTH} ${HEIGHT}`).attr('preserveAspectRatio', 'xMidYMid meet');
    const layer = this.svg.append('g');
    layer.append('path').attr('class', 'sphere').attr('d', this.path({ type: 'Sphere' }));
    this.countries = layer.append('g').attr('class', 'countries').selectAll('path').data(SHAPES).join('path')
      .attr('d', this.path)
      .attr('data-country', (f) => places.codes[f.id] ?? null)
      .on('click', (_, f) => places.codes[f.id] && this.active.has(places.codes[f.id]) && this.onCountry(places.codes[f.id]));
    this.links = layer.append('g').attr('class', 'links');
    this.nodes = layer.append('g').attr('class', 'nodes');
    this.active = new Set();
    this.svg.call(zoom().scaleExtent([1, 8]).translateExtent([[0, 0], [WIDTH, HEIGHT]])
      .on('zoom', (e) => layer.attr('transform', e.transform)));
    this.svg.on('dblclick.zoom', null);
    this.reset = () => this.svg.call(zoom().transform, zoomIdentity);
  }

  /** Draws the pairs of a window (from GET /api/contacts/top). */
  draw(pairs) {
    const drawable = pairs.filter((p) => places.points[p.countryA] && places.points[p.countryB]);
    const degree = new Map();
    drawable.forEach((p) => [p.countryA, p.countryB].forEach((c) => degree.set(c, (degree.get(c) ?? 0) + 1)));
    this.active = new Set(degree.keys());
    this.countries.classed('involved', (f) => this.active.has(places.codes[f.id]));

    this.links.selectAll('path').data(drawable, (p) => p.pair).join('path')
      .attr('class', 'link')
      .attr('data-pair', (p) => p.pair)
      .attr('tabindex', 0)
      .attr('role', 'button')
      .attr('aria-label', (p) => `${pairName(p.pair)}: ${contactsText(p.contacts)}, ${p.mentions} mentions`)
      .attr('d', (p) => this.path({ type: 'LineString', coordinates: [places.points[p.countryA], places.points[p.countryB]] }))
      .attr('stroke-width', (p) => 1.5 + 2 * Math.sqrt(p.contacts))
      .on('click', (_, p) => this.onPair(p.pair))
      .on('keydown', (e, p) => activate(e, () => this.onPair(p.pair)))
      .selectAll('title').data((p) => [p]).join('title').text((p) => `${pairName(p.pair)}: ${contactsText(p.contacts)}`);

    const nodes = [...degree.entries()].map(([code, partners]) => ({ code, partners, at: this.projection(places.points[code]) }));
    const node = this.nodes.selectAll('g').data(nodes, (n) => n.code).join((enter) => {
      const g = enter.append('g').attr('class', 'node').attr('tabindex', 0).attr('role', 'button');
      g.append('circle').attr('r', 4.5);
      g.append('text').attr('dy', -7).attr('text-anchor', 'middle');
      return g;
    });
    node.attr('data-country', (n) => n.code)
      .attr('transform', (n) => `translate(${n.at[0]},${n.at[1]})`)
      .attr('aria-label', (n) => `${countryName(n.code)}: ${n.partners} partner${n.partners === 1 ? '' : 's'}`)
      .on('click', (_, n) => this.onCountry(n.code))
      .on('keydown', (e, n) => activate(e, () => this.onCountry(n.code)));
    node.select('text').text((n) => n.code);
  }

  /** Shows which pair or country is chosen (null for none). */
  choose({ pair = null, country = null }) {
    this.links.selectAll('path').classed('chosen', (p) => p.pair === pair)
      .classed('faded', (p) => (pair || country) && p.pair !== pair && !(country && p.pair.split('-').includes(country)));
    this.nodes.selectAll('g').classed('chosen', (n) => n.code === country || (pair ?? '').split('-').includes(n.code));
  }
}

function contactsText(n) {
  return `${n} contact${n === 1 ? '' : 's'}`;
}

function activate(event, action) {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    action();
  }
}
