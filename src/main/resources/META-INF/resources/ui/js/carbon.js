// Carbon per month and scope, from the ledger: a closed month's stored latest version, an open month computed
// now (the preview, not stored). Months after the current one are left out.
import { get } from './api.js';
import { month, t } from './i18n.js';
import { currentMonth } from './months.js';

/** Resolves to [{ month, closed, ledger }] for the months that could be computed, and the months that could not. */
export async function ledgersByMonth(site, months) {
  const summaries = await get(`/api/sites/${encodeURIComponent(site)}/carbon/ledgers`);
  const closed = new Set(summaries.filter(s => s.status === 'closed').map(s => s.month));
  const now = currentMonth();
  const wanted = months.filter(m => m <= now);
  const answers = await Promise.allSettled(wanted.map(m => get(closed.has(m)
    ? `/api/sites/${encodeURIComponent(site)}/carbon/ledgers/${m}`
    : `/api/sites/${encodeURIComponent(site)}/carbon/ledgers/${m}/preview`)));
  const found = [];
  const missing = [];
  answers.forEach((answer, i) => {
    if (answer.status === 'fulfilled') {
      found.push({ month: wanted[i], closed: closed.has(wanted[i]), ledger: answer.value.ledger });
    } else if (answer.reason.status === 403) {
      throw answer.reason;
    } else {
      missing.push(wanted[i]);
    }
  });
  return { found, missing };
}

const nullable = v => (v === null || v === undefined ? null : Number(v));

/** Chart model: GHG Protocol scope 1 and scope 2 (location-based) stacked, market-based scope 2 and compliance CO2 as lines. */
export function carbonModel(months, found) {
  const byMonth = new Map(found.map(f => [f.month, f.ledger]));
  const pick = path => months.map(m => {
    const ledger = byMonth.get(m);
    return ledger ? nullable(path.reduce((o, k) => (o ? o[k] : undefined), ledger)) : null;
  });
  // The running month is a month to date: its bars are drawn hatched, and the lines stop before it rather than dive.
  const now = currentMonth();
  const whole = values => values.map((v, i) => (months[i] === now ? null : v));
  return {
    x: { label: 'month', values: months, labels: months.map(month), partial: months.map(m => m === now), partialLabel: t('chart.monthToDate') },
    legend: 'all',
    axes: ['tCO2e'],
    series: [
      { name: t('carbon.scope1'), unit: 'tCO2e', type: 'bar', stack: 'ghg', values: pick(['ghgProtocol', 'scope1', 'totalTco2e']) },
      { name: t('carbon.scope2Location'), unit: 'tCO2e', type: 'bar', stack: 'ghg', values: pick(['ghgProtocol', 'scope2LocationBased', 'totalTco2e']) },
      { name: t('carbon.scope2Market'), unit: 'tCO2e', type: 'line', values: whole(pick(['ghgProtocol', 'scope2MarketBased', 'totalTco2e'])) },
      { name: t('carbon.compliance'), unit: 'tCO2', type: 'line', values: whole(pick(['compliance', 'totalTco2'])) },
    ],
  };
}

export function carbonNote(found, missing) {
  const parts = [];
  const open = found.filter(f => !f.closed).map(f => month(f.month));
  if (open.length) {
    parts.push(t('carbon.openMonths', { months: open.join(', ') }));
  }
  if (missing.length) {
    parts.push(t('carbon.missingMonths', { months: missing.map(month).join(', ') }));
  }
  return parts.join(' ');
}
