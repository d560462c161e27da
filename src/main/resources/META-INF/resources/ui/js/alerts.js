// Alerts: what the watches found (standby excess of the imaging devices, meter imbalances, plant control faults), in the
// reader's language, filtered by status, severity, kind and period; an engineer acknowledges one with a comment and
// runs the standby check of a day now. Filters are kept in the page address, so a filtered list can be shared.
import { get, post } from './api.js';
import { panel } from './charts.js';
import { text } from './dom.js';
import { dateTime, hasMessage, number, t, timeZone } from './i18n.js';
import { roles, startPage } from './shell.js';
import { SITE } from './site.js';

const site = encodeURIComponent(SITE);
// Every API path this page calls, in one place.
const paths = {
  alerts: query => `/api/sites/${site}/alerts?${query}`,
  acknowledge: id => `/api/sites/${site}/alerts/${id}/acknowledge`,
  standby: day => `/api/sites/${site}/standby/evaluate?day=${day}`,
};

/** Roles the API lets acknowledge an alert and run the standby check (AlertResource, StandbyResource). */
const ACTORS = ['engineer', 'admin'];
const mayAct = () => ACTORS.some(r => roles.includes(r));

const STATUSES = ['open', 'acknowledged', 'cleared', 'all'];
const SEVERITIES = ['', 'CRITICAL', 'WARNING', 'INFO'];
const KINDS = ['', 'standby-excess', 'meter-imbalance', 'plant-control-fault'];
const PERIODS = ['7', '30', '90', 'all'];

function filters() {
  const q = new URLSearchParams(location.search);
  const pick = (name, allowed, fallback) => (allowed.includes(q.get(name)) ? q.get(name) : fallback);
  return { status: pick('status', STATUSES, 'open'), severity: pick('severity', SEVERITIES, ''),
    kind: pick('kind', KINDS, ''), period: pick('period', PERIODS, '30') };
}

function query(f) {
  const q = new URLSearchParams({ status: f.status, limit: '500' });
  if (f.severity) {
    q.set('severity', f.severity);
  }
  if (f.kind) {
    q.set('kind', f.kind);
  }
  if (f.period !== 'all') {
    q.set('from', new Date(Date.now() - Number(f.period) * 86_400_000).toISOString());
  }
  return q.toString();
}

// --- an alert in words -----------------------------------------------------------------------------------------

const DIGITS = { drawKw: 1, standardKw: 1, hours: 1, kwhWasted: 1, parentTotal: 1, childrenTotal: 1, allowancePct: 1 };
const SIGNED = ['excessPct', 'deviationPct'];

function argument(name, value) {
  if (typeof value !== 'number') {
    return value;
  }
  if (SIGNED.includes(name)) {
    return `${value > 0 ? '+' : ''}${number(value, 0)}`;
  }
  return number(value, DIGITS[name] ?? 1);
}

/** The alert's text in the page's language from its message key; the stored (English) text for older alerts. */
export function alertText(alert) {
  const m = alert.message;
  if (!m || !hasMessage(m.key)) {
    return alert.text;
  }
  const values = Object.fromEntries(Object.entries(m.args || {}).map(([k, v]) => [k, argument(k, v)]));
  return t(m.key, values);
}

const word = (prefix, value) => (hasMessage(`${prefix}.${value}`) ? t(`${prefix}.${value}`) : value);

// --- panels ----------------------------------------------------------------------------------------------------

/** kWh wasted per source, one stacked bar per kind of alert. */
function wasteModel(alerts) {
  const wasting = alerts.filter(a => Number(a.kwhWasted) > 0);
  const sources = [...new Set(wasting.map(a => a.source))].sort();
  const kinds = [...new Set(wasting.map(a => a.kind))].sort();
  const sum = (source, kind) => wasting.filter(a => a.source === source && a.kind === kind)
    .reduce((total, a) => total + Number(a.kwhWasted), 0);
  return {
    x: { label: 'source', values: sources, labels: sources },
    axes: ['kWh'],
    series: kinds.map(kind => ({ name: word('alert.kind', kind), unit: 'kWh', type: 'bar', stack: 'waste', values: sources.map(s => sum(s, kind)) })),
  };
}

function filterBar(f, onChange) {
  const bar = document.createElement('form');
  bar.className = 'filters wide';
  bar.id = 'alert-filters';
  const select = (name, values, label) => `<label>${text(t(`filter.${name}`))}
    <select name="${name}">${values.map(v => `<option value="${v}"${v === f[name] ? ' selected' : ''}>${text(label(v))}</option>`).join('')}</select></label>`;
  bar.innerHTML = select('status', STATUSES, v => t(`filter.status.${v}`))
    + select('severity', SEVERITIES, v => (v ? word('alert.severity', v) : t('filter.any')))
    + select('kind', KINDS, v => (v ? word('alert.kind', v) : t('filter.any')))
    + select('period', PERIODS, v => t(`filter.period.${v}`));
  bar.addEventListener('change', () => {
    const next = Object.fromEntries(new FormData(bar).entries());
    const q = new URLSearchParams(location.search);
    Object.entries(next).forEach(([k, v]) => q.set(k, v));
    history.replaceState(null, '', `${location.pathname}?${q}`);
    onChange();
  });
  return bar;
}

/** A judged period as the site names it (a day, a month) is shown as it is; an instant (a control fault's) as a local time. */
function periodText(period) {
  return /^\d{4}-\d{2}-\d{2}T/.test(period) ? dateTime(period) : text(period);
}

function statusCell(a) {
  const status = `<span class="badge status-${a.status}">${text(word('alert.status', a.status))}</span>`;
  if (a.status !== 'ACKNOWLEDGED') {
    return status;
  }
  return `${status}<div class="ack"><span class="who">${text(t('ack.by', { user: a.acknowledgedBy, at: dateTime(a.acknowledgedAt) }))}</span>
    <q class="comment">${text(a.acknowledgeComment)}</q></div>`;
}

function alertRow(a, actor) {
  const action = actor && a.status !== 'ACKNOWLEDGED'
    ? `<button type="button" class="acknowledge" data-alert="${a.id}">${text(t('ack.button'))}</button>` : '';
  return `<tr data-alert="${a.id}" data-status="${a.status}"><td><span class="badge severity ${text(a.severity)}">${text(word('alert.severity', a.severity))}</span></td>
    <td>${text(word('alert.kind', a.kind))}</td><td>${text(a.source)}</td><td class="what">${text(alertText(a))}</td>
    <td class="period">${periodText(a.period)}</td><td class="num">${number(a.kwhWasted, 1)}</td><td>${dateTime(a.raisedAt)}</td>
    <td>${statusCell(a)}</td>${actor ? `<td>${action}</td>` : ''}</tr>`;
}

function drawList(p, alerts, actor, reload) {
  if (!alerts.length) {
    p.body.innerHTML = `<p class="empty-note" id="alerts-empty">${text(t('alerts.none'))}</p>`;
    p.setState('ok');
    return;
  }
  p.body.innerHTML = `<table><thead><tr><th>${text(t('alerts.severity'))}</th><th>${text(t('alerts.kind'))}</th>
    <th>${text(t('alerts.source'))}</th><th>${text(t('alerts.text'))}</th><th>${text(t('alerts.period'))}</th>
    <th class="num">${text(t('alerts.kwhWasted'))}</th><th>${text(t('alerts.raisedAt'))}</th><th>${text(t('alerts.status'))}</th>
    ${actor ? `<th>${text(t('alerts.action'))}</th>` : ''}</tr></thead><tbody>${alerts.map(a => alertRow(a, actor)).join('')}</tbody></table>`;
  p.body.querySelectorAll('button.acknowledge').forEach(b => b.addEventListener('click', () =>
    acknowledge(alerts.find(a => String(a.id) === b.dataset.alert), reload)));
  const count = severity => alerts.filter(a => a.severity === severity).length;
  const wasted = alerts.reduce((total, a) => total + (Number(a.kwhWasted) || 0), 0);
  p.setState('ok', t('alerts.count', { n: alerts.length, critical: count('CRITICAL'), warning: count('WARNING'), info: count('INFO'),
    kwh: number(wasted, 1) }));
}

// --- acknowledging ---------------------------------------------------------------------------------------------

function dialog(id) {
  let d = document.getElementById(id);
  if (!d) {
    d = document.createElement('dialog');
    d.id = id;
    document.body.appendChild(d);
  }
  return d;
}

function acknowledge(alert, reload) {
  const d = dialog('ack-dialog');
  d.innerHTML = `<h3>${text(t('ack.title', { source: alert.source, period: periodText(alert.period) }))}</h3><p>${text(alertText(alert))}</p>
    <label for="ack-comment">${text(t('ack.comment'))}</label><textarea id="ack-comment"></textarea>
    <p class="state error" id="ack-error"></p>
    <div class="buttons"><button type="button" class="primary" id="ack-confirm">${text(t('ack.confirm'))}</button>
    <button type="button" id="ack-cancel">${text(t('ack.cancel'))}</button></div>`;
  d.querySelector('#ack-cancel').addEventListener('click', () => d.close());
  d.querySelector('#ack-confirm').addEventListener('click', async () => {
    const comment = d.querySelector('#ack-comment').value.trim();
    if (!comment) {
      d.querySelector('#ack-error').textContent = t('ack.needsComment');
      return;
    }
    try {
      await post(paths.acknowledge(alert.id), { comment });
      d.close();
      await reload();
      const row = document.querySelector(`#alert-list tr[data-alert="${alert.id}"]`);
      row?.classList.add('just-acknowledged');
      const done = document.getElementById('alert-outcome');
      done.textContent = t('ack.done', { source: alert.source, period: periodText(alert.period), comment });
      done.hidden = false;
    } catch (e) {
      d.querySelector('#ack-error').textContent = e.message;
    }
  });
  d.showModal();
}

// --- the standby check, run now --------------------------------------------------------------------------------

function yesterday() {
  // the site's local date, as the standby watch judges days
  const local = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const d = new Date(`${local}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Why a device was not judged, in words (the standby watch's notes are English). */
function noteWords(note) {
  const short = /^only ([\d.]+) h in standby, fewer than the ([\d.]+) h/.exec(note);
  if (short) {
    return t('standby.note.tooShort', { hours: number(Number(short[1]), 2), needed: number(Number(short[2]), 2) });
  }
  const known = { 'no state readings in the period': 'noState', 'no power readings in the period': 'noPower',
    'no quarter hour wholly in standby': 'noQuarter' }[note];
  return known ? t(`standby.note.${known}`) : note;
}

function findingRow(f) {
  const judged = f.note == null;
  const verdict = !judged ? t('standby.notJudged', { why: noteWords(f.note) }) : f.alert ? t('standby.above') : t('standby.within');
  return `<tr class="${f.alert ? 'above' : ''}"><td>${text(f.device)}</td><td class="num">${number(f.drawKw, 1)}</td>
    <td class="num">${number(f.standardKw, 1)}</td><td class="num">${f.excess == null ? '–' : argument('excessPct', f.excess * 100)}</td>
    <td class="num">${number(f.standbyHours, 1)}</td><td class="num">${number(f.kwhWasted, 1)}</td><td>${text(verdict)}</td></tr>`;
}

function standbyPanel(main, reload) {
  const p = panel(main, { id: 'standby-check', title: 'standby.title', wide: true, chart: false });
  p.body.innerHTML = `<form class="filters" id="standby-form"><label>${text(t('standby.day'))}
    <input type="date" name="day" value="${yesterday()}" max="${new Date().toISOString().slice(0, 10)}"></label>
    <button type="submit" class="primary" id="standby-run">${text(t('standby.run'))}</button></form><div id="standby-result"></div>`;
  p.setState('ok', t('standby.explain'));
  p.body.querySelector('form').addEventListener('submit', async event => {
    event.preventDefault();
    const day = p.body.querySelector('input[name=day]').value;
    const result = p.body.querySelector('#standby-result');
    p.setState('loading');
    try {
      const report = await post(paths.standby(day));
      const judged = report.findings.filter(f => f.note == null).length;
      const above = report.findings.filter(f => f.alert).length;
      result.innerHTML = `<p class="outcome ok" id="standby-outcome">${text(t('standby.outcome', { day, judged, devices: report.findings.length, above }))}</p>
        <table><thead><tr><th>${text(t('standby.device'))}</th><th class="num">${text(t('standby.draw'))}</th>
        <th class="num">${text(t('standby.standard'))}</th><th class="num">${text(t('standby.excess'))}</th><th class="num">${text(t('standby.hours'))}</th>
        <th class="num">${text(t('alerts.kwhWasted'))}</th><th>${text(t('standby.verdict'))}</th></tr></thead>
        <tbody>${report.findings.map(findingRow).join('')}</tbody></table>`;
      p.setState('ok');
      await reload();
    } catch (e) {
      result.innerHTML = `<p class="outcome refused" id="standby-outcome">${text(t('standby.failed', { detail: e.message }))}</p>`;
      p.setState('ok');
    }
  });
}

function drawWaste(p, alerts) {
  const wasting = alerts.some(a => Number(a.kwhWasted) > 0);
  p.chartElement.hidden = !wasting;
  if (wasting) {
    p.draw(wasteModel(alerts));
  } else {
    p.clearChart();
    p.setState('ok', t('alerts.noWaste'));
  }
}

startPage('alerts', async main => {
  const actor = mayAct();
  let chart;
  let list;
  const reload = async () => {
    try {
      const alerts = await get(paths.alerts(query(filters())));
      drawWaste(chart, alerts);
      drawList(list, alerts, actor, reload);
    } catch (e) {
      chart.fail(e);
      list.fail(e);
    }
  };
  main.appendChild(filterBar(filters(), reload));
  const outcome = document.createElement('p');
  outcome.id = 'alert-outcome';
  outcome.className = 'outcome ok wide';
  outcome.hidden = true;
  main.appendChild(outcome);
  list = panel(main, { id: 'alert-list', title: 'alerts.listTitle', wide: true, chart: false });
  if (actor) {
    standbyPanel(main, reload);
  }
  chart = panel(main, { id: 'alert-waste', title: 'alerts.waste', wide: true });
  await reload();
});
