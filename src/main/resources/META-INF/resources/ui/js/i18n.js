// Message bundles (i18n/<lang>/common.json and i18n/<lang>/<page>.json), the chosen language (kept in localStorage)
// and locale formatting. A page's own bundle holds the keys only it uses and wins over common.json.
const LANGUAGE = 'wardwatt.language';
export const LANGUAGES = ['zh-CN', 'en'];

function initialLanguage() {
  const stored = localStorage.getItem(LANGUAGE);
  if (LANGUAGES.includes(stored)) {
    return stored;
  }
  return (navigator.language || '').toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export const language = initialLanguage();
let messages = {};

export async function loadMessages(page) {
  const bundles = await Promise.all(['common', page].map(async name => {
    const response = await fetch(`/ui/i18n/${language}/${name}.json`);
    return response.ok ? response.json() : {};
  }));
  messages = Object.assign({}, ...bundles);
  document.documentElement.lang = language;
}

/** Whether a bundle has the key: for texts the server sends with a key (alerts, states), falling back to its own words. */
export function hasMessage(key) {
  return key in messages;
}

/** The message for key with {name} placeholders filled; the key itself when a bundle lacks it (visible, not blank). */
export function t(key, values = {}) {
  const text = messages[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (all, name) => (name in values ? String(values[name]) : all));
}

/** Fills every element marked data-i18n (text) or data-i18n-placeholder. */
export function translatePage(root = document) {
  root.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach(el => { el.placeholder = t(el.dataset.i18nPlaceholder); });
}

/** Switching reloads the page: every label, number and date is then drawn once, in one language. */
export function switchLanguage(next) {
  localStorage.setItem(LANGUAGE, next);
  location.reload();
}

const numberFormats = new Map();
export function number(value, digits = 0) {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return '–';
  }
  if (!numberFormats.has(digits)) {
    numberFormats.set(digits, new Intl.NumberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits }));
  }
  return numberFormats.get(digits).format(value);
}

/** The site's time zone; pages set it from the site model before drawing. */
export let timeZone = 'Asia/Shanghai';
export function useTimeZone(zone) {
  timeZone = zone;
}

export function dateTime(instant) {
  if (!instant) {
    return '–';
  }
  return new Intl.DateTimeFormat(language, { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(new Date(instant));
}

/** An instant's clock time in the site's time zone, HH:mm. */
export function clockTime(instant) {
  if (!instant) {
    return '–';
  }
  return new Intl.DateTimeFormat(language, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant));
}

export function month(yearMonth) {
  const [y, m] = yearMonth.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

export function date(isoDate) {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}
