// Trial Explorer embed example: a host page with no inline script (it works under
// `script-src 'self'`). It sizes each frame from the explorer's `resize` messages, logs
// `site-selected` messages, and drives the map frame with `select-site` and `set-filter`.
const TRIAL = 'NCT01573923';
const PROTOCOL = { source: 'trial-explorer', version: 1 };

const requested = new URLSearchParams(window.location.search).get('app');
const appOrigin = (() => {
  try {
    return requested ? new URL(requested).origin : window.location.origin;
  } catch {
    return window.location.origin;
  }
})();

/** @type {Map<Window, HTMLIFrameElement>} */
const frames = new Map();

function embed(slot) {
  const view = slot.dataset.view ?? 'all';
  // The view's own prerendered address; the host's origin tells the explorer where to send messages.
  const src = new URL(`/trials/${TRIAL}/embed/${view}/`, appOrigin);
  src.search = new URLSearchParams({ parentOrigin: window.location.origin }).toString();
  const iframe = document.createElement('iframe');
  iframe.src = src.href;
  iframe.title = `${TRIAL} ${view === 'map' ? 'sites map' : 'study groups'} (Trial Explorer)`;
  iframe.height = slot.dataset.height ?? '300';
  slot.append(iframe);
  if (iframe.contentWindow) frames.set(iframe.contentWindow, iframe);
  return iframe;
}

function log(text) {
  const item = document.createElement('li');
  item.textContent = text;
  document.getElementById('log')?.append(item);
}

const mapFrame = embed(document.getElementById('map-frame'));
embed(document.getElementById('groups-frame'));

window.addEventListener('message', (event) => {
  if (event.origin !== appOrigin) return;
  const iframe = frames.get(event.source);
  const data = event.data;
  if (!iframe || typeof data !== 'object' || data === null) return;
  if (data.source !== PROTOCOL.source || data.version !== PROTOCOL.version) return;
  if (data.type === 'resize' && typeof data.height === 'number') {
    iframe.height = String(Math.max(150, Math.ceil(data.height)));
  } else if (data.type === 'site-selected') {
    const place = [data.facility, data.city].filter(Boolean).join(', ');
    log(`site-selected: ${data.siteId}${place ? ` (${place})` : ''}`);
  } else if (data.type === 'ready') {
    iframe.dataset.ready = 'true';
  }
});

function send(message) {
  mapFrame.contentWindow?.postMessage({ ...PROTOCOL, ...message }, appOrigin);
}

document.getElementById('select-site')?.addEventListener('click', () => {
  send({ type: 'select-site', siteId: 'site-3' });
});
document.getElementById('set-filter')?.addEventListener('click', () => {
  send({ type: 'set-filter', status: 'RECRUITING' });
});
