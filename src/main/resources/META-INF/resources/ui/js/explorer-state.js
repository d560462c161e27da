// The point explorer's state (points, range, resolution), kept in the page address so a link reopens the same chart,
// and the site-local times of the range pickers.
import { timeZone } from './i18n.js';

export const RESOLUTIONS = ['raw', '15m', '1h', '1d', '1mo'];
export const QUICK_RANGES = { '24h': 24 * 3600_000, '7d': 7 * 86400_000, '30d': 30 * 86400_000, '1y': 365 * 86400_000 };
const QUARTER = 15 * 60_000;

/** The end of a quick range: now, floored to the quarter hour, so the last bucket is a finished one. */
export function quickRange(name, now = Date.now()) {
  const to = Math.floor(now / QUARTER) * QUARTER;
  return { from: new Date(to - QUICK_RANGES[name]).toISOString(), to: new Date(to).toISOString() };
}

/** Reads points, from, to and resolution from the address; a missing range is the last 24 hours at 15 minutes. */
export function readState(search = location.search) {
  const params = new URLSearchParams(search);
  const points = (params.get('points') || '').split(',').map(p => p.trim()).filter(Boolean);
  const range = params.get('from') && params.get('to') ? { from: params.get('from'), to: params.get('to') } : quickRange('24h');
  return { points: [...new Set(points)], ...range, resolution: params.get('resolution') || '15m' };
}

/** Writes the state into the address without reloading (other parameters, e.g. site, are kept). */
export function writeState(state) {
  const params = new URLSearchParams(location.search);
  if (state.points.length) {
    params.set('points', state.points.join(','));
  } else {
    params.delete('points');
  }
  params.set('from', state.from);
  params.set('to', state.to);
  params.set('resolution', state.resolution);
  history.replaceState(null, '', `${location.pathname}?${params.toString().replace(/%2C/g, ',').replace(/%2F/g, '/')}`);
}

/** An instant as the site's local time, yyyy-MM-ddTHH:mm, for an input of type datetime-local. */
export function toLocalInput(instant) {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) {
    return '';
  }
  const parts = fields(date.getTime());
  const pad = n => String(n).padStart(2, '0');
  return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}T${pad(parts.hour)}:${pad(parts.minute)}`;
}

/** A datetime-local value read as the site's local time; the ISO instant, or null when it is not a time. */
export function fromLocalInput(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(text || '');
  if (!m) {
    return null;
  }
  const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  let instant = wall - offset(wall);
  instant = wall - offset(instant); // once more, for a range that crosses a daylight-saving change
  return new Date(instant).toISOString();
}

function fields(ms) {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
    hour: 'numeric', minute: 'numeric' }).formatToParts(new Date(ms));
  return Object.fromEntries(parts.filter(p => p.type !== 'literal').map(p => [p.type, Number(p.value)]));
}

/** The site zone's offset from UTC at an instant, in ms. */
function offset(ms) {
  const f = fields(ms);
  return Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute) - Math.floor(ms / 60_000) * 60_000;
}
