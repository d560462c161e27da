// The plant now, refreshed every few seconds: each chiller, pump and tower with what control commands, and control's
// state machine in words beside what the plan asks.
import { text } from './dom.js';
import { clockTime, hasMessage, number, t } from './i18n.js';
import { STALE_AFTER_MS, asOfTime, dayName } from './plant-common.js';

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

export function drawPlantNow(p, now, planSlot) {
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
export function drawControl(p, now, planSlot, planView) {
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
