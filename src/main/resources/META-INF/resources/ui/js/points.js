// Point explorer: pick points by device, space, carrier, tag or text, chart several over any range at a chosen
// resolution with their quality, export the plotted rows as CSV; the address holds the whole state, so a link reopens it.
import { downloadAs, get } from './api.js';
import { panel } from './charts.js';
import { text } from './dom.js';
import { dateTime, number, t } from './i18n.js';
import { startPage } from './shell.js';
import { SITE } from './site.js';
import { QUICK_RANGES, RESOLUTIONS, fromLocalInput, quickRange, readState, toLocalInput, writeState } from './explorer-state.js';
import { QUALITIES, csv, drawChart, hasData, key, measureLabel, trace } from './explorer-chart.js';

const site = encodeURIComponent(SITE);
// Every API path the page calls.
const paths = {
  points: query => `/api/sites/${site}/points${query ? `?${query}` : ''}`,
  devices: `/api/sites/${site}/devices`,
  spaces: `/api/sites/${site}/spaces`,
  series: (key, s) => `/api/series?point=${encodeURIComponent(key)}&from=${encodeURIComponent(s.from)}&to=${encodeURIComponent(s.to)}&resolution=${s.resolution}`,
};
// The most buckets one series answer may hold (the service's wardwatt.rollups.query.max-rows, 10,000 by default).
const MAX_ROWS = 10_000;
const BUCKET_MS = { '15m': 15 * 60_000, '1h': 3600_000, '1d': 86400_000, '1mo': 28 * 86400_000 };
const MAX_POINTS = 8;
const FACETS = ['device', 'space', 'carrier', 'tag'];

let state;
let allPoints = [];
let drawing = 0;

function rangeBar(main) {
  const bar = document.createElement('div');
  bar.className = 'wide explorer-bar';
  bar.innerHTML = `<label><span data-i18n="points.range.from"></span> <input id="range-from" type="datetime-local"></label>
    <label><span data-i18n="points.range.to"></span> <input id="range-to" type="datetime-local"></label>
    <span class="quick">${Object.keys(QUICK_RANGES).map(r => `<button type="button" data-range="${r}" data-i18n="points.range.${r}"></button>`).join('')}</span>
    <label><span data-i18n="points.resolution"></span> <select id="resolution">${RESOLUTIONS
      .map(r => `<option value="${r}" data-i18n="points.resolution.${r}"></option>`).join('')}</select></label>
    <button type="button" id="share" data-i18n="points.share"></button><span id="share-done" class="state"></span>
    <p id="range-problem" class="state error"></p>`;
  main.appendChild(bar);
  const from = bar.querySelector('#range-from');
  const to = bar.querySelector('#range-to');
  const resolution = bar.querySelector('#resolution');
  const show = () => {
    from.value = toLocalInput(state.from);
    to.value = toLocalInput(state.to);
    resolution.value = state.resolution;
  };
  show();
  const changed = () => {
    state.from = fromLocalInput(from.value) || from.value;
    state.to = fromLocalInput(to.value) || to.value;
    state.resolution = resolution.value;
    redraw();
  };
  [from, to, resolution].forEach(el => el.addEventListener('change', changed));
  bar.querySelectorAll('button[data-range]').forEach(b => b.addEventListener('click', () => {
    Object.assign(state, quickRange(b.dataset.range));
    show();
    redraw();
  }));
  bar.querySelector('#share').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      bar.querySelector('#share-done').textContent = t('points.copied');
    } catch (e) {
      bar.querySelector('#share-done').textContent = location.href;
    }
  });
}

function facetOptions(facet, devices, spaces) {
  const counts = new Map();
  allPoints.forEach(p => {
    const values = facet === 'tag' ? p.tags || [] : [p[facet]];
    values.filter(Boolean).forEach(v => counts.set(v, (counts.get(v) || 0) + 1));
  });
  const names = facet === 'device' ? devices : facet === 'space' ? spaces : new Map();
  const label = v => (facet === 'carrier' ? t(`carrier.${v}`) : names.has(v) ? `${v} · ${names.get(v)}` : v);
  return [...counts.keys()].sort().map(v => `<option value="${text(v)}">${text(label(v))} (${counts.get(v)})</option>`).join('');
}

function picker(parent, devices, spaces) {
  const section = document.createElement('section');
  section.className = 'panel explorer-picker';
  section.id = 'point-picker';
  section.innerHTML = `<header><h2 data-i18n="points.picker.title"></h2></header>
    <input id="point-search" type="search" data-i18n-placeholder="points.search">
    <div class="facets">${FACETS.map(f => `<label><span data-i18n="points.facet.${f}"></span>
      <select id="facet-${f}"><option value="" data-i18n="points.facet.any"></option>${facetOptions(f, devices, spaces)}</select></label>`).join('')}</div>
    <p class="state" id="point-count"></p><ul id="point-list"></ul>`;
  parent.appendChild(section);
  let timer;
  section.querySelector('#point-search').addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
  FACETS.forEach(f => section.querySelector(`#facet-${f}`).addEventListener('change', search));
  section.querySelector('#point-list').addEventListener('change', event => {
    const key = event.target.dataset.key;
    if (!key) {
      return;
    }
    state.points = event.target.checked ? [...state.points, key] : state.points.filter(k => k !== key);
    redraw();
  });
}

/** Asks the API for the points matching the search box and facets, and lists them with a box to chart each. */
async function search() {
  const query = new URLSearchParams();
  const q = document.getElementById('point-search').value.trim();
  if (q) {
    query.set('q', q);
  }
  FACETS.forEach(f => {
    const value = document.getElementById(`facet-${f}`).value;
    if (value) {
      query.set(f, value);
    }
  });
  const count = document.getElementById('point-count');
  try {
    const found = await get(paths.points(query.toString()));
    count.textContent = found.length ? t('points.list.count', { n: found.length }) : t('points.list.none');
    listPoints(found);
  } catch (e) {
    count.textContent = `${t('state.error')} ${e.message}`;
  }
}

function listPoints(found) {
  document.getElementById('point-list').innerHTML = found.map(p => `<li><label>
      <input type="checkbox" data-key="${text(p.key)}" ${state.points.includes(p.key) ? 'checked' : ''}>
      <b>${text(p.code)}</b> <span class="unit">${text(p.unit)}</span> <span class="badge">${text(t(`points.kind.${p.kind}`))}</span>
      <br><small>${text(p.name)}</small></label></li>`).join('');
}

function syncChecks() {
  document.querySelectorAll('#point-list input[data-key]').forEach(box => { box.checked = state.points.includes(box.dataset.key); });
}

function selectedChips(chart) {
  const chips = chart.section.querySelector('#selected');
  chips.innerHTML = state.points.map(key => `<span class="chip">${text(key)} <button type="button" data-remove="${text(key)}"
      aria-label="${text(t('points.remove'))}" title="${text(t('points.remove'))}">×</button></span>`).join('');
}

/** What stops the range from being drawn, in words, or null. */
function rangeProblem() {
  const from = Date.parse(state.from);
  const to = Date.parse(state.to);
  if (Number.isNaN(from) || Number.isNaN(to)) {
    return t('points.problem.time');
  }
  if (from >= to) {
    return t('points.problem.order', { from: dateTime(state.from), to: dateTime(state.to) });
  }
  const buckets = BUCKET_MS[state.resolution] ? Math.ceil((to - from) / BUCKET_MS[state.resolution]) : 0;
  if (buckets > MAX_ROWS) {
    return t('points.problem.tooMany', { count: number(buckets), resolution: t(`points.resolution.${state.resolution}`), max: number(MAX_ROWS) });
  }
  if (state.points.length > MAX_POINTS) {
    return t('points.problem.tooManyPoints', { max: MAX_POINTS });
  }
  return null;
}

function seriesProblem(key, error) {
  if (error.status === 404) {
    return t('points.problem.unknown', { point: key });
  }
  if (error.status === 400 && state.resolution === 'raw') {
    const max = /more than (\d+)/.exec(error.message);
    return t('points.problem.tooManyRaw', { point: key, max: number(max ? Number(max[1]) : MAX_ROWS) });
  }
  return t('points.problem.failed', { point: key, error: error.message });
}

let chartPanel;
let tablePanel;

async function redraw() {
  const generation = ++drawing;
  writeState(state);
  syncChecks();
  selectedChips(chartPanel);
  const problemElement = document.getElementById('range-problem');
  const problem = rangeProblem();
  problemElement.textContent = problem || '';
  const unknown = state.points.filter(key => !allPoints.some(p => p.key === key));
  const known = state.points.map(key => allPoints.find(p => p.key === key)).filter(Boolean);
  const notes = unknown.map(key => t('points.problem.unknown', { point: key }));
  if (problem) {
    finish(chartPanel, 'invalid', problem);
    return;
  }
  if (!known.length) {
    finish(chartPanel, unknown.length ? 'invalid' : 'idle', notes.join(' ') || t('points.pick'));
    tablePanel.body.innerHTML = '';
    tablePanel.setState('ok');
    return;
  }
  chartPanel.setState('loading');
  const answers = await Promise.allSettled(known.map(p => get(paths.series(p.key, state))));
  if (generation !== drawing) {
    return;
  }
  const traces = [];
  answers.forEach((a, i) => {
    if (a.status === 'fulfilled') {
      traces.push({ ...trace(known[i], a.value), marks: marks(a.value) });
    } else {
      notes.push(seriesProblem(known[i].key, a.reason));
    }
  });
  traces.filter(tr => !hasData(tr)).forEach(tr => notes.push(t('points.noData', { point: tr.key })));
  traces.filter(tr => tr.notCounted).forEach(tr => notes.push(t('points.notCounted', { point: tr.key, n: tr.notCounted })));
  const plotted = traces.reduce((n, tr) => n + tr.rows.filter(r => r.value !== null).length, 0);
  if (!plotted) {
    chartPanel.clearChart();
    finish(chartPanel, notes.length && !traces.length ? 'invalid' : 'empty', [traces.length ? t('state.empty') : '', ...notes].filter(Boolean).join(' '));
  } else {
    drawChart(chartPanel.chartElement, traces, state);
    offerCsv(traces);
    finish(chartPanel, 'ok', notes.join(' '));
  }
  table(traces);
}

/** The intervals of a series that are not good: a bucketed series names them; raw readings carry their own quality. */
function marks(series) {
  if (series.quality) {
    return series.quality;
  }
  const merged = [];
  (series.readings || []).forEach((r, i) => {
    if (r.quality === 0) {
      return;
    }
    const quality = QUALITIES[r.quality] || 'bad';
    const last = merged[merged.length - 1];
    if (last && last.quality === quality && last.lastIndex === i - 1) {
      Object.assign(last, { end: r.ts, lastIndex: i, readings: last.readings + 1 });
    } else {
      merged.push({ start: r.ts, end: r.ts, quality, readings: 1, lastIndex: i });
    }
  });
  return merged;
}

function finish(p, stateName, message) {
  p.section.dataset.state = stateName;
  p.stateElement.className = `state${stateName === 'invalid' ? ' error' : ''}`;
  p.stateElement.textContent = message;
  if (stateName !== 'ok') {
    p.clearChart();
  }
  p.section.dataset.drawn = String(drawing);
}

function offerCsv(traces) {
  const link = chartPanel.csvLink;
  if (link.href) {
    URL.revokeObjectURL(link.href);
  }
  link.href = URL.createObjectURL(new Blob([csv(traces, state.resolution)], { type: 'text/csv;charset=utf-8' }));
  link.download = `${SITE}-points-${state.from.slice(0, 10)}-${state.resolution}.csv`;
  link.hidden = false;
}

function stats(tr) {
  const values = tr.rows.map(r => r.value).filter(v => v !== null);
  if (!values.length) {
    return { min: null, max: null, sum: null, mean: null };
  }
  const sum = values.reduce((a, b) => a + b, 0);
  return { min: Math.min(...values), max: Math.max(...values), sum, mean: sum / values.length };
}

const SHOWN_MARKS = 200;

function table(traces) {
  const rows = traces.map(tr => {
    const s = stats(tr);
    const counted = tr.measure === 'consumption' || tr.measure === 'delta';
    const flagged = tr.marks.filter(m => m.quality !== 'missing').reduce((n, m) => n + m.readings, 0);
    const missing = tr.marks.filter(m => m.quality === 'missing').length;
    return `<tr data-point="${text(tr.key)}"><td><b>${text(tr.code)}</b><br><small>${text(tr.name)}</small></td>
      <td>${text(measureLabel(tr, state.resolution))}</td><td>${text(tr.unit)}</td><td class="num">${number(tr.rows.length)}</td>
      <td class="num">${number(s.min, 2)}</td><td class="num">${number(s.max, 2)}</td>
      <td class="num">${counted ? `${text(t('points.table.total'))} ${number(s.sum, 1)}` : number(s.mean, 2)}</td>
      <td class="num">${number(flagged)}</td><td class="num">${number(missing)}</td>
      <td><button type="button" class="server-csv" data-key="${text(tr.key)}">${text(t('points.table.csv'))}</button></td></tr>`;
  }).join('');
  const all = traces.flatMap(tr => tr.marks.map(m => ({ ...m, key: tr.key })));
  const shown = all.slice(0, SHOWN_MARKS).map(m => `<tr class="mark ${text(m.quality)}"><td>${text(m.key)}</td><td>${text(dateTime(m.start))}</td>
      <td>${text(dateTime(m.end))}</td><td><span class="badge quality-${text(m.quality)}">${text(t(`quality.${m.quality}`))}</span></td>
      <td class="num">${m.quality === 'missing' ? '' : number(m.readings)}</td></tr>`).join('');
  tablePanel.body.innerHTML = `<table class="explorer-summary"><thead><tr><th data-i18n="points.table.point"></th><th data-i18n="points.table.measure"></th>
      <th data-i18n="points.table.unit"></th><th class="num" data-i18n="points.table.rows"></th><th class="num" data-i18n="points.table.min"></th>
      <th class="num" data-i18n="points.table.max"></th><th class="num" data-i18n="points.table.mean"></th>
      <th class="num" data-i18n="points.table.flagged"></th><th class="num" data-i18n="points.table.missing"></th><th></th></tr></thead>
      <tbody>${rows}</tbody></table>
    <h3 data-i18n="points.quality.title"></h3>
    ${all.length ? `<table class="explorer-quality"><thead><tr><th data-i18n="points.table.point"></th><th data-i18n="points.quality.from"></th>
      <th data-i18n="points.quality.to"></th><th data-i18n="points.quality.quality"></th><th class="num" data-i18n="points.quality.readings"></th></tr></thead>
      <tbody>${shown}</tbody></table>${all.length > SHOWN_MARKS ? `<p class="state">${text(t('points.quality.more', { n: number(all.length - SHOWN_MARKS) }))}</p>` : ''}`
    : `<p class="state" id="quality-none" data-i18n="points.quality.none"></p>`}`;
  tablePanel.body.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  tablePanel.setState('ok');
}

startPage('points', async main => {
  main.textContent = '';
  main.classList.add('explorer-page');
  state = readState();
  const [points, devices, spaces] = await Promise.allSettled([get(paths.points('')), get(paths.devices), get(paths.spaces)]);
  allPoints = points.status === 'fulfilled' ? points.value : [];
  const names = answer => new Map((answer.status === 'fulfilled' ? answer.value : []).map(x => [x.code, x.name]));
  rangeBar(main);
  const area = document.createElement('div');
  area.className = 'wide explorer';
  main.appendChild(area);
  picker(area, names(devices), names(spaces));
  chartPanel = panel(area, { id: 'explorer-chart', title: 'points.chart.title' });
  const chips = document.createElement('div');
  chips.id = 'selected';
  chips.className = 'chips';
  chartPanel.chartElement.before(chips);
  const marksKey = document.createElement('p');
  marksKey.className = 'marks-key';
  marksKey.innerHTML = key();
  chartPanel.chartElement.after(marksKey);
  chips.addEventListener('click', event => {
    const key = event.target.dataset?.remove;
    if (key) {
      state.points = state.points.filter(k => k !== key);
      redraw();
    }
  });
  tablePanel = panel(main, { id: 'explorer-table', title: 'points.table.title', wide: true, chart: false });
  // the server's CSV of one point over the range: every row, also for ranges too long to draw well
  tablePanel.body.addEventListener('click', async event => {
    const key = event.target.classList.contains('server-csv') ? event.target.dataset.key : null;
    if (key) {
      try {
        await downloadAs(paths.series(key, state), `${key.replace(/[^A-Za-z0-9._-]/g, '_')}-${state.resolution}.csv`, 'text/csv');
      } catch (e) {
        tablePanel.setState('error', e.message);
      }
    }
  });
  if (points.status === 'rejected') {
    document.getElementById('point-count').textContent = `${t('state.error')} ${points.reason.message}`;
  } else {
    listPoints(allPoints);
    document.getElementById('point-count').textContent = t('points.list.count', { n: allPoints.length });
  }
  await redraw();
});
