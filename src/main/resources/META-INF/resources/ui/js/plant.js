// Engineer's plant page: the plant now (each chiller, pump and tower, refreshed every few seconds, beside what the plan
// asks and what control does, in words), the plant's history, the plans (request, list by day, approve what can be
// approved), a plan against conventional sequencing and its forecast against what was measured.
// The page itself: its panels, the plant's history, and the refresh of the plant now.
import { get, post } from './api.js';
import { panel } from './charts.js';
import { text } from './dom.js';
import { clockTime, dateTime, number, t } from './i18n.js';
import { startPage } from './shell.js';
import { POINTS } from './site.js';
import { QUARTER_HOURS_PER_HOUR, REFRESH_MS, errorWords, paths } from './plant-common.js';
import { drawControl, drawPlantNow } from './plant-now.js';
import { decisionDialog, listPlans, mayDecide, planName, requestBar, roomyLegend, showPlan, slotAt } from './plant-plans.js';

// --- history --------------------------------------------------------------------------------------------------------

/** kW from a counter's consumption per bucket (kWh per bucket × buckets per hour). */
async function counterKw(point, from, to, resolution) {
  const perHour = resolution === '15m' ? QUARTER_HOURS_PER_HOUR : 1;
  const series = await get(paths.series(point, from, to, resolution));
  return new Map((series.consumption || []).map(b => [b.start, (b.canonicalQuantity ?? b.quantity) * perHour]));
}

async function history(p, days) {
  const to = new Date();
  to.setUTCMinutes(Math.floor(to.getUTCMinutes() / 15) * 15, 0, 0);
  const from = new Date(to.getTime() - days * 24 * 3600_000);
  const resolution = days > 1 ? '1h' : '15m';
  const [f, tt] = [from.toISOString(), to.toISOString()];
  p.setState('loading');
  try {
    const [plant, cooling] = await Promise.all([counterKw(POINTS.plantElectricity, f, tt, resolution), counterKw(POINTS.coolingEnergy, f, tt, resolution)]);
    const starts = [...new Set([...plant.keys(), ...cooling.keys()])].sort();
    const kwPerRt = starts.map(s => {
      const kw = plant.get(s);
      const cool = cooling.get(s);
      return kw != null && cool > 1 ? Math.round(kw / (cool / 3.51685) * 1000) / 1000 : null;
    });
    const avg = values => { const v = values.filter(x => x != null); return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null; };
    p.draw({
      x: { label: 'start', values: starts, labels: starts.map(s => (days > 1 ? dateTime(s) : clockTime(s))) },
      axes: ['kW', 'kW/RT'],
      series: [
        { name: t('history.plantPower'), unit: 'kW', values: starts.map(s => plant.get(s) ?? null) },
        { name: t('history.coolingLoad'), unit: 'kW', values: starts.map(s => cooling.get(s) ?? null) },
        { name: t('history.kwPerRt'), unit: 'kW/RT', axis: 1, values: kwPerRt },
      ],
    }, t('history.note', { power: number(avg(starts.map(s => plant.get(s) ?? null)), 0), cooling: number(avg(starts.map(s => cooling.get(s) ?? null)), 0),
      kwrt: number(avg(kwPerRt), 3) }));
    roomyLegend(p);
  } catch (e) {
    p.fail(e);
  }
}

function historyPicker(p) {
  const picker = document.createElement('span');
  picker.className = 'picker';
  picker.innerHTML = [1, 7].map(d => `<button type="button" data-days="${d}" class="${d === 1 ? 'current' : ''}">${text(t(`history.days${d}`))}</button>`).join('');
  p.section.querySelector('header h2').after(picker);
  picker.querySelectorAll('button').forEach(b => b.addEventListener('click', () => {
    picker.querySelectorAll('button').forEach(o => o.classList.toggle('current', o === b));
    p.section.querySelector('h2').textContent = t(`history.title${b.dataset.days}`);
    history(p, Number(b.dataset.days));
  }));
}

// --- the page -------------------------------------------------------------------------------------------------------

startPage('plant', async main => {
  const nowPanel = panel(main, { id: 'plant-now', title: 'now.title', wide: true, chart: false });
  const controlPanel = panel(main, { id: 'control', title: 'control.titleNow', chart: false });
  const historyPanel = panel(main, { id: 'live', title: 'history.title1' });
  const plansPanel = panel(main, { id: 'plans', title: 'plans.title', wide: true, chart: false });
  const charts = [panel(main, { id: 'plan-vs-conventional', title: 'plan.title' }), panel(main, { id: 'forecast-vs-actual', title: 'forecast.title' })];
  historyPicker(historyPanel);

  let inForce = null; // the view of the plan in force, for its slot's towers and planned power
  const refreshNow = async () => {
    try {
      const now = await get(paths.plantNow);
      if (now.plan && inForce?.id !== now.plan.planId) {
        inForce = await get(paths.plan(now.plan.planId)).catch(() => null);
      }
      const slot = now.plan ? slotAt(inForce, Date.now()) : null;
      drawPlantNow(nowPanel, now, slot);
      drawControl(controlPanel, now, slot, now.plan ? inForce : null);
      return now;
    } catch (e) {
      nowPanel.fail(e);
      controlPanel.fail(e);
      return null;
    }
  };

  const dialog = decisionDialog();
  let known = new Map();
  let polling = null;
  const showView = view => showPlan(view, charts);
  const decide = (view, action) => {
    dialog.dataset.plan = view.id;
    dialog.dataset.action = action;
    dialog.querySelector('h3').textContent = t(`${action}.title`);
    dialog.querySelector('#approve-confirm').textContent = t(`${action}.confirm`);
    dialog.querySelector('#approve-plan').textContent = planName(view);
    dialog.querySelector('#approve-comment').value = '';
    dialog.querySelector('#approve-error').textContent = '';
    dialog.showModal();
  };
  const refreshPlans = async () => {
    known = await listPlans(plansPanel, showView, decide);
    const busy = [...known.values()].some(v => v.status === 'queued' || v.status === 'solving');
    clearTimeout(polling);
    if (busy) {
      polling = setTimeout(refreshPlans, 3000);
    }
    return known;
  };
  dialog.querySelector('#approve-confirm').addEventListener('click', async () => {
    const comment = dialog.querySelector('#approve-comment').value.trim();
    if (!comment) {
      dialog.querySelector('#approve-error').textContent = t('approve.needsComment');
      return;
    }
    const action = dialog.dataset.action || 'approve';
    const view = known.get(dialog.dataset.plan);
    try {
      await post(paths.decide(dialog.dataset.plan, action), { comment });
      dialog.close();
      plansPanel.section.dataset.note = t(`${action}.doneNamed`, { plan: view ? planName(view) : '' });
      await refreshPlans();
    } catch (e) {
      dialog.querySelector('#approve-error').textContent = errorWords(e);
    }
  });

  const [now] = await Promise.all([refreshNow(), history(historyPanel, 1), refreshPlans()]);
  if (mayDecide()) {
    requestBar(plansPanel, (now?.chillers || []).map(c => c.id), async () => { await refreshPlans(); });
  }
  // the plan the address names, else the plan the plant follows now, else the newest with a plan
  const named = new URLSearchParams(location.search).get('plan');
  const first = named || now?.plan?.planId || [...known.values()].find(v => v.plan)?.id;
  const view = first ? known.get(first) || await get(paths.plan(first)).catch(() => null) : null;
  if (view?.plan) {
    await showView(view);
  } else {
    charts.forEach(c => c.setState('empty'));
  }
  setInterval(refreshNow, REFRESH_MS);
});
