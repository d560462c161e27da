// The point explorer's traces: a point's series from the API turned into what is plotted (a counter's consumption per
// interval, a value's average or reading) with each row's quality, then an ECharts option (one y-axis per unit,
// missing intervals shaded, readings of lesser quality marked) and a CSV written from the same traces.
import { dateTime, number, t, timeZone } from './i18n.js';

/* global echarts */

export const QUALITIES = ['good', 'estimated', 'stale', 'suspect', 'bad'];
const FLAG_COLOURS = { estimated: '#2563eb', stale: '#7c3aed', suspect: '#d97706', bad: '#dc2626' };
const LARGE = 2000;

/** Quality of a bucket from the series' quality intervals (sorted by start); asked for buckets in order of time. */
function qualityLookup(intervals) {
  const sorted = (intervals || []).map(i => ({ start: Date.parse(i.start), end: Date.parse(i.end), quality: i.quality }));
  let next = 0;
  return ms => {
    while (next < sorted.length && sorted[next].end <= ms) {
      next++;
    }
    const at = sorted[next];
    return at && ms >= at.start ? at.quality : 'good';
  };
}

/**
 * A trace from the point (site model) and its series (API answer). measure: consumption (a counter's bucket), delta
 * (a counter's step between raw readings), average (a value's bucket) or reading (a raw value).
 */
export function trace(point, series) {
  const base = { key: point.key, code: point.code, name: point.name, unit: point.unit, kind: point.kind };
  if (series.readings) {
    if (point.kind === 'COUNTER') {
      const rows = [];
      let notCounted = 0;
      series.readings.forEach((r, i) => {
        if (i === 0) {
          return;
        }
        const prev = series.readings[i - 1];
        const delta = r.value - prev.value;
        // A register that went back (rollover, meter swap) is not a consumption: left out here; the rollups count it.
        if (delta < 0) {
          notCounted++;
        }
        rows.push({ x: r.ts, value: delta < 0 ? null : delta, quality: QUALITIES[Math.max(r.quality, prev.quality)] || 'bad' });
      });
      return { ...base, measure: 'delta', rows, missing: [], notCounted };
    }
    return { ...base, measure: 'reading', rows: series.readings.map(r => ({ x: r.ts, value: r.value, quality: QUALITIES[r.quality] || 'bad' })), missing: [] };
  }
  const quality = qualityLookup(series.quality);
  const missing = (series.quality || []).filter(i => i.quality === 'missing');
  if (series.consumption) {
    return { ...base, measure: 'consumption', rows: series.consumption.map(b => ({ x: b.start, value: b.quantity, quality: quality(Date.parse(b.start)) })), missing };
  }
  return { ...base, measure: 'average', rows: (series.values || []).map(b => ({ x: b.start, value: b.avg, quality: quality(Date.parse(b.start)) })), missing };
}

export function hasData(tr) {
  return tr.rows.some(r => r.value !== null);
}

export function seriesLabel(tr) {
  return `${tr.code} (${tr.unit})`;
}

function axisLabel(ms, spanMs) {
  const options = spanMs > 3 * 86400_000 ? { month: '2-digit', day: '2-digit' } : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  return new Intl.DateTimeFormat(document.documentElement.lang, { timeZone, ...options }).format(new Date(ms));
}

/** The line's data: [ms, value] per row, with a null at each missing interval so the line breaks there. */
function lineData(tr) {
  const data = tr.rows.map(r => [Date.parse(r.x), r.value]);
  tr.missing.forEach(m => data.push([Date.parse(m.start), null]));
  return data.sort((a, b) => a[0] - b[0]);
}

export function option(traces, range) {
  const units = [...new Set(traces.map(tr => tr.unit))];
  const span = Date.parse(range.to) - Date.parse(range.from);
  const large = traces.some(tr => tr.rows.length > LARGE);
  const series = [];
  traces.forEach(tr => {
    const axis = units.indexOf(tr.unit);
    series.push({
      id: tr.key, name: seriesLabel(tr), type: 'line', yAxisIndex: axis, data: lineData(tr), showSymbol: !large && tr.rows.length < 200,
      sampling: large ? 'lttb' : undefined, connectNulls: false,
      // a point without any data in the range is said so in words, not shaded over the whole chart
      markArea: tr.missing.length && hasData(tr) ? { silent: true, itemStyle: { color: 'rgba(148,163,184,0.25)' },
        data: tr.missing.map(m => [{ xAxis: Date.parse(m.start) }, { xAxis: Date.parse(m.end) }]) } : undefined,
    });
    const flagged = tr.rows.filter(r => r.quality !== 'good' && r.value !== null);
    if (flagged.length) {
      series.push({
        id: `${tr.key}#flagged`, name: `${seriesLabel(tr)} · ${t('points.flagged')}`, type: 'scatter', yAxisIndex: axis, symbol: 'triangle',
        symbolSize: flagged.length > 500 ? 5 : 9, data: flagged.map(r => ({ value: [Date.parse(r.x), r.value], quality: r.quality, itemStyle: { color: FLAG_COLOURS[r.quality] } })),
      });
    }
  });
  const left = units.filter((u, i) => i % 2 === 0).length;
  const right = units.length - left;
  return {
    // drawn at once: an animated line is half drawn when the page says it is ready
    animation: false,
    legend: { top: 0, type: 'scroll' },
    grid: { left: 20 + left * 60, right: 20 + right * 60, top: 48, bottom: 64 },
    tooltip: { trigger: 'axis', formatter: params => tooltip(params, traces) },
    dataZoom: [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 8 }],
    xAxis: { type: 'time', min: Date.parse(range.from), max: Date.parse(range.to), axisLabel: { formatter: ms => axisLabel(ms, span), hideOverlap: true } },
    // consumption starts at zero; a temperature or a pressure is read around its own level
    yAxis: units.map((unit, i) => ({ type: 'value', name: unit, position: i % 2 === 0 ? 'left' : 'right', offset: Math.floor(i / 2) * 60,
      scale: traces.filter(tr => tr.unit === unit).every(tr => tr.measure === 'average' || tr.measure === 'reading'), axisLine: { show: true } })),
    series,
  };
}

function tooltip(params, traces) {
  if (!params.length) {
    return '';
  }
  const lines = [dateTime(params[0].value[0])];
  params.forEach(p => {
    const tr = traces.find(x => x.key === p.seriesId || `${x.key}#flagged` === p.seriesId);
    if (!tr || p.value[1] === null || p.value[1] === undefined) {
      return;
    }
    const quality = p.data.quality ? ` · ${t(`quality.${p.data.quality}`)}` : '';
    lines.push(`${p.marker}${p.seriesName}: ${number(p.value[1], 2)}${quality}`);
  });
  return lines.join('<br>');
}

function cell(value) {
  if (value === null || value === undefined) {
    return '';
  }
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The measure of a trace in words, for headers and the table. */
export function measureLabel(tr, resolution) {
  return t(`points.measure.${tr.measure}`, { resolution: t(`points.resolution.${resolution}`) });
}

/**
 * The plotted rows as CSV: time, then per point its plotted number and its quality (a missing interval is a row with
 * no number and quality "missing"). The header names each point, its measure and unit; numbers are not formatted.
 */
export function csv(traces, resolution) {
  const byTime = new Map();
  traces.forEach((tr, i) => {
    const put = (x, value, quality) => {
      const key = Date.parse(x);
      if (!byTime.has(key)) {
        byTime.set(key, { x: new Date(key).toISOString(), cells: traces.map(() => null) });
      }
      byTime.get(key).cells[i] = { value, quality };
    };
    tr.rows.forEach(r => put(r.x, r.value, r.quality));
    tr.missing.forEach(m => put(m.start, null, 'missing'));
  });
  const header = ['time (UTC)'];
  traces.forEach(tr => header.push(`${tr.key} ${tr.name} — ${measureLabel(tr, resolution)} (${tr.unit})`, `${tr.key} quality`));
  const lines = [header.map(cell).join(',')];
  [...byTime.keys()].sort((a, b) => a - b).forEach(k => {
    const row = byTime.get(k);
    lines.push([row.x, ...row.cells.flatMap(c => (c ? [c.value, c.quality] : [null, null]))].map(cell).join(','));
  });
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** What the marks mean: the flag colours of each quality and the shading of missing intervals. */
export function key() {
  return `${Object.entries(FLAG_COLOURS).map(([q, colour]) => `<span style="color:${colour}">▲</span> ${t(`quality.${q}`)}`).join(' · ')}
    · <span class="missing-swatch"></span> ${t('points.missingShaded')}`;
}

export function drawChart(element, traces, range) {
  const chart = echarts.getInstanceByDom(element) || echarts.init(element);
  chart.setOption(option(traces, range), true);
  return chart;
}
