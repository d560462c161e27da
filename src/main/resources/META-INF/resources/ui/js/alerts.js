// Alerts: open standby-excess and meter-imbalance alerts, with the energy each one wastes by source.
import { get } from './api.js';
import { panel } from './charts.js';
import { text } from './dom.js';
import { dateTime, number, t } from './i18n.js';
import { startPage } from './shell.js';

/** kWh wasted per source, one stacked bar per kind of alert. */
function wasteModel(alerts) {
  const sources = [...new Set(alerts.map(a => a.source))].sort();
  const kinds = [...new Set(alerts.map(a => a.kind))].sort();
  const sum = (source, kind) => alerts.filter(a => a.source === source && a.kind === kind)
    .reduce((total, a) => total + (Number(a.kwhWasted) || 0), 0);
  return {
    x: { label: 'source', values: sources, labels: sources },
    axes: ['kWh'],
    series: kinds.map(kind => ({ name: t(`alert.kind.${kind}`), unit: 'kWh', type: 'bar', stack: 'waste', values: sources.map(s => sum(s, kind)) })),
  };
}

startPage('alerts', async main => {
  const chart = panel(main, { id: 'alert-waste', title: 'alerts.waste', wide: true });
  const table = panel(main, { id: 'alert-list', title: 'alerts.title', wide: true, chart: false });
  let alerts;
  try {
    alerts = await get('/api/alerts?status=open');
  } catch (e) {
    chart.fail(e);
    table.fail(e);
    return;
  }
  chart.draw(wasteModel(alerts));
  table.body.innerHTML = `<table><thead><tr><th data-i18n="alerts.severity"></th><th data-i18n="alerts.kind"></th><th data-i18n="alerts.source"></th>
    <th data-i18n="alerts.text"></th><th class="num" data-i18n="alerts.kwhWasted"></th><th data-i18n="alerts.raisedAt"></th></tr></thead><tbody>
    ${alerts.map(a => `<tr><td><span class="badge ${text(a.severity)}">${text(t(`alert.severity.${a.severity}`))}</span></td>
      <td>${text(t(`alert.kind.${a.kind}`))}</td><td>${text(a.source)}</td><td>${text(a.text)}</td>
      <td class="num">${number(a.kwhWasted, 1)}</td><td>${dateTime(a.raisedAt)}</td></tr>`).join('')}</tbody></table>`;
  table.setState(alerts.length ? 'ok' : 'empty');
});
