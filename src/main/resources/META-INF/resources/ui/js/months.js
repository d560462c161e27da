// Calendar months as 'YYYY-MM' texts, the way the API names them.
export function yearMonths(year) {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/** The months of the twelve ending with (and including) the given one. */
export function lastTwelve(endMonth) {
  const [y, m] = endMonth.split('-').map(Number);
  return Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 12 + i, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

export function currentMonth() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

export function nextMonth(yearMonth) {
  const [y, m] = yearMonth.split('-').map(Number);
  const d = new Date(Date.UTC(y, m, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

export function pageYear() {
  const asked = Number(new URLSearchParams(location.search).get('year'));
  return Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : new Date().getFullYear();
}

/**
 * The page's period from its address: the whole year (default), the last twelve months (?period=last12) or a range of
 * months of the year (?period=range&from=YYYY-MM&to=YYYY-MM, both inside the year, else the whole year).
 */
export function periodOf(year) {
  const params = new URLSearchParams(location.search);
  const kind = params.get('period');
  if (kind === 'last12') {
    return { kind };
  }
  const from = params.get('from');
  const to = params.get('to');
  const inYear = m => /^\d{4}-\d{2}$/.test(m || '') && m.startsWith(`${year}-`) && yearMonths(year).includes(m);
  if (kind === 'range' && inYear(from) && inYear(to) && from <= to) {
    return { kind, from, to };
  }
  return { kind: 'year' };
}

/** The months of a period (see periodOf). */
export function periodMonths(period, year) {
  if (period.kind === 'last12') {
    return lastTwelve(currentMonth());
  }
  if (period.kind === 'range') {
    return yearMonths(year).filter(m => m >= period.from && m <= period.to);
  }
  return yearMonths(year);
}
