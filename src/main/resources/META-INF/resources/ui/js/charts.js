// A panel is a titled box with an ECharts chart (or a table) and a CSV link. A chart is drawn from a model,
// and the CSV is written from the same model, so the file holds exactly the numbers plotted.
//
// model = { x: { label, values: [raw x, e.g. '2026-03'], labels: [shown] },
//           series: [{ name, unit, type: 'bar' | 'line', values: [number | null], stack?, axis?: 0 | 1 }],
//           axes: [name of the left axis, name of the right axis?] }
import { t } from './i18n.js';

/* global echarts */

const LARGE = 2000; // above this many points a line is drawn sampled and without symbols

export function panel(parent, { id, title, wide = false, chart = true }) {
  const section = document.createElement('section');
  section.className = `panel${wide ? ' wide' : ''}`;
  section.id = id;
  section.innerHTML = `<header><h2></h2><a class="button csv" hidden></a></header>
    ${chart ? '<div class="chart"></div>' : ''}<div class="body"></div><p class="state"></p>`;
  section.querySelector('h2').textContent = t(title);
  const csv = section.querySelector('a.csv');
  csv.textContent = t('chart.csv');
  parent.appendChild(section);
  return new Panel(section, id);
}

class Panel {
  constructor(section, id) {
    this.section = section;
    this.id = id;
    this.chartElement = section.querySelector('.chart');
    this.body = section.querySelector('.body');
    this.stateElement = section.querySelector('.state');
    this.csvLink = section.querySelector('a.csv');
    this.setState('loading');
  }

  /** loading | ok | empty | unavailable | forbidden | error; the panel's data-state lets a test wait for it. */
  setState(state, detail = '') {
    this.section.dataset.state = state;
    this.stateElement.className = `state${state === 'error' ? ' error' : ''}`;
    this.stateElement.textContent = state === 'ok' ? detail : [t(`state.${state}`), detail].filter(Boolean).join(' ');
  }

  /** Shows why an API call failed: 404 of an endpoint not yet there, 403 for a role, any other error with its text. */
  fail(error) {
    if (error.status === 404) {
      this.setState('unavailable');
    } else if (error.status === 403) {
      this.setState('forbidden');
    } else {
      this.setState('error', error.message);
    }
    this.clearChart();
  }

  clearChart() {
    if (this.chartElement) {
      echarts.getInstanceByDom(this.chartElement)?.clear();
    }
    this.csvLink.hidden = true;
  }

  draw(model, note = '') {
    const points = model.series.reduce((n, s) => n + s.values.filter(v => v !== null && v !== undefined).length, 0);
    if (points === 0) {
      this.clearChart();
      this.setState('empty');
      return;
    }
    const chart = echarts.getInstanceByDom(this.chartElement) || echarts.init(this.chartElement);
    chart.setOption(withMarks(option(model), model, this.chartElement.clientWidth), true);
    this.offerCsv(model);
    this.setState('ok', note);
  }

  offerCsv(model) {
    if (this.csvLink.href) {
      URL.revokeObjectURL(this.csvLink.href);
    }
    this.csvLink.href = URL.createObjectURL(new Blob([csv(model)], { type: 'text/csv;charset=utf-8' }));
    this.csvLink.download = `${this.id}.csv`;
    this.csvLink.hidden = false;
  }
}

function seriesName(s) {
  return s.unit ? `${s.name} (${s.unit})` : s.name;
}

function option(model) {
  const large = model.x.values.length > LARGE;
  const axes = model.axes && model.axes.length ? model.axes : [''];
  return {
    animation: !large,
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 60, right: axes.length > 1 ? 60 : 20, top: 40, bottom: 60 },
    dataZoom: [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 8 }],
    xAxis: { type: 'category', data: model.x.labels },
    yAxis: axes.map(name => ({ type: 'value', name, scale: false })),
    series: model.series.map(s => ({
      name: seriesName(s),
      type: s.type || 'line',
      stack: s.stack,
      yAxisIndex: s.axis || 0,
      data: s.values,
      showSymbol: !large,
      sampling: large ? 'lttb' : undefined,
      large: large && s.type === 'bar',
    })),
  };
}

// ---- Leadership page: legends that show every series, and the running month marked as partial ----
// Both are opt-in fields of the model, so other pages draw as before:
//   model.legend = 'all': a plain legend wrapped over as many rows as it needs (never paginated), the plot and the axis
//                         names pushed below it;
//   model.x.partial = [bool per x value], model.x.partialLabel: those months' bars hatched and pale, the column shaded
//                         and labelled (e.g. "month to date"); lines should leave those months out (null).

const LEGEND_ROW = 22;

/** Rows a plain legend of these names takes in the width (ECharts' default 12 px text, 25 px icon, 10 px gap). */
function legendRows(names, width) {
  const context = document.createElement('canvas').getContext('2d');
  context.font = '12px sans-serif';
  let rows = 1;
  let used = 0;
  names.forEach(name => {
    const item = context.measureText(name).width + 25 + 10;
    if (used > 0 && used + item > width) {
      rows += 1;
      used = 0;
    }
    used += item;
  });
  return rows;
}

const HATCH = { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [3, 4], rotation: -Math.PI / 4, color: 'rgba(255,255,255,0.85)' };

function withMarks(opt, model, width) {
  if (model.legend === 'all') {
    const rows = legendRows(opt.series.map(s => s.name), Math.max(200, (width || 600) - 40));
    opt.legend = { type: 'plain', top: 4, left: 20, right: 20 };
    opt.grid = { ...opt.grid, top: rows * LEGEND_ROW + 34 };
  }
  const partial = model.x.partial;
  if (partial && partial.some(Boolean)) {
    opt.aria = { enabled: true, decal: { show: false } };
    opt.series.forEach(s => {
      if (s.type === 'bar') {
        s.data = s.data.map((v, i) => (partial[i] && v !== null && v !== undefined
          ? { value: v, itemStyle: { opacity: 0.6, decal: HATCH, borderType: 'dashed', borderWidth: 1, borderColor: '#555' } } : v));
      }
    });
    const marks = model.x.labels.filter((label, i) => partial[i]).map(label => [{ xAxis: label }, { xAxis: label }]);
    opt.series[0].markArea = { silent: true, itemStyle: { color: 'rgba(120,120,120,0.10)' },
      label: { show: Boolean(model.x.partialLabel), position: 'insideTop', formatter: model.x.partialLabel || '', color: '#555', fontSize: 11 },
      data: marks };
  }
  return opt;
}

function cell(value) {
  if (value === null || value === undefined) {
    return '';
  }
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The model as CSV: the raw x values (ISO months, instants, slot starts) and the plotted numbers, unformatted. */
export function csv(model) {
  const lines = [[model.x.label, ...model.series.map(seriesName)].map(cell).join(',')];
  model.x.values.forEach((x, i) => lines.push([x, ...model.series.map(s => s.values[i])].map(cell).join(',')));
  // The byte-order mark lets spreadsheet programs read the Chinese headers as UTF-8.
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

window.addEventListener('resize', () => {
  document.querySelectorAll('.chart').forEach(el => echarts.getInstanceByDom(el)?.resize());
});
