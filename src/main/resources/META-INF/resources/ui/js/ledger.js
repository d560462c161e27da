// Ledger and submissions: carbon by month and scope over the last twelve months, each month's ledger state with
// its report downloads, and the reports sent to the national platform.
import { download, get } from './api.js';
import { carbonModel, carbonNote, ledgersByMonth } from './carbon.js';
import { panel } from './charts.js';
import { text } from './dom.js';
import { dateTime, month, number, t } from './i18n.js';
import { currentMonth, lastTwelve } from './months.js';
import { startPage } from './shell.js';
import { SITE } from './site.js';

async function carbon(p, months) {
  try {
    const { found, missing } = await ledgersByMonth(SITE, months);
    p.draw(carbonModel(months, found), carbonNote(found, missing));
  } catch (e) {
    p.fail(e);
  }
}

async function ledgerMonths(p) {
  try {
    const list = await get(`/api/carbon/ledgers?site=${encodeURIComponent(SITE)}`);
    const rows = list.map(l => `<tr><td>${month(l.month)}</td><td><span class="badge">${text(t(`ledger.status.${l.status}`))}</span></td>
        <td class="num">${l.version ?? '–'}</td><td class="num">${number(l.totals?.complianceTco2, 3)}</td>
        <td class="num">${number(l.totals?.ghgLocationBasedTco2e, 3)}</td><td class="num">${number(l.totals?.ghgMarketBasedTco2e, 3)}</td>
        <td class="num">${number(l.totals?.energyTce, 3)}</td><td><code>${text(l.contentHash?.slice(0, 12))}</code></td>
        <td>${l.status === 'closed' ? ['pdf', 'xlsx', 'json'].map(f => `<button type="button" class="report" data-month="${l.month}" data-format="${f}">${f.toUpperCase()}</button>`).join(' ') : ''}</td></tr>`).join('');
    p.body.innerHTML = `<table><thead><tr><th data-i18n="ledger.month"></th><th data-i18n="ledger.state"></th><th class="num" data-i18n="ledger.version"></th>
      <th class="num" data-i18n="ledger.compliance"></th><th class="num" data-i18n="ledger.location"></th><th class="num" data-i18n="ledger.market"></th>
      <th class="num" data-i18n="ledger.energy"></th><th data-i18n="ledger.hash"></th><th data-i18n="ledger.report"></th></tr></thead><tbody>${rows}</tbody></table>`;
    p.body.querySelectorAll('button.report').forEach(b => b.addEventListener('click', () =>
      download(`/api/reports/${encodeURIComponent(SITE)}/${b.dataset.month}.${b.dataset.format}`, `${SITE}-${b.dataset.month}.${b.dataset.format}`)
        .catch(e => p.setState('error', e.message))));
    p.setState(rows ? 'ok' : 'empty');
  } catch (e) {
    p.fail(e);
  }
}

async function submissions(p) {
  try {
    const list = await get(`/api/reports/submissions?site=${encodeURIComponent(SITE)}&limit=50`);
    const rows = list.map(s => `<tr><td>${text(s.period)}</td><td class="num">${s.reportVersion}</td>
        <td><span class="badge ${text(s.status)}">${text(t(`submission.${s.status}`))}</span></td><td class="num">${s.attempts}</td>
        <td>${text(s.receiptId)}</td><td>${dateTime(s.acceptedAt || s.updatedAt)}</td><td>${text(s.lastError)}</td></tr>`).join('');
    p.body.innerHTML = `<table><thead><tr><th data-i18n="submissions.period"></th><th class="num" data-i18n="ledger.version"></th>
      <th data-i18n="submissions.status"></th><th class="num" data-i18n="submissions.attempts"></th><th data-i18n="submissions.receipt"></th>
      <th data-i18n="submissions.when"></th><th data-i18n="submissions.error"></th></tr></thead><tbody>${rows}</tbody></table>`;
    p.setState(rows ? 'ok' : 'empty');
  } catch (e) {
    p.fail(e);
  }
}

startPage('ledger', async main => {
  const months = lastTwelve(new URLSearchParams(location.search).get('month') || currentMonth());
  const carbonPanel = panel(main, { id: 'ledger-carbon', title: 'carbon.title', wide: true });
  const monthsPanel = panel(main, { id: 'ledger-months', title: 'ledger.title', wide: true, chart: false });
  const submissionsPanel = panel(main, { id: 'submissions', title: 'submissions.title', wide: true, chart: false });
  await Promise.all([carbon(carbonPanel, months), ledgerMonths(monthsPanel), submissions(submissionsPanel)]);
});
