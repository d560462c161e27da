// Engineer's plant page: the plant now (each chiller, pump and tower, refreshed every few seconds, beside what the plan
// asks and what control does, in words), the plant's history, the plans (request, list by day, approve what can be
// approved), a plan against conventional sequencing and its forecast against what was measured.
import { get, post } from './api.js';
import { panel } from './charts.js';
import { text } from './dom.js';
import { clockTime, date, dateTime, hasMessage, language, number, t, timeZone } from './i18n.js';
import { roles, startPage } from './shell.js';
import { POINTS, SITE, pointKey } from './site.js';

/* global echarts */

// Every path this page calls, in one place (the API's paths are being moved under /api/sites/{site}/...).
const site = encodeURIComponent(SITE);
const paths = {
  plantNow: `/api/sites/${site}/plant/now`,
  series: (point, from, to, resolution) => `/api/series?point=${encodeURIComponent(pointKey(point))}&from=${from}&to=${to}&resolution=${resolution}`,
  plans: `/api/sites/${site}/plans?limit=25`,
  plan: id => `/api/sites/${site}/plans/${id}`,
  actual: id => `/api/sites/${site}/plans/${id}/actual`,
  decide: (id, action) => `/api/sites/${site}/plans/${id}/${action}`,
  daily: day => `/api/sites/${site}/plans/daily?date=${day}`,
  whatIf: `/api/sites/${site}/plans/what-if`,
};

const REFRESH_MS = 5000;
const STALE_AFTER_MS = 60_000;
const QUARTER_HOURS_PER_HOUR = 4;

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
function slotClock(value) {
  return clockTime(slotInstant(value));
}

/** Today in the site's zone, YYYY-MM-DD. */
function siteDay(offsetDays = 0) {
  const now = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** "Tomorrow 9 Dec", "Today 8 Dec", or the date. */
function dayName(isoDate) {
  // "9 Dec" rather than "Dec 9": the site's day-month order
  const shortDate = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
  const relative = { [siteDay(-1)]: 'day.yesterday', [siteDay(0)]: 'day.today', [siteDay(1)]: 'day.tomorrow' }[isoDate];
  return relative ? t(relative, { date: shortDate }) : date(isoDate);
}

function asOfTime(instant) {
  return new Intl.DateTimeFormat(language, { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(new Date(instant));
}

// --- errors in words ----------------------------------------------------------------------------------------------

/** An API error as a sentence: what kind of refusal (in the page's language), then the service's own words. */
function errorWords(error) {
  const kind = { 400: 'error.invalid', 403: 'error.forbidden', 404: 'error.notFound', 409: 'error.conflict' }[error.status] || 'error.other';
  return `${t(kind)} ${error.message || ''}`.trim();
}

// --- the plant now ------------------------------------------------------------------------------------------------

/** A measured value as a table cell: the number, marked and explained when stale; a dash when never read. */
function cell(m, digits, cls = 'num') {
  if (!m) {
    return `<td class="${cls}">–</td>`;
  }
  const title = text(`${asOfTime(m.at)}${m.stale ? ` · ${t('now.stale')}` : ''}`);
  return `<td class="${cls}${m.stale ? ' stale' : ''}" title="${title}">${number(m.value, digits)}</td>`;
}

function runBadge(running, alarm) {
  if (alarm) {
    return `<span class="badge alarm">${text(t('now.alarm'))}</span>`;
  }
  if (running === null || running === undefined) {
    return `<span class="badge unknown">${text(t('now.unknown'))}</span>`;
  }
  return running ? `<span class="badge running">${text(t('now.running'))}</span>` : `<span class="badge stopped">${text(t('now.stopped'))}</span>`;
}

function figure(label, value, unit, stale = false, id = '') {
  return `<div class="figure${stale ? ' stale' : ''}"${id ? ` id="${id}"` : ''}><span>${text(t(label))}</span><b>${value}</b><small>${text(unit)}</small></div>`;
}

function pointName(point) {
  const key = `point.${point}`;
  return hasMessage(key) ? t(key) : point;
}

/** What control commands of a device, e.g. "enable: on (plan) · supply set-point 7.0 °C (plan)". */
function commandedText(commanded) {
  return (commanded || []).filter(c => c.value !== null && c.value !== undefined).map(c => {
    const value = c.point === 'ENABLE' ? t(c.value ? 'now.on' : 'now.off') : number(c.value, 1);
    const by = c.by ? t(`by.${c.by.startsWith('level-') ? 'level' : c.by}`, { level: c.by.replace('level-', '') }) : '';
    return `${pointName(c.point)}: ${value}${by ? ` (${by})` : ''}`;
  }).join(' · ');
}

function chillerRows(chillers) {
  return chillers.map(c => `<tr data-chiller="${text(c.id)}" class="${c.running ? 'on' : 'off'}">
      <th>${text(c.id)}</th><td>${runBadge(c.running, c.alarm)}</td>
      ${cell(c.loadPercent, 0)}${cell(c.powerKw, 0, 'num kw')}${c.kwPerRt == null ? '<td class="num">–</td>' : `<td class="num">${number(c.kwPerRt, 2)}</td>`}
      ${cell(c.chwSupplyC, 1)}${cell(c.chwReturnC, 1)}${cell(c.cdwEnteringC, 1)}${cell(c.cdwLeavingC, 1)}
      <td class="commanded">${text(commandedText(c.commanded))}${c.fault ? ` <span class="badge alarm">${text(t('now.fault'))}</span>` : ''}</td></tr>`).join('');
}

function pumpTiles(pumps) {
  const roleOrder = ['primary', 'condenser', 'secondary'];
  return roleOrder.map(role => {
    const ofRole = pumps.filter(p => p.role === role);
    if (!ofRole.length) {
      return '';
    }
    const running = ofRole.filter(p => p.running).length;
    const kw = ofRole.reduce((sum, p) => sum + (p.running && p.powerKw ? p.powerKw.value : 0), 0);
    const tiles = ofRole.map(p => {
      const stale = (p.speedPercent?.stale || p.powerKw?.stale) ? ' stale' : '';
      const state = p.tripped ? 'alarm' : p.running ? 'on' : p.running === false ? 'off' : 'unknown';
      const detail = p.running ? `${number(p.speedPercent?.value, 0)} % · ${number(p.powerKw?.value, 0)} kW` : t(p.tripped ? 'now.tripped' : 'now.stopped');
      return `<span class="pump ${state}${stale}" data-pump="${text(p.id)}" title="${text(p.id)}: ${text(detail)}"><b>${text(p.id)}</b> ${text(detail)}</span>`;
    }).join('');
    return `<div class="pumps"><div class="pump-role">${text(t(`pump.role.${role}`))}<small>${text(t('now.pumpsRunning',
      { running, total: ofRole.length, kw: number(kw, 0) }))}</small></div><div class="pump-tiles">${tiles}</div></div>`;
  }).join('');
}

function towerLine(towers, planSlot) {
  if (!towers) {
    return '';
  }
  let asked = '';
  if (planSlot && planSlot.towerCells != null) {
    asked = planSlot.towerCells > 0
      ? t('now.towersPlanned', { cells: planSlot.towerCells, speed: number(planSlot.towerFanSpeedFraction * 100, 0), cw: number(planSlot.condenserSetpointC, 1) })
      : t('now.towersPlannedOff', { cw: number(planSlot.condenserSetpointC, 1) });
  }
  return `<p class="towers"><b>${text(t('now.towers'))}</b> ${text(t('now.towerCells', { cells: towers.cells }))} · ${text(t(towers.polled ? 'now.towersPolled' : 'now.towersNotPolled'))}${asked ? ` · ${text(asked)}` : ''}</p>`;
}

function drawPlantNow(p, now, planSlot) {
  const f = now.plant;
  const stale = !now.asOf || Date.now() - new Date(now.asOf).getTime() > STALE_AFTER_MS;
  const asOf = now.asOf ? t('now.asOf', { time: asOfTime(now.asOf) }) : t('now.nothingPolled');
  const pill = p.section.querySelector('header .situation-pill') || p.section.querySelector('header h2').insertAdjacentElement('afterend', document.createElement('span'));
  pill.className = `situation-pill ${now.control.state}`;
  pill.textContent = situationHeadline(now.control);
  const header = p.section.querySelector('header .as-of') || pill.insertAdjacentElement('afterend', document.createElement('span'));
  header.className = `as-of${stale ? ' stale' : ''}`;
  header.textContent = stale && now.asOf ? `${asOf} · ${t('now.staleAll')}` : asOf;
  const running = now.chillers.filter(c => c.running).length;
  p.body.innerHTML = `<div class="figures plant-figures">
      ${figure('now.plantPower', number(f.powerKw?.value, 0), 'kW', f.powerKw?.stale, 'plant-kw')}
      ${figure('now.coolingLoad', number(f.coolingKw?.value, 0), `kW · ${number(f.coolingRt, 0)} RT`, f.coolingKw?.stale, 'plant-cooling')}
      ${figure('now.kwPerRt', number(f.kwPerRt, 3), 'kW/RT', false, 'plant-kwrt')}
      ${figure('now.supplyReturn', `${number(f.supplyC?.value, 1)} / ${number(f.returnC?.value, 1)}`, '°C', f.supplyC?.stale || f.returnC?.stale)}
      ${figure('now.chillersRunning', `${running} / ${now.chillers.length}`, t('now.units'))}
      ${figure('now.pumpsRunningTotal', `${f.pumpsRunning} / ${now.pumps.length}`, t('now.units'))}
    </div>
    <table class="chillers"><thead><tr><th>${text(t('now.chiller'))}</th><th>${text(t('now.state'))}</th><th class="num">${text(t('now.load'))}</th>
      <th class="num">kW</th><th class="num">kW/RT</th><th class="num">${text(t('now.chwSupply'))}</th><th class="num">${text(t('now.chwReturn'))}</th>
      <th class="num">${text(t('now.cdwEntering'))}</th><th class="num">${text(t('now.cdwLeaving'))}</th><th>${text(t('now.commanded'))}</th></tr></thead>
      <tbody>${chillerRows(now.chillers)}</tbody></table>
    ${pumpTiles(now.pumps)}${towerLine(now.towers, planSlot)}`;
  const source = code => (hasMessage(`source.${code}`) ? t(`source.${code}`) : code);
  p.setState(now.chillers.length ? 'ok' : 'empty', t('now.sources', { power: source(f.powerSource), cooling: source(f.coolingSource) }));
}

/** Control's state in one line: "Following the plan: …", "Override by li.wei until 14:00", … */
function situationHeadline(control) {
  const override = control.conditions.find(k => k.kind === 'override');
  return control.state === 'override' && override ? t('situation.overrideBy', { by: override.by, until: clockTime(override.until) })
    : t(`situation.${control.state}`);
}

/** Control's situation in words: the headline, each condition, the plan's slot in force and what control commanded. */
function drawControl(p, now, planSlot, planView) {
  const c = now.control;
  const lines = c.conditions.map(k => {
    switch (k.kind) {
      case 'fault': return t('cond.fault', { device: k.device, reason: k.reason, since: clockTime(k.since) });
      case 'override': return t('cond.override', { by: k.by, until: clockTime(k.until), device: k.device, point: pointName(k.point), value: number(k.value, 1) });
      case 'suspended': return t('cond.suspended', { since: clockTime(k.since), reason: k.reason });
      default: return t('cond.unavailable', { reason: k.reason });
    }
  });
  const headline = situationHeadline(c);
  const plan = now.plan;
  let slotText = t('slot.none');
  if (plan) {
    const day = planView?.date ? dayName(planView.date) : '';
    slotText = t('slot.inForce', { day, kind: planView ? t(`plan.kind.${planView.kind}`) : '', mode: t(`mode.${plan.mode}`),
      from: clockTime(plan.from), until: clockTime(plan.until), chillers: plan.chillersOn.join(', ') || t('slot.noChiller'),
      sp: number(plan.supplySetpointC, 1), load: number(plan.plannedLoadKw, 0) });
  }
  const planned = planSlot ? t('slot.planned', { power: number(planSlot.powerKw, 0), cw: planSlot.condenserSetpointC == null ? '–' : number(planSlot.condenserSetpointC, 1) }) : '';
  const commands = now.chillers.filter(ch => commandedText(ch.commanded)).map(ch => `<tr><th>${text(ch.id)}</th><td>${text(commandedText(ch.commanded))}</td>
      <td>${text(t(`dispatch.${ch.dispatchState}`))}</td></tr>`).join('');
  const pumpsCommanded = now.pumps.filter(pu => (pu.commanded || []).some(k => k.point === 'ENABLE' && k.value)).length;
  p.body.innerHTML = `<p class="situation ${text(c.state)}" id="control-state">${text(headline)}</p>
    ${lines.length ? `<ul class="conditions">${lines.map(l => `<li>${text(l)}</li>`).join('')}</ul>` : ''}
    <h3>${text(t('slot.title'))}</h3><p id="plan-slot">${text(slotText)}${planned ? `<br><small>${text(planned)}</small>` : ''}</p>
    <h3>${text(t('commanded.title'))}</h3>
    ${commands ? `<table class="commands"><tbody>${commands}</tbody></table>` : `<p class="muted">${text(t('commanded.none'))}</p>`}
    ${pumpsCommanded ? `<p class="muted">${text(t('commanded.pumps', { n: pumpsCommanded }))}</p>` : ''}`;
  p.setState('ok');
}

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

const mayDecide = () => roles.includes('engineer') || roles.includes('admin');

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
async function listPlans(p, onShow, onDecide) {
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

function requestBar(p, chillerIds, onRequested) {
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

function decisionDialog() {
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
function roomyLegend(p) {
  const chart = p.chartElement && echarts.getInstanceByDom(p.chartElement);
  if (!chart || p.section.dataset.state !== 'ok') {
    return;
  }
  const rows = legendRows(chart.getOption().series.map(s => s.name), p.chartElement.clientWidth);
  // without animation: re-laid out, the series would be drawn again from the left
  chart.setOption({ animation: false, legend: { type: 'plain' }, grid: { top: 24 * rows + 40 } });
}

async function showPlan(view, charts) {
  charts.forEach(c => c.setState('loading'));
  planAgainstBaseline(charts[0], view);
  await forecastAgainstActual(charts[1], view.id);
}

/** The plan's slot at an instant (for the towers and the planned power beside the live plant). */
function slotAt(view, instant) {
  const slots = view?.plan?.slots || [];
  const minutes = view?.plan?.slotMinutes || 15;
  return slots.find(s => { const start = slotInstant(s.start).getTime(); return start <= instant && instant < start + minutes * 60_000; }) || null;
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
