// Plans on the plant page: request today's, tomorrow's or a what-if, the list by day with approval only where the API
// allows it, and a plan drawn against conventional sequencing and against what was measured.
import { get, post } from './api.js';
import { text } from './dom.js';
import { clockTime, date, language, number, t } from './i18n.js';
import { roles } from './shell.js';
import { SITE } from './site.js';
import { dayName, errorWords, paths, siteDay, slotClock, slotInstant } from './plant-common.js';

/* global echarts */

// --- plans ----------------------------------------------------------------------------------------------------------

/** "saves 1,240 kWh (6.1 %), 980 CNY, 0.7 t CO2", or why there is no saving to name. */
function savingWords(view) {
  const s = view.plan?.saving;
  if (!s) {
    return t('saving.none');
  }
  return t(s.energyKwh >= 0 ? 'saving.saves' : 'saving.costs', { kwh: number(Math.abs(s.energyKwh), 0), pct: number(Math.abs(s.energyPercent), 1),
    cny: number(s.costCny, 0), tco2: number(s.carbonKg / 1000, 1) });
}

/** A plan by its day, kind and saving: "Tomorrow 9 Dec, daily plan: saves 1,240 kWh (6.1 %), 980 CNY, 0.7 t CO2". */
export function planName(view) {
  return t('plan.name', { day: view.date ? dayName(view.date) : t('day.none'), kind: t(`plan.kindName.${view.kind}`), saving: savingWords(view) });
}

function lifecycleBadge(v) {
  if (v.status === 'queued' || v.status === 'solving') {
    return `<span class="badge solving">${text(t(`status.${v.status}`))}</span>`;
  }
  if (!v.lifecycle) {
    return `<span class="badge">${text(t(`status.${v.status}`))}</span>`;
  }
  return `<span class="badge ${v.lifecycle.state}">${text(t(`lifecycle.${v.lifecycle.state}`))}</span>`;
}

function revisionLines(view) {
  return (view.revisions || []).map(r => `<div class="revision ${text(r.outcome)}" title="${text(r.verdict)}">${text(
    t(r.outcome === 'revision' ? 'plans.revised' : 'plans.replanDraft', { at: clockTime(r.at), cause: r.causeDetail }))}</div>`).join('');
}

/**
 * A what-if's edits in the page's language, read from the name the service gives it ("what-if of 2026-12-09: +2.0 K
 * outdoor, load +10 %, CH6 out of service"); any other name as it is.
 */
function whatIfWords(name) {
  const edits = name.match(/^what-if of [0-9-]+: (.*)$/);
  if (!edits) {
    return name;
  }
  const parts = [];
  const weather = edits[1].match(/([+-][0-9.]+) K outdoor/);
  const load = edits[1].match(/load ([+-][0-9.]+) %/);
  const out = edits[1].match(/(?:^|, )([^,]+(?:, [^,]+)*) out of service/);
  if (weather) {
    parts.push(t('whatIf.weatherEdit', { k: weather[1] }));
  }
  if (load) {
    parts.push(t('whatIf.loadEdit', { pct: load[1] }));
  }
  if (out) {
    parts.push(t('whatIf.outEdit', { chillers: out[1].replace(/^.*(?:outdoor|%), /, '') }));
  }
  return parts.length ? parts.join(t('whatIf.separator')) : name;
}

export const mayDecide = () => roles.includes('engineer') || roles.includes('admin');

function planRow(v) {
  const inForce = v.lifecycle?.state === 'approved' || v.lifecycle?.state === 'dispatching';
  const approvable = v.approval?.approvable === true;
  // the badge says approved, done, ... already: the why only where the state alone does not tell
  let why = !approvable && v.approval?.why && v.status !== 'queued' && v.status !== 'solving' && v.approval.why !== v.lifecycle?.state
    ? `<div class="why" data-why="${text(v.approval.why)}">${text(t(`why.${v.approval.why}`))}</div>` : '';
  if (v.status === 'failed') {
    // the service's own words for what went wrong
    why = `<div class="why" data-why="failed">${text(v.error)}</div>`;
  }
  const s = v.plan?.saving;
  return `<tr data-plan="${v.id}" data-date="${text(v.date)}" data-approvable="${approvable}">
      <td>${text(t(`plan.kind.${v.kind}`))}${v.kind === 'what-if' && v.plan?.name ? `<div class="muted">${text(whatIfWords(v.plan.name))}</div>` : ''}</td>
      <td>${lifecycleBadge(v)}${revisionLines(v)}${why}</td>
      <td class="num">${s ? number(s.energyKwh, 0) : '–'}</td><td class="num">${s ? number(s.energyPercent, 1) : '–'}</td>
      <td class="num">${s ? number(s.costCny, 0) : '–'}</td><td class="num">${s ? number(s.carbonKg / 1000, 1) : '–'}</td>
      <td>${text(v.requestedBy)}</td><td class="actions">
      ${v.plan ? `<button type="button" class="show">${text(t('plans.show'))}</button>` : ''}
      ${approvable && mayDecide() ? `<button type="button" class="approve primary">${text(t('plans.approve'))}</button>` : ''}
      ${inForce && mayDecide() ? `<button type="button" class="replan">${text(t('plans.replan'))}</button>` : ''}
      </td></tr>`;
}

/** The plans, newest day first, grouped by day. Returns the views by id. */
export async function listPlans(p, onShow, onDecide) {
  let list;
  try {
    list = await get(paths.plans);
  } catch (e) {
    p.fail(e);
    return new Map();
  }
  const shown = list.filter(s => s.site === SITE && s.date && s.kind !== 'replay');
  const views = (await Promise.all(shown.map(s => get(paths.plan(s.id)).catch(() => null)))).filter(Boolean);
  const days = [...new Set(views.map(v => v.date))].sort().reverse();
  const head = `<tr><th>${text(t('plans.kind'))}</th><th>${text(t('plans.state'))}</th><th class="num">${text(t('plans.savingKwh'))}</th>
      <th class="num">${text(t('plans.savingPct'))}</th><th class="num">${text(t('plans.savingCny'))}</th><th class="num">${text(t('plans.savingCo2'))}</th>
      <th>${text(t('plans.by'))}</th><th></th></tr>`;
  const body = days.map(d => `<tbody data-day="${d}"><tr class="day"><th colspan="8">${text(dayName(d))}</th></tr>
      ${views.filter(v => v.date === d).map(planRow).join('')}</tbody>`).join('');
  const table = p.body.querySelector('table.plans') || p.body.appendChild(document.createElement('table'));
  table.className = 'plans';
  table.innerHTML = `<thead>${head}</thead>${body}`;
  p.setState(views.length ? 'ok' : 'empty', p.section.dataset.note || '');
  const known = new Map(views.map(v => [v.id, v]));
  table.querySelectorAll('tr[data-plan]').forEach(row => {
    const view = known.get(row.dataset.plan);
    row.querySelector('button.show')?.addEventListener('click', () => onShow(view));
    row.querySelector('button.approve')?.addEventListener('click', () => onDecide(view, 'approve'));
    row.querySelector('button.replan')?.addEventListener('click', () => onDecide(view, 'replan'));
  });
  return known;
}

export function requestBar(p, chillerIds, onRequested) {
  const bar = document.createElement('div');
  bar.className = 'request-bar';
  bar.innerHTML = `<button type="button" id="request-today" class="primary">${text(t('request.today'))}</button>
    <button type="button" id="request-tomorrow" class="primary">${text(t('request.tomorrow'))}</button>
    <button type="button" id="request-what-if">${text(t('request.whatIf'))}</button><span class="request-result" id="request-result"></span>`;
  p.body.prepend(bar);
  const result = bar.querySelector('#request-result');
  const say = (message, error = false) => { result.textContent = message; result.className = `request-result${error ? ' error' : ''}`; };
  const daily = async day => {
    say(t('request.sending'));
    try {
      const accepted = await post(paths.daily(day));
      say(t('request.daily', { day: dayName(day) }));
      onRequested(accepted.id);
    } catch (e) {
      say(errorWords(e), true);
    }
  };
  bar.querySelector('#request-today').addEventListener('click', () => daily(siteDay(0)));
  bar.querySelector('#request-tomorrow').addEventListener('click', () => daily(siteDay(1)));
  const dialog = whatIfDialog(chillerIds);
  bar.querySelector('#request-what-if').addEventListener('click', () => { dialog.querySelector('.error').textContent = ''; dialog.showModal(); });
  dialog.querySelector('#what-if-confirm').addEventListener('click', async () => {
    const form = dialog.querySelector('form');
    const body = { date: form.day.value, weatherOffsetC: Number(form.weather.value || 0), loadScalingPercent: Number(form.load.value || 0),
      outOfService: [...form.querySelectorAll('input[name=out]:checked')].map(i => i.value) };
    try {
      const accepted = await post(paths.whatIf, body);
      dialog.close();
      say(t('request.whatIfDone', { day: dayName(body.date) }));
      onRequested(accepted.id);
    } catch (e) {
      dialog.querySelector('.error').textContent = errorWords(e);
    }
  });
}

function whatIfDialog(chillerIds) {
  const dialog = document.createElement('dialog');
  dialog.id = 'what-if-dialog';
  const outs = chillerIds.map(id => `<label class="check"><input type="checkbox" name="out" value="${text(id)}"> ${text(id)}</label>`).join('');
  dialog.innerHTML = `<form method="dialog"><h3>${text(t('whatIf.title'))}</h3><p class="muted">${text(t('whatIf.explain'))}</p>
    <label>${text(t('whatIf.day'))} <select name="day"><option value="${siteDay(0)}">${text(dayName(siteDay(0)))}</option>
      <option value="${siteDay(1)}" selected>${text(dayName(siteDay(1)))}</option></select></label>
    <label>${text(t('whatIf.weather'))} <input name="weather" type="number" min="-10" max="10" step="0.5" value="0"> K</label>
    <label>${text(t('whatIf.load'))} <input name="load" type="number" min="-50" max="50" step="5" value="0"> %</label>
    <fieldset><legend>${text(t('whatIf.outOfService'))}</legend>${outs}</fieldset>
    <p class="state error"></p>
    <button type="button" id="what-if-confirm" class="primary">${text(t('whatIf.confirm'))}</button>
    <button type="button" class="cancel">${text(t('approve.cancel'))}</button></form>`;
  document.body.appendChild(dialog);
  dialog.querySelector('.cancel').addEventListener('click', () => dialog.close());
  return dialog;
}

export function decisionDialog() {
  const dialog = document.createElement('dialog');
  dialog.id = 'approve-dialog';
  dialog.innerHTML = `<form method="dialog"><h3></h3><p id="approve-plan"></p>
    <textarea id="approve-comment" maxlength="2000"></textarea>
    <p class="state error" id="approve-error"></p>
    <button type="button" id="approve-confirm" class="primary"></button>
    <button type="button" id="approve-cancel">${text(t('approve.cancel'))}</button></form>`;
  dialog.querySelector('#approve-comment').placeholder = t('approve.comment');
  document.body.appendChild(dialog);
  dialog.querySelector('#approve-cancel').addEventListener('click', () => dialog.close());
  return dialog;
}

// --- plan charts ----------------------------------------------------------------------------------------------------

function planAgainstBaseline(p, view) {
  const slots = view.plan?.slots || [];
  const baseline = view.plan?.baseline?.slots || [];
  const x = slots.map(s => s.start);
  const saved = slots.map((s, i) => (baseline[i] ? Math.round((baseline[i].powerKw - s.powerKw) * 10) / 10 : null));
  const totals = view.plan?.totals;
  const base = view.plan?.baseline?.totals;
  const note = totals && base ? t('plan.totals', { plan: number(totals.energyKwh, 0), conventional: number(base.energyKwh, 0), saving: savingWords(view),
    planCny: number(totals.costCny, 0), conventionalCny: number(base.costCny, 0), planCo2: number(totals.carbonKg / 1000, 1), conventionalCo2: number(base.carbonKg / 1000, 1) }) : '';
  p.section.querySelector('h2').textContent = `${t('plan.title')}: ${planName(view)}`;
  p.draw({
    x: { label: 'slot start', values: x, labels: x.map(slotClock) },
    axes: ['kW', t('plan.savedAxis')],
    series: [
      { name: t('plan.optimised'), unit: 'kW', values: slots.map(s => s.powerKw) },
      { name: t('plan.conventional'), unit: 'kW', values: baseline.map(s => s.powerKw) },
      { name: t('plan.saved'), unit: 'kW', type: 'bar', axis: 1, values: saved },
    ],
  }, note);
  roomyLegend(p);
}

async function forecastAgainstActual(p, id) {
  try {
    const actual = await get(paths.actual(id));
    const slots = actual.comparison.slots;
    const totals = actual.comparison.totals;
    p.draw({
      x: { label: 'slot start', values: slots.map(s => s.start), labels: slots.map(s => slotClock(s.start)) },
      axes: [t('forecast.loadAxis'), t('forecast.powerAxis')],
      series: [
        { name: t('forecast.forecastLoad'), unit: 'kW', values: slots.map(s => s.planned.loadKw) },
        { name: t('forecast.measuredLoad'), unit: 'kW', values: slots.map(s => s.measured?.loadKw ?? null) },
        { name: t('forecast.measuredPlant'), unit: 'kW', axis: 1, values: slots.map(s => s.measured?.plantKw ?? null) },
        { name: t('forecast.plannedPlant'), unit: 'kW', axis: 1, values: slots.map(s => s.planned.plantKw) },
        // the conventional plant only where it was re-run on a measured load: elsewhere it would be the forecast's
        { name: t('forecast.baselinePlant'), unit: 'kW', axis: 1, values: slots.map(s => (s.measured ? s.baseline?.plantKw ?? null : null)) },
      ],
    }, [t('forecast.slotsMeasured', { with: totals.slotsWithData, without: totals.slotsWithoutData }),
      totals.slotsWithData && totals.baselinePlantKwh != null ? t('forecast.saved', { measured: number(totals.measuredPlantKwh, 0), baseline: number(totals.baselinePlantKwh, 0),
        saved: number(totals.baselinePlantKwh - totals.measuredPlantKwh, 0), cny: number(totals.measuredSavingCny, 0) }) : ''].filter(Boolean).join(' · '));
    roomyLegend(p);
  } catch (e) {
    p.fail(e);
  }
}

/** How many lines a legend of these names takes in a chart this wide (ECharts' legend: 25 px icon, 10 px gap). */
function legendRows(names, width) {
  const context = document.createElement('canvas').getContext('2d');
  context.font = '12px sans-serif';
  let rows = 1;
  let x = 0;
  for (const name of names) {
    const w = context.measureText(name).width * 1.1 + 40;
    if (x > 0 && x + w > width - 60) {
      rows += 1;
      x = 0;
    }
    x += w;
  }
  return rows;
}

/** Lets the chart's legend wrap onto more lines instead of paging (a paged legend hides series), with room below it. */
export function roomyLegend(p) {
  const chart = p.chartElement && echarts.getInstanceByDom(p.chartElement);
  if (!chart || p.section.dataset.state !== 'ok') {
    return;
  }
  const rows = legendRows(chart.getOption().series.map(s => s.name), p.chartElement.clientWidth);
  // without animation: re-laid out, the series would be drawn again from the left
  chart.setOption({ animation: false, legend: { type: 'plain' }, grid: { top: 24 * rows + 40 } });
}

export async function showPlan(view, charts) {
  charts.forEach(c => c.setState('loading'));
  planAgainstBaseline(charts[0], view);
  await forecastAgainstActual(charts[1], view.id);
}

/** The plan's slot at an instant (for the towers and the planned power beside the live plant). */
export function slotAt(view, instant) {
  const slots = view?.plan?.slots || [];
  const minutes = view?.plan?.slotMinutes || 15;
  return slots.find(s => { const start = slotInstant(s.start).getTime(); return start <= instant && instant < start + minutes * 60_000; }) || null;
}
