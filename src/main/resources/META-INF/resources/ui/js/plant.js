// Engineer's plant page: the plant now (control status, last 24 h of plant power and cooling), the plans with
// approval, a plan against conventional sequencing, and its forecast against what was measured.
import { get, post } from './api.js';
import { panel } from './charts.js';
import { text } from './dom.js';
import { clockTime, dateTime, date, localTime, number, t } from './i18n.js';
import { roles, startPage } from './shell.js';
import { POINTS, SITE, pointKey } from './site.js';

const QUARTER_HOURS_PER_HOUR = 4;

/** A command's source with its plan or override named by the first 8 characters of its id, as the header names the plan. */
function shortSource(source) {
  return String(source ?? '').replace(/\b([0-9a-f]{8})-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, '$1');
}

async function control(p) {
  try {
    const status = await get('/api/control');
    const plan = status.plan
      ? t('control.planInForce', { plan: status.plan.planId.slice(0, 8), slot: status.plan.slot, until: dateTime(status.plan.until), sp: number(status.plan.supplySetpointC, 1) })
      : t('control.noPlan');
    const suspended = status.suspended ? t('control.suspended', { since: dateTime(status.suspended.since), reason: status.suspended.reason }) : '';
    const rows = (status.devices || []).map(d => `<tr><td>${text(d.code)}</td><td><span class="badge">${text(d.state)}</span></td>
        <td>${text(d.fault)}</td><td>${(d.points || []).filter(pt => pt.effective)
          .map(pt => `${text(pt.point)} = ${number(pt.effective.value, 1)} (${text(shortSource(pt.effective.source))})`).join('<br>')}</td></tr>`).join('');
    p.body.innerHTML = `<p>${text(status.writing ? t('control.writing') : t('control.advisory'))} · ${text(plan)} ${text(suspended)}</p>
      <table><thead><tr><th data-i18n="control.device"></th><th data-i18n="control.state"></th><th data-i18n="control.fault"></th>
      <th data-i18n="control.commands"></th></tr></thead><tbody>${rows}</tbody></table>`;
    p.setState(rows ? 'ok' : 'empty');
    return status;
  } catch (e) {
    p.fail(e);
    return null;
  }
}

/** kW from a counter's 15-minute consumption (kWh per quarter hour × 4). */
async function quarterHourKw(point, from, to) {
  const series = await get(`/api/series?point=${encodeURIComponent(pointKey(point))}&from=${from}&to=${to}&resolution=15m`);
  return new Map((series.consumption || []).map(b => [b.start, (b.canonicalQuantity ?? b.quantity) * QUARTER_HOURS_PER_HOUR]));
}

async function live(p) {
  const to = new Date();
  to.setUTCMinutes(Math.floor(to.getUTCMinutes() / 15) * 15, 0, 0);
  const from = new Date(to.getTime() - 24 * 3600_000);
  const [f, tt] = [from.toISOString(), to.toISOString()];
  try {
    const [plant, cooling] = await Promise.all([quarterHourKw(POINTS.plantElectricity, f, tt), quarterHourKw(POINTS.coolingEnergy, f, tt)]);
    const starts = [...new Set([...plant.keys(), ...cooling.keys()])].sort();
    p.draw({
      x: { label: 'start', values: starts, labels: starts.map(dateTime) },
      axes: ['kW'],
      series: [
        { name: t('live.plantPower'), unit: 'kW', values: starts.map(s => plant.get(s) ?? null) },
        { name: t('live.coolingLoad'), unit: 'kW', values: starts.map(s => cooling.get(s) ?? null) },
      ],
    });
  } catch (e) {
    p.fail(e);
  }
}

function planAgainstBaseline(p, view) {
  const slots = view.plan?.slots || [];
  const baseline = view.plan?.baseline?.slots || [];
  const x = slots.map(s => s.start);
  p.draw({
    x: { label: 'slot start', values: x, labels: x.map(localTime) },
    axes: ['kW'],
    series: [
      { name: t('plan.optimised'), unit: 'kW', values: slots.map(s => s.powerKw) },
      { name: t('plan.conventional'), unit: 'kW', values: baseline.map(s => s.powerKw) },
      { name: t('plan.load'), unit: 'kW', type: 'bar', values: slots.map(s => s.loadKw) },
    ],
  }, view.keyFigures?.savingPercent == null ? '' : t('plan.saving', { pct: number(view.keyFigures.savingPercent, 1), date: view.date ? date(view.date) : '–' }));
}

async function forecastAgainstActual(p, id) {
  try {
    const actual = await get(`/api/plans/${id}/actual`);
    const slots = actual.comparison.slots;
    const totals = actual.comparison.totals;
    p.draw({
      x: { label: 'slot start', values: slots.map(s => s.start), labels: slots.map(s => localTime(s.start)) },
      axes: ['kW'],
      series: [
        { name: t('forecast.forecastLoad'), unit: 'kW', values: slots.map(s => s.planned.loadKw) },
        { name: t('forecast.measuredLoad'), unit: 'kW', values: slots.map(s => s.measured?.loadKw ?? null) },
        { name: t('forecast.measuredPlant'), unit: 'kW', values: slots.map(s => s.measured?.plantKw ?? null) },
        { name: t('forecast.plannedPlant'), unit: 'kW', values: slots.map(s => s.planned.plantKw) },
        // the conventional plant only where it was re-run on a measured load: elsewhere it would be the forecast's
        { name: t('forecast.baselinePlant'), unit: 'kW', values: slots.map(s => (s.measured ? s.baseline?.plantKw ?? null : null)) },
      ],
    }, [t('forecast.slotsMeasured', { with: totals.slotsWithData, without: totals.slotsWithoutData }),
      totals.slotsWithData ? t('forecast.saved', { measured: number(totals.measuredPlantKwh, 0), baseline: number(totals.baselinePlantKwh, 0),
        saved: number(totals.baselinePlantKwh - totals.measuredPlantKwh, 0), cny: number(totals.measuredSavingCny, 0) }) : ''].filter(Boolean).join(' · '));
  } catch (e) {
    p.fail(e);
  }
}

/** Draws both plan charts side by side; the plan's view comes from the list when it is there. */
async function showPlan(id, charts, known = new Map()) {
  charts.forEach(c => c.setState('loading'));
  const plan = (known.has(id) ? Promise.resolve(known.get(id)) : get(`/api/plans/${id}`))
    .then(view => planAgainstBaseline(charts[0], view), e => charts[0].fail(e));
  await Promise.all([plan, forecastAgainstActual(charts[1], id)]);
}

function approveDialog() {
  const dialog = document.createElement('dialog');
  dialog.id = 'approve-dialog';
  dialog.innerHTML = `<form method="dialog"><h3 data-i18n="approve.title"></h3><p id="approve-plan"></p>
    <textarea id="approve-comment" data-i18n-placeholder="approve.comment" maxlength="2000"></textarea>
    <p class="state error" id="approve-error"></p>
    <button type="button" id="approve-confirm" class="primary" data-i18n="approve.confirm"></button>
    <button type="button" id="approve-cancel" data-i18n="approve.cancel"></button></form>`;
  document.body.appendChild(dialog);
  dialog.querySelector('#approve-cancel').addEventListener('click', () => dialog.close());
  return dialog;
}

/** A re-plan that is a revision in force with its approved plan (not approved on its own). */
function isRevision(view) {
  return view.replanOf?.outcome === 'revision';
}

/**
 * The plan's re-plans, one line each next to it: "revised 14:30: measured load 18 % above forecast for 45 min", or
 * for a re-plan outside the approved plan's envelope, "re-planned 14:30 (draft for approval): ...".
 */
function revisionLines(view) {
  return (view.revisions || []).map(r => `<div class="revision ${text(r.outcome)}" title="${text(r.verdict)}">${text(
    t(r.outcome === 'revision' ? 'plans.revised' : 'plans.replanDraft', { at: clockTime(r.at), cause: r.causeDetail }))}</div>`).join('');
}

async function plans(p, charts, dialog) {
  let list;
  try {
    list = await get(`/api/plans?site=${encodeURIComponent(SITE)}&limit=20`);
  } catch (e) {
    p.fail(e);
    return { first: null, known: new Map() };
  }
  const candidates = list.filter(s => s.site === SITE && s.date && (s.status === 'done' || s.status === 'stopped'));
  const views = await Promise.all(candidates.map(s => get(`/api/plans/${s.id}`).catch(() => null)));
  const mayApprove = roles.includes('engineer') || roles.includes('admin');
  const inForce = v => v.lifecycle?.state === 'approved' || v.lifecycle?.state === 'dispatching';
  const rows = views.filter(Boolean).map(v => `<tr data-plan="${v.id}"><td>${date(v.date)}</td><td>${text(t(`plan.kind.${v.kind}`))}</td>
      <td><span class="badge ${v.lifecycle?.state || ''}">${text(v.lifecycle ? t(`lifecycle.${v.lifecycle.state}`) : t('lifecycle.none'))}</span>
      ${revisionLines(v)}</td>
      <td class="num">${number(v.keyFigures?.savingPercent, 1)}</td><td>${text(v.requestedBy)}</td><td>
      <button type="button" class="show" data-plan="${v.id}" data-i18n="plans.show"></button>
      ${v.lifecycle?.state === 'draft' && mayApprove && !isRevision(v) ? `<button type="button" class="approve primary" data-plan="${v.id}" data-i18n="plans.approve"></button>` : ''}
      ${inForce(v) && mayApprove ? `<button type="button" class="replan" data-plan="${v.id}" data-i18n="plans.replan"></button>` : ''}
      </td></tr>`).join('');
  p.body.innerHTML = `<table><thead><tr><th data-i18n="plans.date"></th><th data-i18n="plans.kind"></th><th data-i18n="plans.state"></th>
      <th class="num" data-i18n="plans.saving"></th><th data-i18n="plans.by"></th><th></th></tr></thead><tbody>${rows}</tbody></table>`;
  p.setState(rows ? 'ok' : 'empty');
  const known = new Map(views.filter(Boolean).map(v => [v.id, v]));
  p.body.querySelectorAll('button.show').forEach(b => b.addEventListener('click', () => showPlan(b.dataset.plan, charts, known)));
  p.body.querySelectorAll('button.approve, button.replan').forEach(b => b.addEventListener('click', () => {
    dialog.dataset.plan = b.dataset.plan;
    dialog.dataset.action = b.classList.contains('replan') ? 'replan' : 'approve';
    dialog.querySelector('h3').textContent = t(`${dialog.dataset.action}.title`);
    dialog.querySelector('#approve-confirm').textContent = t(`${dialog.dataset.action}.confirm`);
    dialog.querySelector('#approve-plan').textContent = b.dataset.plan;
    dialog.querySelector('#approve-comment').value = '';
    dialog.querySelector('#approve-error').textContent = '';
    dialog.showModal();
  }));
  return { first: views.find(Boolean)?.id ?? null, known };
}

startPage('plant', async main => {
  const livePanel = panel(main, { id: 'live', title: 'live.title' });
  const controlPanel = panel(main, { id: 'control', title: 'control.title', chart: false });
  const plansPanel = panel(main, { id: 'plans', title: 'plans.title', wide: true, chart: false });
  const charts = [panel(main, { id: 'plan-vs-conventional', title: 'plan.title' }), panel(main, { id: 'forecast-vs-actual', title: 'forecast.title' })];
  const dialog = approveDialog();
  const listPlans = async () => {
    const { first, known } = await plans(plansPanel, charts, dialog);
    return { selected: first, known };
  };
  dialog.querySelector('#approve-confirm').addEventListener('click', async () => {
    const comment = dialog.querySelector('#approve-comment').value.trim();
    if (!comment) {
      dialog.querySelector('#approve-error').textContent = t('approve.needsComment');
      return;
    }
    try {
      const action = dialog.dataset.action || 'approve';
      await post(`/api/plans/${dialog.dataset.plan}/${action}`, { comment });
      dialog.close();
      await listPlans();
      document.querySelectorAll('#plans [data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
      plansPanel.setState('ok', t(`${action}.done`));
    } catch (e) {
      dialog.querySelector('#approve-error').textContent = e.message;
    }
  });
  const [{ selected, known }, , status] = await Promise.all([listPlans(), live(livePanel), control(controlPanel)]);
  // the plan the plant follows now first, unless the address names another
  const shown = new URLSearchParams(location.search).get('plan') || status?.plan?.planId || selected;
  if (shown) {
    await showPlan(shown, charts, known);
  } else {
    charts.forEach(c => c.setState('empty'));
  }
});
