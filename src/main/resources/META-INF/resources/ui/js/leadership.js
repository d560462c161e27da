// Leadership page: the headline (each target year to date with its uncertainty, carbon, plant savings, PV, standby),
// then the months of the chosen period: energy against the baseline, savings, plant savings, energy, carbon, PV.
// The running month is marked "month to date" and left out of every comparison line.
import { download, get } from './api.js';
import { carbonModel, carbonNote, ledgersByMonth } from './carbon.js';
import { panel } from './charts.js';
import { text } from './dom.js';
import { clockTime, month, number, t } from './i18n.js';
import { currentMonth, nextMonth, pageYear, periodMonths, periodOf, yearMonths } from './months.js';
import { startPage } from './shell.js';
import { POINTS, SITE, pointKey } from './site.js';

const site = encodeURIComponent(SITE);
// Every API path the page calls, in one place.
const paths = {
  goals: () => `/api/sites/${site}/goals`,
  headline: year => `/api/sites/${site}/goals/headline?year=${year}`,
  progress: year => `/api/sites/${site}/goals/progress?year=${year}`,
  report: m => `/api/sites/${site}/goals/report/${m}.pdf`,
  consumption: (from, to) => `/api/sites/${site}/consumption?from=${from}&to=${to}&resolution=1mo`,
  plantSavings: year => `/api/sites/${site}/plant-savings?year=${year}`,
  pvSeries: (from, to) => `/api/series?point=${encodeURIComponent(pointKey(POINTS.pvGeneration))}&from=${from}&to=${to}&resolution=1mo`,
};
const NOT_ENERGY = ['chilled_water', 'water'];
const REFRESH_MINUTES = 5;


/** The x axis of the period: month labels, the running month marked partial. */
function axis(months) {
  const now = currentMonth();
  return { label: 'month', values: months, labels: months.map(month), partial: months.map(m => m === now), partialLabel: t('chart.monthToDate') };
}

/** A comparison line leaves the running month out: a month to date against whole months would dive. */
function whole(months, values) {
  const now = currentMonth();
  return values.map((v, i) => (months[i] === now ? null : v));
}

// ---- the bar: year, period, monthly report, last update ----

function toolbar(main, year, period, baselineYear) {
  const bar = document.createElement('div');
  bar.className = 'wide leadership-toolbar';
  const thisYear = new Date().getFullYear();
  const first = Math.min(baselineYear ?? thisYear - 1, year);
  const years = [];
  for (let y = Math.max(thisYear, year); y >= first; y--) {
    years.push(y);
  }
  const monthOptions = yearMonths(year).map(m => `<option value="${m}">${text(month(m))}</option>`).join('');
  bar.innerHTML = `<label><span>${text(t('leadership.year'))}</span> <select id="year">${years
    .map(y => `<option value="${y}"${y === year ? ' selected' : ''}>${y}</option>`).join('')}</select></label>
    <label><span>${text(t('leadership.period'))}</span> <select id="period">
      <option value="year">${text(t('leadership.period.year'))}</option>
      <option value="last12">${text(t('leadership.period.last12'))}</option>
      <option value="range">${text(t('leadership.period.range'))}</option></select></label>
    <span id="range" ${period.kind === 'range' ? '' : 'hidden'}><select id="range-from">${monthOptions}</select> – <select id="range-to">${monthOptions}</select></span>
    <span class="report"></span>
    <span id="updated" class="updated"></span>`;
  bar.querySelector('#period').value = period.kind;
  if (period.kind === 'range') {
    bar.querySelector('#range-from').value = period.from;
    bar.querySelector('#range-to').value = period.to;
  }
  const go = changes => {
    const params = new URLSearchParams(location.search);
    Object.entries(changes).forEach(([k, v]) => (v === null ? params.delete(k) : params.set(k, v)));
    location.search = params.toString();
  };
  bar.querySelector('#year').addEventListener('change', e => go({ year: e.target.value, from: null, to: null }));
  bar.querySelector('#period').addEventListener('change', e => {
    const kind = e.target.value;
    if (kind === 'range') {
      bar.querySelector('#range').hidden = false;
      return;
    }
    go({ period: kind === 'year' ? null : kind, from: null, to: null });
  });
  const range = () => {
    let from = bar.querySelector('#range-from').value;
    let to = bar.querySelector('#range-to').value;
    if (from > to) {
      [from, to] = [to, from];
    }
    go({ period: 'range', from, to });
  };
  bar.querySelector('#range-from').addEventListener('change', range);
  bar.querySelector('#range-to').addEventListener('change', range);
  if (baselineYear === null || year > baselineYear) {
    // the report measures a month against the baseline year: none for the baseline year itself
    reportButton(bar.querySelector('.report'), year);
  }
  main.appendChild(bar);
}

/** The one-page monthly PDF for leadership, for each whole month of the year; errors are shown beside the button. */
function reportButton(holder, year) {
  const now = currentMonth();
  const whole = yearMonths(year).filter(m => m < now).reverse();
  if (!whole.length) {
    return;
  }
  holder.innerHTML = `<label><span>${text(t('leadership.report'))}</span> <select id="report-month">${whole
    .map(m => `<option value="${m}">${text(month(m))}</option>`).join('')}</select></label>
    <button type="button" id="report-pdf">${text(t('leadership.reportPdf'))}</button>
    <span id="report-state" class="state" role="status"></span>`;
  const state = holder.querySelector('#report-state');
  holder.querySelector('#report-pdf').addEventListener('click', async () => {
    const m = holder.querySelector('#report-month').value;
    const file = `${SITE}-${m}-leadership.pdf`;
    state.className = 'state';
    state.textContent = t('state.loading');
    try {
      await download(paths.report(m), file, 'application/pdf, application/json;q=0.5');
      state.textContent = t('leadership.reportDone', { file });
      state.dataset.outcome = 'ok';
    } catch (e) {
      state.className = 'state error';
      state.textContent = t('leadership.reportFailed', { error: e.status === 403 ? t('state.forbidden') : e.message });
      state.dataset.outcome = 'error';
    }
  });
}

// ---- the headline row ----

function metricName(metric) {
  return t(`target.metric.${metric}`);
}

function signed(value, digits = 1) {
  if (value === null || value === undefined) {
    return '–';
  }
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${number(Math.abs(value), digits)}`;
}

function monthsText(through) {
  const first = `${through.slice(0, 4)}-01`;
  return first === through ? month(through) : `${month(first)} – ${month(through)}`;
}

function targetCard(line, headline) {
  const status = line.status;
  const drivers = line.normalisedTo.map(d => t(`headline.driver.${d}`)).join(t('headline.and'));
  const against = line.basis === 'regression'
    ? t('headline.againstNormalised', { year: headline.baselineYear, drivers })
    : t('headline.againstYearOnYear', { year: headline.baselineYear });
  const result = line.changePct === null ? t('headline.noData')
    : `${signed(line.changePct)} %${line.uncertainty68Pct === null ? '' : ` <small>± ${number(line.uncertainty68Pct, 1)} %</small>`}`;
  return `<div class="headline-card target ${status}" data-metric="${text(line.metric)}" data-status="${status}">
    <h3>${text(metricName(line.metric))}</h3>
    <p class="goal">${text(t('headline.target', { pct: number(line.targetPct, 0) }))}</p>
    <p class="figure" data-change="${line.changePct ?? ''}" data-uncertainty="${line.uncertainty68Pct ?? ''}">${result}</p>
    <p class="status">${text(t(`headline.status.${status}`))}</p>
    <p class="detail">${text(against)}</p>
  </div>`;
}

function carbonCard(c, headline) {
  const figure = c.tco2e === null ? t('headline.notYet') : `${number(c.tco2e, 0)} <small>tCO2e</small>`;
  const lower = c.changePct !== null && c.changePct <= 0;
  const detail = c.tco2e === null ? t('headline.carbon.none')
    : t('headline.carbon.change', { pct: signed(c.changePct), year: headline.year - 1 });
  return `<div class="headline-card carbon ${c.changePct === null ? 'no-data' : lower ? 'on-track' : 'off-track'}" data-figure="carbon">
    <h3>${text(t('headline.carbon.title'))}</h3>
    <p class="goal">${text(c.months.length ? monthsText(c.months[c.months.length - 1]) : '')}</p>
    <p class="figure" data-value="${c.tco2e ?? ''}">${figure}</p>
    <p class="status">${text(detail)}</p>
    <p class="detail">${text(t('headline.carbon.basis'))}</p>
  </div>`;
}

function plantCard(p) {
  const none = p.daysCovered === 0;
  return `<div class="headline-card plant ${none ? 'no-data' : 'info'}" data-figure="plant">
    <h3>${text(t('headline.plant.title'))}</h3>
    <p class="goal">${text(t('headline.plant.target', { target: number(p.targetKwh / 1000, 0) }))}</p>
    <p class="figure" data-value="${p.savedKwh}">${none ? text(t('headline.plant.none')) : `${number(p.savedKwh / 1000, 1)} <small>MWh</small>`}</p>
    <p class="status">${none ? '' : text(t('headline.plant.money', { cny: number(p.savedCny, 0), cny10k: number(p.savedCny / 10000, 1), tco2: number(p.savedTco2, 1) }))}</p>
    <p class="detail">${text(t('headline.plant.detail', { covered: p.daysCovered, elapsed: p.daysElapsed }))}</p>
  </div>`;
}

function pvCard(pv) {
  const why = pv.kwh === null ? t('headline.pv.noMeter') : pv.months.length === 0 ? t('headline.pv.noReadings') : '';
  return `<div class="headline-card pv info" data-figure="pv">
    <h3>${text(t('headline.pv.title'))}</h3>
    <p class="goal">${text(t('headline.yearToDate'))}</p>
    <p class="figure" data-value="${pv.kwh ?? ''}">${pv.kwh === null ? '–' : `${number(pv.kwh / 1000, 1)} <small>MWh</small>`}</p>
    <p class="status">${text(why)}</p>
    <p class="detail">${text(t('headline.pv.detail'))}</p>
  </div>`;
}

function standbyCard(s) {
  return `<div class="headline-card standby ${s.alerts ? 'off-track' : 'on-track'}" data-figure="standby">
    <h3>${text(t('headline.standby.title'))}</h3>
    <p class="goal">${text(t('headline.yearToDate'))}</p>
    <p class="figure" data-value="${s.wastedKwh}">${number(s.wastedKwh, 0)} <small>kWh</small></p>
    <p class="status">${text(s.alerts ? t('headline.standby.detail', { alerts: s.alerts, devices: s.devices }) : t('headline.standby.none'))}</p>
    <p class="detail">${text(t('headline.standby.basis'))}</p>
  </div>`;
}

function drawHeadline(holder, headline) {
  const period = headline.through ? t('headline.period', { months: monthsText(headline.through) }) : t('headline.noWholeMonth', { year: headline.year });
  const running = headline.runningMonth ? ` ${t('headline.running', { month: month(headline.runningMonth) })}` : '';
  const judged = headline.targets.filter(l => l.status !== 'no-data');
  const onTrack = judged.filter(l => l.status === 'on-track').length;
  const verdict = judged.length === 0 ? '' : `<p class="headline-verdict ${onTrack === judged.length ? 'on-track' : 'off-track'}">${
    text(t('headline.verdict', { on: onTrack, of: judged.length }))}</p>`;
  const uncertain = headline.targets.some(l => l.uncertainty68Pct !== null) ? ` ${t('headline.uncertainty')}` : '';
  holder.innerHTML = `${verdict}<p class="headline-period">${text(period + running + uncertain)}</p>
    <div class="headline-cards">${headline.targets.map(line => targetCard(line, headline)).join('')}
    ${carbonCard(headline.carbon, headline)}${plantCard(headline.plantSavings)}${pvCard(headline.pv)}${standbyCard(headline.standby)}</div>`;
  holder.dataset.state = 'ok';
}

async function headlineRow(holder, year, baselineYear) {
  if (baselineYear !== null && year <= baselineYear) {
    holder.innerHTML = `<p class="headline-period">${text(t('leadership.baselineYear', { year, next: baselineYear + 1 }))}</p>`;
    holder.dataset.state = 'baseline';
    return null;
  }
  try {
    const headline = await get(paths.headline(year));
    drawHeadline(holder, headline);
    return headline;
  } catch (e) {
    holder.innerHTML = `<p class="state error">${text(e.status === 403 ? t('state.forbidden')
      : e.status === 404 ? t('headline.noGoals') : `${t('state.error')} ${e.message}`)}</p>`;
    holder.dataset.state = 'error';
    return null;
  }
}

// ---- the charts of the period ----

/** The progress rows of the period's months (one call per year after the baseline year). */
async function progressRows(months, baselineYear) {
  const years = [...new Set(months.map(m => Number(m.slice(0, 4))))].filter(y => baselineYear === null || y > baselineYear);
  const answers = await Promise.all(years.map(y => get(paths.progress(y))));
  return new Map(answers.flatMap(a => a.months || []).map(r => [String(r.month).slice(0, 7), r]));
}

async function goals(goalsPanel, savingsPanel, months, baselineYear) {
  if (baselineYear !== null && months.every(m => Number(m.slice(0, 4)) <= baselineYear)) {
    // one message for the baseline year (in the headline), not an error in each panel
    goalsPanel.clearChart();
    goalsPanel.setState('empty', t('leadership.baselineYearShort'));
    savingsPanel.section.hidden = true;
    return;
  }
  savingsPanel.section.hidden = false;
  let byMonth;
  try {
    byMonth = await progressRows(months, baselineYear);
  } catch (e) {
    goalsPanel.fail(e);
    savingsPanel.clearChart();
    savingsPanel.setState('empty');
    return;
  }
  const column = name => months.map(m => (byMonth.has(m) ? byMonth.get(m)[name] ?? null : null));
  const x = axis(months);
  goalsPanel.draw({
    x,
    legend: 'all',
    axes: ['kWh', 'tce'],
    series: [
      { name: t('goals.actual'), unit: 'kWh', type: 'bar', values: column('electricityKwh') },
      { name: t('goals.baseline'), unit: 'kWh', type: 'line', values: whole(months, column('baselineElectricityKwh')) },
      { name: t('goals.actualTce'), unit: 'tce', type: 'line', axis: 1, values: whole(months, column('tce')) },
      { name: t('goals.normalisedTce'), unit: 'tce', type: 'line', axis: 1, values: whole(months, column('normalisedBaselineTce')) },
    ],
  }, t('goals.note'));
  savingsPanel.draw({
    x,
    legend: 'all',
    axes: ['%', 'kgce'],
    series: [
      { name: t('savings.normalised'), unit: '%', type: 'bar', values: whole(months, column('savingPct')) },
      { name: t('savings.perM2'), unit: 'kgce/m²', type: 'line', axis: 1, values: whole(months, column('kgcePerM2')) },
      { name: t('savings.perVisit'), unit: 'kgce', type: 'line', axis: 1, values: whole(months, column('kgcePerVisit')) },
    ],
  });
}

async function energy(p, months) {
  try {
    const answer = await get(paths.consumption(months[0], nextMonth(months[months.length - 1])));
    // Energy bought or burnt on site; chilled water (a sub-meter of the plant) and water are not energy use here.
    const carriers = answer.carriers.filter(c => !NOT_ENERGY.includes(c.carrier))
      .sort((a, b) => (a.carrier === 'electricity' ? -1 : b.carrier === 'electricity' ? 1 : 0));
    const units = [...new Set(carriers.map(c => c.unit))].slice(0, 2);
    p.draw({
      x: axis(months),
      legend: 'all',
      axes: units,
      series: carriers.filter(c => units.includes(c.unit)).map(c => {
        const byMonth = new Map(c.buckets.map(b => [b.period.slice(0, 7), b.quantity]));
        const bar = c.unit === units[0];
        const values = months.map(m => byMonth.get(m) ?? null);
        return { name: t(`carrier.${c.carrier}`), unit: c.unit, type: bar ? 'bar' : 'line', axis: units.indexOf(c.unit),
          values: bar ? values : whole(months, values) };
      }),
    });
  } catch (e) {
    p.fail(e);
  }
}

/**
 * PV by month: the headline's months (the same figures as its year to date); months of another year (the last 12
 * months, the baseline year) from the PV counter's own series.
 */
async function pv(p, months, headline, year) {
  const line = headline?.pv;
  if (line && line.kwh === null) {
    p.clearChart();
    p.setState('empty', t('headline.pv.noMeter'));
    return;
  }
  const byMonth = new Map((line?.months || []).map(m => [m.month, m.kwh]));
  const others = months.filter(m => !line || Number(m.slice(0, 4)) !== year);
  try {
    if (others.length) {
      const series = await get(paths.pvSeries(others[0], nextMonth(others[others.length - 1])));
      (series.consumption || []).forEach(b => byMonth.set(b.period.slice(0, 7), b.canonicalQuantity ?? b.quantity));
    }
  } catch (e) {
    p.fail(e);
    return;
  }
  const now = currentMonth();
  const shown = months.filter(m => m <= now);
  const total = line ? t('leadership.pvTotal', { mwh: number(line.kwh / 1000, 1), year }) : '';
  p.draw({
    x: axis(shown),
    legend: 'all',
    axes: ['kWh'],
    series: [{ name: t('pv.generated'), unit: 'kWh', type: 'bar', values: shown.map(m => byMonth.get(m) ?? null) }],
  }, total);
}

// Plant optimisation's measured savings (README, "Plant savings"): per month saved against conventional sequencing
// re-run on the measured load, the year to date against the yearly target; only days whose approved plan was measured
// over every slot count.
async function plantSavings(p, months) {
  const years = [...new Set(months.map(m => Number(m.slice(0, 4))))];
  let tallies;
  try {
    tallies = await Promise.all(years.map(y => get(paths.plantSavings(y))));
  } catch (e) {
    p.fail(e);
    return;
  }
  const last = tallies[tallies.length - 1];
  if (!tallies.some(tally => tally.daysCovered)) {
    p.clearChart();
    p.setState('empty', t('plantSavings.none', { target: number(last.targetKwh / 1000, 0) }));
    return;
  }
  const byMonth = new Map(tallies.flatMap(tally => tally.months).map(m => [m.month, m]));
  const covered = m => (byMonth.get(m)?.daysCovered ? byMonth.get(m) : null);
  const elapsed = m => (byMonth.get(m)?.daysElapsed ? byMonth.get(m) : null);
  p.draw({
    x: axis(months),
    legend: 'all',
    axes: ['kWh'],
    series: [
      { name: t('plantSavings.saved'), unit: 'kWh', type: 'bar', values: months.map(m => covered(m)?.saved.savedKwh ?? null) },
      { name: t('plantSavings.cumulative'), unit: 'kWh', type: 'line', values: months.map(m => elapsed(m)?.cumulativeSavedKwh ?? null) },
      { name: t('plantSavings.target'), unit: 'kWh', type: 'line', values: months.map(() => last.targetKwh) },
    ],
  }, t('plantSavings.note', {
    saved: number(last.saved.savedKwh / 1000, 1), target: number(last.targetKwh / 1000, 0), cny: number(last.saved.savedCny, 0),
    tco2: number(last.saved.savedTco2, 2), covered: last.daysCovered, elapsed: last.daysElapsed,
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
  const period = periodOf(year);
  const months = periodMonths(period, year);
  let baselineYear = null;
  try {
    baselineYear = (await get(paths.goals())).baselineYear;
  } catch (e) {
    // no goals (404) or a role that may not read them: the headline says so, the other charts still draw
  }
  toolbar(main, year, period, baselineYear);
  const headlineHolder = document.createElement('section');
  headlineHolder.id = 'headline';
  headlineHolder.className = 'wide headline';
  headlineHolder.dataset.state = 'loading';
  headlineHolder.innerHTML = `<p class="state">${text(t('state.loading'))}</p>`;
  main.appendChild(headlineHolder);
  const goalsPanel = panel(main, { id: 'goals', title: 'goals.title' });
  const savingsPanel = panel(main, { id: 'savings', title: 'savings.title' });
  const plantPanel = panel(main, { id: 'plant-savings', title: 'plantSavings.title' });
  const energyPanel = panel(main, { id: 'energy', title: 'energy.title' });
  const carbonPanel = panel(main, { id: 'carbon', title: 'carbon.title' });
  const pvPanel = panel(main, { id: 'pv', title: 'pv.title' });
  const refresh = async () => {
    // The panels load side by side: the page takes as long as its slowest call, not their sum.
    const headlineYear = period.kind === 'last12' ? Number(months[months.length - 1].slice(0, 4)) : year;
    const [headline] = await Promise.all([headlineRow(headlineHolder, headlineYear, baselineYear),
      goals(goalsPanel, savingsPanel, months, baselineYear), energy(energyPanel, months), carbon(carbonPanel, months),
      plantSavings(plantPanel, months)]);
    await pv(pvPanel, months, headline, headlineYear);
    const updated = document.getElementById('updated');
    updated.textContent = t('leadership.updated', { time: clockTime(new Date().toISOString()), minutes: REFRESH_MINUTES });
    updated.dataset.at = new Date().toISOString();
  };
  await refresh();
  setInterval(refresh, REFRESH_MINUTES * 60_000);
});
