// The aggregate's public API and live stream: the page reads nothing else. ?api=http://host:port points it at another instance.
const base = new URLSearchParams(location.search).get('api')?.replace(/\/$/, '') ?? '';

export async function getJson(path) {
  const response = await fetch(base + path, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error ?? `${response.status} on ${path}`);
  return body;
}

/**
 * Opens the live stream. The browser reconnects by itself and sends the last id it got (Last-Event-ID), so the
 * stream resumes where it was: nothing missed, nothing twice. When the browser gives up (an instance answered 503
 * while starting), the page opens it again with that id as ?lastEventId=.
 */
export function openStream(handlers, onState) {
  let lastId = '';
  const connect = () => {
    const source = new EventSource(`${base}/api/stream${lastId ? `?lastEventId=${encodeURIComponent(lastId)}` : ''}`);
    for (const [name, handle] of Object.entries(handlers)) {
      source.addEventListener(name, (e) => {
        if (e.lastEventId) lastId = e.lastEventId;
        handle(JSON.parse(e.data));
      });
    }
    source.addEventListener('open', () => onState('live'));
    source.addEventListener('error', () => {
      if (source.readyState === EventSource.CLOSED) {
        onState('reconnecting');
        setTimeout(connect, 3000);
      } else {
        onState('reconnecting');
      }
    });
  };
  connect();
}

/** The window query of the contacts routes. */
export function windowQuery(w) {
  if (w.window === 'range') {
    const parts = [];
    if (w.from) parts.push(`from=${w.from}`);
    if (w.to) parts.push(`to=${w.to}`);
    return parts.join('&');
  }
  return `window=${w.window}`;
}
