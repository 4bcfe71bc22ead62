// Small helpers for building the page's elements safely (text is always set as text, never as HTML).

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** A sentence with its trigger phrase marked (first occurrence, ignoring case). */
export function highlighted(sentence, trigger) {
  const span = el('span', { class: 'evidence' });
  const at = trigger ? sentence.toLocaleLowerCase().indexOf(trigger.toLocaleLowerCase()) : -1;
  if (at < 0) {
    span.append(sentence);
    return span;
  }
  span.append(sentence.slice(0, at), el('mark', { title: 'trigger' }, sentence.slice(at, at + trigger.length)), sentence.slice(at + trigger.length));
  return span;
}

const TYPE_LABELS = { PHONE_CALL: 'Phone call', MEETING: 'Meeting', SUMMIT_PROPOSAL: 'Summit proposal', CEASEFIRE: 'Ceasefire', STATEMENT: 'Statement' };
// Each type also has its own shape, drawn (no font needed).
const TYPE_SHAPES = {
  PHONE_CALL: '<circle cx="5" cy="5" r="4"/>',
  MEETING: '<rect x="1" y="1" width="8" height="8"/>',
  SUMMIT_PROPOSAL: '<path d="M5 0 L10 5 L5 10 L0 5 Z"/>',
  CEASEFIRE: '<path d="M5 0 L10 9 L0 9 Z"/>',
};
const SVG = 'http://www.w3.org/2000/svg';

function shape(type) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 10 10');
  svg.setAttribute('class', 'shape');
  svg.setAttribute('aria-hidden', 'true');
  svg.innerHTML = TYPE_SHAPES[type] ?? '<path d="M0 4 H10 V6 H0 Z"/>';
  return svg;
}

export function typeLabel(type) {
  return TYPE_LABELS[type] ?? type.replaceAll('_', ' ').toLowerCase();
}

/** An event type as a badge: a shape and a word, so colour is never the only sign. */
export function typeBadge(type) {
  return el('span', { class: `badge type-${type.toLowerCase().replaceAll('_', '-')}` }, shape(type), ' ', typeLabel(type));
}

export function statusLabel(status) {
  return status.replaceAll('_', ' ');
}

export function formatTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`;
}
