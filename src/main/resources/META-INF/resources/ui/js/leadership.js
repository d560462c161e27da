// Leadership page: saving goals, the year's energy by month, carbon by month and scope, PV generation, savings.
import { download, get } from './api.js';
import { carbonModel, carbonNote, ledgersByMonth } from './carbon.js';
import { panel } from './charts.js';
import { month, number, t } from './i18n.js';
import { nextMonth, pageYear, yearMonths } from './months.js';
import { startPage } from './shell.js';
import { POINTS, SITE, pointKey } from './site.js';

const site = encodeURIComponent(SITE);
const NOT_ENERGY = ['chilled_water', 'water'];

function yearPicker(main, year) {
  const bar = document.createElement('div');
  bar.className = 'wide';
  bar.innerHTML = `<label><span data-i18n="leadership.year"></span> <input id="year" type="number" min="2000" max="2100" value="${year}"></label>`;
  bar.querySelector('input').addEventListener('change', event => {
    const params = new URLSearchParams(location.search);
    params.set('year', event.target.value);
    location.search = params.toString();
  });
  // the one-page monthly report for leadership, for each whole month of the year
  const lastWhole = new Date();
  lastWhole.setDate(0);
  const whole = yearMonths(year).filter(m => m <= `${lastWhole.getFullYear()}-${String(lastWhole.getMonth() + 1).padStart(2, '0')}`);
  if (whole.length) {
    const report = document.createElement('label');
    report.innerHTML = ` <span data-i18n="leadership.report"></span> <select id="report-month">${whole.reverse()
      .map(m => `<option value="${m}">${m}</option>`).join('')}</select> <button type="button" id="report-pdf">PDF</button>`;
    report.querySelector('button').addEventListener('click', () => {
      const m = report.querySelector('select').value;
      download(`/api/goals/${encodeURIComponent(SITE)}/report/${m}.pdf`, `${SITE}-${m}-leadership.pdf`);
    });
    bar.appendChild(report);
  }
  main.appendChild(bar);
}

async function goals(goalsPanel, savingsPanel, year, months) {
  let progress;
  try {
    progress = await get(`/api/goals/${site}/progress?year=${year}`);
  } catch (e) {
    goalsPanel.fail(e);
    savingsPanel.fail(e);
    return;
  }
  // GoalProgress (README, "Saving goals"): months[] beside the baseline year, targets[] year to date
  const rows = progress.months || [];
  const byMonth = new Map(rows.map(r => [String(r.month).slice(0, 7), r]));
  const column = name => months.map(m => (byMonth.has(m) ? byMonth.get(m)[name] ?? null : null));
  const x = { label: 'month', values: months, labels: months.map(month) };
  const targets = (progress.targets || []).map(g => `${g.metric} −${number(g.targetPct, 0)} %: ${g.savingPct == null ? '–'
    : number(g.savingPct, 1) + ' %'} (${g.status})`).join(' · ');
  goalsPanel.draw({
    x,
    axes: ['kWh', 'tce'],
    series: [
      { name: t('goals.actual'), unit: 'kWh', type: 'bar', values: column('electricityKwh') },
      { name: t('goals.baseline'), unit: 'kWh', type: 'line', values: column('baselineElectricityKwh') },
      { name: t('goals.actualTce'), unit: 'tce', type: 'line', axis: 1, values: column('tce') },
      { name: t('goals.normalisedTce'), unit: 'tce', type: 'line', axis: 1, values: column('normalisedBaselineTce') },
    ],
  }, targets);
  savingsPanel.draw({
    x,
    axes: ['%', 'kgce'],
    series: [
      { name: t('savings.normalised'), unit: '%', type: 'bar', values: column('savingPct') },
      { name: t('savings.perM2'), unit: 'kgce/m²', type: 'line', axis: 1, values: column('kgcePerM2') },
      { name: t('savings.perVisit'), unit: 'kgce', type: 'line', axis: 1, values: column('kgcePerVisit') },
    ],
  });
}

async function energy(p, year, months) {
  try {
    const answer = await get(`/api/sites/${site}/consumption?from=${year}-01&to=${year + 1}-01&resolution=1mo`);
    // Energy bought or burnt on site; chilled water (a sub-meter of the plant) and water are not energy use here.
    const carriers = answer.carriers.filter(c => !NOT_ENERGY.includes(c.carrier))
      .sort((a, b) => (a.carrier === 'electricity' ? -1 : b.carrier === 'electricity' ? 1 : 0));
    const units = [...new Set(carriers.map(c => c.unit))].slice(0, 2);
    p.draw({
      x: { label: 'month', values: months, labels: months.map(month) },
      axes: units,
      series: carriers.filter(c => units.includes(c.unit)).map(c => {
        const byMonth = new Map(c.buckets.map(b => [b.period.slice(0, 7), b.quantity]));
        return { name: t(`carrier.${c.carrier}`), unit: c.unit, type: c.unit === units[0] ? 'bar' : 'line',
          axis: units.indexOf(c.unit), values: months.map(m => byMonth.get(m) ?? null) };
      }),
    });
  } catch (e) {
    p.fail(e);
  }
}

async function pv(p, year, months) {
  try {
    const series = await get(`/api/series?point=${encodeURIComponent(pointKey(POINTS.pvGeneration))}&from=${year}-01&to=${nextMonth(`${year}-12`)}&resolution=1mo`);
    const byMonth = new Map((series.consumption || []).map(b => [b.period.slice(0, 7), b.canonicalQuantity ?? b.quantity]));
    const total = [...byMonth.values()].reduce((a, b) => a + b, 0);
    p.draw({
      x: { label: 'month', values: months, labels: months.map(month) },
      axes: ['kWh'],
      series: [{ name: t('pv.generated'), unit: 'kWh', type: 'bar', values: months.map(m => byMonth.get(m) ?? null) }],
    }, t('pv.total', { kwh: number(total) }));
  } catch (e) {
    p.fail(e);
  }
}

// Plant optimisation's measured savings (README, "Plant savings"): per month saved against conventional sequencing
// re-run on the measured load, the year to date against the yearly target; only days whose approved plan was measured
// over every slot count.
async function plantSavings(p, year, months) {
  let tally;
  try {
    tally = await get(`/api/sites/${site}/plant-savings?year=${year}`);
  } catch (e) {
    p.fail(e);
    return;
  }
  if (!tally.daysCovered) {
    p.clearChart();
    p.setState('empty', t('plantSavings.none', { target: number(tally.targetKwh / 1000, 0) }));
    return;
  }
  const byMonth = new Map(tally.months.map(m => [m.month, m]));
  const covered = m => (byMonth.get(m)?.daysCovered ? byMonth.get(m) : null);
  const elapsed = m => (byMonth.get(m)?.daysElapsed ? byMonth.get(m) : null);
  p.draw({
    x: { label: 'month', values: months, labels: months.map(month) },
    axes: ['kWh'],
    series: [
      { name: t('plantSavings.saved'), unit: 'kWh', type: 'bar', values: months.map(m => covered(m)?.saved.savedKwh ?? null) },
      { name: t('plantSavings.cumulative'), unit: 'kWh', type: 'line', values: months.map(m => elapsed(m)?.cumulativeSavedKwh ?? null) },
      { name: t('plantSavings.target'), unit: 'kWh', type: 'line', values: months.map(() => tally.targetKwh) },
    ],
  }, t('plantSavings.note', {
    saved: number(tally.saved.savedKwh / 1000, 1), target: number(tally.targetKwh / 1000, 0), cny: number(tally.saved.savedCny, 0),
    tco2: number(tally.saved.savedTco2, 2), covered: tally.daysCovered, elapsed: tally.daysElapsed,
  }));
}

async function carbon(p, months) {
  try {
    const { found, missing } = await ledgersByMonth(SITE, months);
    p.draw(carbonModel(months, found), carbonNote(found, missing));
  } catch (e) {
    p.fail(e);
  }
}

startPage('leadership', async main => {
  const year = pageYear();
  const months = yearMonths(year);
  yearPicker(main, year);
  const goalsPanel = panel(main, { id: 'goals', title: 'goals.title' });
  const savingsPanel = panel(main, { id: 'savings', title: 'savings.title' });
  const plantPanel = panel(main, { id: 'plant-savings', title: 'plantSavings.title' });
  const energyPanel = panel(main, { id: 'energy', title: 'energy.title' });
  const carbonPanel = panel(main, { id: 'carbon', title: 'carbon.title' });
  const pvPanel = panel(main, { id: 'pv', title: 'pv.title' });
  // The panels load side by side: the page takes as long as its slowest call, not their sum.
  await Promise.all([goals(goalsPanel, savingsPanel, year, months), energy(energyPanel, year, months),
    carbon(carbonPanel, months), pv(pvPanel, year, months), plantSavings(plantPanel, year, months)]);
});
