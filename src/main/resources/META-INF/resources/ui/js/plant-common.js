// What the plant page's modules share: the API paths it calls, the site's clock (plan slots, days by name) and API
// errors in words.
import { clockTime, date, language, t, timeZone } from './i18n.js';
import { SITE, pointKey } from './site.js';

// Every path this page calls, in one place (the API's paths are being moved under /api/sites/{site}/...).
const site = encodeURIComponent(SITE);
export const paths = {
  plantNow: `/api/sites/${site}/plant/now`,
  series: (point, from, to, resolution) => `/api/series?point=${encodeURIComponent(pointKey(point))}&from=${from}&to=${to}&resolution=${resolution}`,
  plans: `/api/sites/${site}/plans?limit=25`,
  plan: id => `/api/sites/${site}/plans/${id}`,
  actual: id => `/api/sites/${site}/plans/${id}/actual`,
  decide: (id, action) => `/api/sites/${site}/plans/${id}/${action}`,
  daily: day => `/api/sites/${site}/plans/daily?date=${day}`,
  whatIf: `/api/sites/${site}/plans/what-if`,
};

export const REFRESH_MS = 5000;
export const STALE_AFTER_MS = 60_000;
export const QUARTER_HOURS_PER_HOUR = 4;

// --- time -------------------------------------------------------------------------------------------------------

/** The site zone's offset from UTC at an instant, in ms. */
function zoneOffsetMs(instant) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(instant).map(p => [p.type, p.value]));
  const asUtc = Date.UTC(+parts.year, parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * A plan slot's time, given either as the site's local time without offset (2026-12-08T14:00:00) or as ISO 8601 with
 * an offset (2026-12-08T14:00:00+08:00): the instant it means.
 */
export function slotInstant(value) {
  if (/(Z|[+-]\d\d:?\d\d)$/.test(value)) {
    return new Date(value);
  }
  const [d, time = '00:00'] = value.split('T');
  const [y, m, day] = d.split('-').map(Number);
  const [h, min, s = 0] = time.split(':').map(Number);
  const naive = Date.UTC(y, m - 1, day, h, min, Math.floor(s));
  // the zone's offset at the naive time, then once more at the instant found (right across a DST change)
  const first = naive - zoneOffsetMs(new Date(naive));
  return new Date(naive - zoneOffsetMs(new Date(first)));
}

/** A slot's clock time in the site's zone, HH:mm. */
export function slotClock(value) {
  return clockTime(slotInstant(value));
}

/** Today in the site's zone, YYYY-MM-DD. */
export function siteDay(offsetDays = 0) {
  const now = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** "Tomorrow 9 Dec", "Today 8 Dec", or the date. */
export function dayName(isoDate) {
  // "9 Dec" rather than "Dec 9": the site's day-month order
  const shortDate = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
  const relative = { [siteDay(-1)]: 'day.yesterday', [siteDay(0)]: 'day.today', [siteDay(1)]: 'day.tomorrow' }[isoDate];
  return relative ? t(relative, { date: shortDate }) : date(isoDate);
}

export function asOfTime(instant) {
  return new Intl.DateTimeFormat(language, { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(new Date(instant));
}

// --- errors in words ----------------------------------------------------------------------------------------------

/** An API error as a sentence: what kind of refusal (in the page's language), then the service's own words. */
export function errorWords(error) {
  const kind = { 400: 'error.invalid', 403: 'error.forbidden', 404: 'error.notFound', 409: 'error.conflict' }[error.status] || 'error.other';
  return `${t(kind)} ${error.message || ''}`.trim();
}
