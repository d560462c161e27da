// Ledger and submissions: each month of the last twelve with its state (running, open, closed, restated, submitted),
// a Close button for the month the reporter may close (with the preview's figures in the confirmation and the outcome
// shown), carbon by month and scope, and the reports sent to the national platform.
import { download, get, post } from './api.js';
import { carbonModel, carbonNote, ledgersByMonth } from './carbon.js';
import { panel } from './charts.js';
import { text } from './dom.js';
import { date, dateTime, month, number, t } from './i18n.js';
import { currentMonth, lastTwelve } from './months.js';
import { roles, startPage } from './shell.js';
import { SITE } from './site.js';

const site = encodeURIComponent(SITE);
// Every API path this page calls, in one place.
const paths = {
  ledgers: `/api/sites/${site}/carbon/ledgers`,
  preview: m => `/api/sites/${site}/carbon/ledgers/${m}/preview`,
  close: m => `/api/sites/${site}/carbon/ledgers/${m}/close`,
  schedule: `/api/sites/${site}/carbon/close-schedule`,
  submissions: `/api/sites/${site}/reports/submissions?limit=50`,
  report: (m, format) => `/api/sites/${site}/reports/${m}.${format}`,
};

/** Roles the API lets close a month (LedgerResource.close). */
const CLOSERS = ['reporter', 'admin'];
const mayClose = () => CLOSERS.some(r => roles.includes(r));

const following = m => {
  const [y, mm] = m.split('-').map(Number);
  const d = new Date(Date.UTC(y, mm, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};

/**
 * The state of each month of the window, newest first, as the API would judge a close: months are closed in order from
 * the first one closed, so only the month after the last closed one can be closed (any finished month while none is).
 */
export function monthStates(window, summaries, submissions, now) {
  const closed = new Map(summaries.filter(s => s.status === 'closed').map(s => [s.month, s]));
  const closedMonths = [...closed.keys()].sort();
  const first = closedMonths[0];
  const last = closedMonths[closedMonths.length - 1];
  const sent = new Map();
  submissions.forEach(s => {
    const known = sent.get(s.period);
    if (!known || s.reportVersion > known.reportVersion) {
      sent.set(s.period, s);
    }
  });
  return window.filter(m => m <= now).reverse().map(m => {
    const summary = closed.get(m);
    const submission = sent.get(m);
    if (m === now) {
      return { month: m, state: 'running' };
    }
    if (summary) {
      const state = submission?.status === 'accepted' ? 'submitted' : summary.versions > 1 ? 'restated' : 'closed';
      return { month: m, state, summary, submission };
    }
    if (!last) {
      return { month: m, state: 'open', closable: true, startsChain: true };
    }
    if (m < first) {
      return { month: m, state: 'beforeChain', first };
    }
    if (m === following(last)) {
      return { month: m, state: 'open', closable: true };
    }
    return { month: m, state: 'waiting', waitFor: following(last) };
  });
}

function scheduleText(schedule) {
  if (!schedule) {
    return '';
  }
  if (!schedule.scheduled || !schedule.closesSite) {
    return t('schedule.off');
  }
  const when = schedule.dayOfMonth && schedule.time
    ? t('schedule.dayTime', { day: schedule.dayOfMonth, time: schedule.time, zone: schedule.timeZone })
    : t('schedule.cron', { cron: schedule.cron, zone: schedule.timeZone });
  const next = schedule.nextRun ? ` ${t('schedule.next', { next: dateTime(schedule.nextRun) })}` : '';
  return `${when}${next}`;
}

function stateCell(row) {
  const words = {
    running: t('month.running'),
    open: t('month.open'),
    closed: t('month.closed', { version: row.summary?.version }),
    restated: t('month.restated', { version: row.summary?.version }),
    submitted: t('month.submitted', { version: row.summary?.version }),
    beforeChain: t('month.beforeChain', { first: row.first && month(row.first) }),
    waiting: t('month.waiting', { month: row.waitFor && month(row.waitFor) }),
  };
  if (row.state === 'beforeChain' || row.state === 'waiting') {
    return `<span class="sub">${text(words[row.state])}</span>`;
  }
  const sentNote = row.submission && row.state !== 'submitted'
    ? `<div class="sub">${text(t('month.sent', { status: t(`submission.${row.submission.status}`) }))}</div>` : '';
  return `<span class="badge ${row.state}">${text(words[row.state])}</span>${sentNote}`;
}

/** A closed month's reported totals, or an open month's computed now (the preview, not locked), in grey. */
function totalsCells(row, preview) {
  const totals = row.summary?.totals;
  const values = totals
    ? [totals.complianceTco2, totals.ghgLocationBasedTco2e, totals.ghgMarketBasedTco2e, totals.energyTce]
    : [preview?.compliance?.totalTco2, preview?.ghgProtocol?.totalLocationBasedTco2e, preview?.ghgProtocol?.totalMarketBasedTco2e,
      preview?.energy?.totalTce];
  const cls = totals || !preview ? 'num' : 'num preview';
  return values.map(v => `<td class="${cls}">${number(v, 3)}</td>`).join('');
}

function monthRow(row, closer, preview) {
  const s = row.summary;
  const reports = s ? ['pdf', 'xlsx', 'json'].map(f => `<button type="button" class="report" data-month="${row.month}" data-format="${f}">${f.toUpperCase()}</button>`).join(' ') : '';
  const action = closer && row.closable
    ? `<button type="button" class="primary close-month" data-month="${row.month}">${text(t('close.button'))}</button>` : '';
  return `<tr data-month="${row.month}" data-state="${row.state}"><td class="month">${month(row.month)}</td><td class="state">${stateCell(row)}</td>
    ${totalsCells(row, preview)}<td class="nowrap">${s ? text(s.factorSetId) : ''}</td>
    <td>${s ? `${text(s.closedBy)}<div class="sub">${dateTime(s.closedAt)}</div>` : ''}</td>
    <td class="nowrap">${reports}</td>${closer ? `<td>${action}</td>` : ''}</tr>`;
}

async function monthsPanel(p, window, computed, onChange) {
  try {
    const [summaries, submissions, schedule, ledgers] = await Promise.all([get(paths.ledgers),
      get(paths.submissions).catch(() => []), get(paths.schedule).catch(() => null), computed.catch(() => ({ found: [] }))]);
    const previews = new Map(ledgers.found.filter(f => !f.closed).map(f => [f.month, f.ledger]));
    const rows = monthStates(window, summaries, submissions, currentMonth());
    const closer = mayClose();
    const anyClosed = summaries.some(s => s.status === 'closed');
    const note = anyClosed ? scheduleText(schedule) : `${t('ledger.noneClosed')} ${scheduleText(schedule)}`;
    p.body.innerHTML = `<p class="ledger-note${anyClosed ? '' : ' empty-note'}" id="ledger-note">${text(note)}</p>
      <div id="close-outcome" class="outcome" hidden></div>
      <table><thead><tr><th>${text(t('ledger.month'))}</th><th>${text(t('ledger.state'))}</th>
      <th class="num">${text(t('ledger.compliance'))}</th><th class="num">${text(t('ledger.location'))}</th>
      <th class="num">${text(t('ledger.market'))}</th><th class="num">${text(t('ledger.energy'))}</th>
      <th>${text(t('ledger.factorSet'))}</th><th>${text(t('ledger.closedBy'))}</th><th>${text(t('ledger.report'))}</th>
      ${closer ? `<th>${text(t('ledger.action'))}</th>` : ''}</tr></thead>
      <tbody>${rows.map(r => monthRow(r, closer, previews.get(r.month))).join('')}</tbody></table>
      ${previews.size ? `<p class="sub">${text(t('ledger.previewNote'))}</p>` : ''}`;
    p.body.querySelectorAll('button.report').forEach(b => b.addEventListener('click', () =>
      download(paths.report(b.dataset.month, b.dataset.format), `${SITE}-${b.dataset.month}.${b.dataset.format}`)
        .catch(e => p.setState('error', e.message))));
    p.body.querySelectorAll('button.close-month').forEach(b => b.addEventListener('click', () =>
      confirmClose(rows.find(r => r.month === b.dataset.month), onChange)));
    p.setState('ok');
  } catch (e) {
    p.fail(e);
  }
}

// --- closing a month: the preview's figures in the confirmation, then the outcome ---------------------------------

function figures(ledger) {
  const items = [
    ['ledger.compliance', ledger?.compliance?.totalTco2],
    ['ledger.location', ledger?.ghgProtocol?.totalLocationBasedTco2e],
    ['ledger.market', ledger?.ghgProtocol?.totalMarketBasedTco2e],
    ['ledger.energy', ledger?.energy?.totalTce],
  ];
  return `<div class="figures">${items.map(([key, value]) => `<div>${text(t(key))}<b>${number(value, 3)}</b></div>`).join('')}</div>`;
}

function closeDialog() {
  let dialog = document.getElementById('close-dialog');
  if (!dialog) {
    dialog = document.createElement('dialog');
    dialog.id = 'close-dialog';
    document.body.appendChild(dialog);
  }
  return dialog;
}

async function confirmClose(row, onChange) {
  const dialog = closeDialog();
  const name = month(row.month);
  dialog.innerHTML = `<h3>${text(t('close.title', { month: name }))}</h3><div id="close-preview">${text(t('state.loading'))}</div>
    <p class="sub">${text(t('close.locks'))}</p>
    ${row.startsChain ? `<p class="warn">${text(t('close.startsChain', { month: name }))}</p>` : ''}
    <p class="state error" id="close-error"></p>
    <div class="buttons"><button type="button" class="primary" id="close-confirm" disabled>${text(t('close.confirm', { month: name }))}</button>
    <button type="button" id="close-cancel">${text(t('close.cancel'))}</button></div>`;
  dialog.querySelector('#close-cancel').addEventListener('click', () => dialog.close());
  dialog.showModal();
  try {
    const preview = await get(paths.preview(row.month));
    dialog.querySelector('#close-preview').innerHTML = `${figures(preview.ledger)}
      <p>${text(t('close.factorSet', { set: preview.factorSetId, asOf: date(preview.asOf) }))}</p>`;
    const confirm = dialog.querySelector('#close-confirm');
    confirm.disabled = false;
    confirm.addEventListener('click', () => close(row, dialog, onChange), { once: true });
  } catch (e) {
    dialog.querySelector('#close-preview').textContent = '';
    dialog.querySelector('#close-error').textContent = t('close.cannotCompute', { detail: e.message });
  }
}

/** Why the API refused, in words: the page's own sentence for each known refusal, the API's detail after it. */
function refusal(error, row) {
  if (error.status === 409 && /not ended|has not ended|not over|yet ended/i.test(error.message)) {
    return t('refused.notEnded', { month: month(row.month) });
  }
  if (error.status === 409) {
    return t('refused.order', { detail: error.message });
  }
  if (error.status === 400) {
    return t('refused.cannotCompute', { detail: error.message });
  }
  if (error.status === 403) {
    return t('refused.role');
  }
  return t('refused.other', { detail: error.message });
}

async function close(row, dialog, onChange) {
  const outcome = document.getElementById('close-outcome');
  try {
    const view = await post(paths.close(row.month));
    dialog.close();
    const ledger = typeof view.ledger === 'string' ? JSON.parse(view.ledger) : view.ledger;
    await onChange();
    const box = document.getElementById('close-outcome');
    box.className = 'outcome ok';
    box.innerHTML = `<b>${text(t(view.outcome === 'already-closed' ? 'outcome.alreadyClosed' : 'outcome.closed',
      { month: month(row.month), version: view.version }))}</b>${figures(ledger)}
      <p>${text(t('outcome.detail', { set: view.factorSetId, by: view.closedBy, at: dateTime(view.closedAt), hash: (view.contentHash || '').slice(0, 12) }))}</p>`;
    box.hidden = false;
  } catch (e) {
    dialog.close();
    outcome.className = 'outcome refused';
    outcome.innerHTML = `<b>${text(t('outcome.refused', { month: month(row.month) }))}</b><p>${text(refusal(e, row))}</p>`;
    outcome.hidden = false;
  }
}

// --- carbon chart and submissions ----------------------------------------------------------------------------------

async function carbon(p, months, computed) {
  try {
    const { found, missing } = await computed;
    p.draw(carbonModel(months, found), carbonNote(found, missing));
  } catch (e) {
    p.fail(e);
  }
}

async function submissionsPanel(p) {
  try {
    const list = await get(paths.submissions);
    if (!list.length) {
      p.body.innerHTML = `<p class="empty-note" id="submissions-empty">${text(t('submissions.none'))}</p>`;
      p.setState('ok');
      return;
    }
    const rows = list.map(s => `<tr><td>${month(s.period)}</td><td class="num">${s.reportVersion}</td>
        <td><span class="badge ${text(s.status)}">${text(t(`submission.${s.status}`))}</span>
        <div class="sub">${text(t(`submission.explain.${s.status}`))}</div></td><td class="num">${s.attempts}</td>
        <td>${text(s.receiptId)}</td><td>${dateTime(s.acceptedAt || s.updatedAt)}</td><td>${s.lastError ? text(s.lastError) : ''}</td></tr>`).join('');
    p.body.innerHTML = `<table><thead><tr><th>${text(t('submissions.period'))}</th><th class="num">${text(t('ledger.version'))}</th>
      <th>${text(t('submissions.status'))}</th><th class="num">${text(t('submissions.attempts'))}</th><th>${text(t('submissions.receipt'))}</th>
      <th>${text(t('submissions.when'))}</th><th>${text(t('submissions.error'))}</th></tr></thead><tbody>${rows}</tbody></table>`;
    p.setState('ok');
  } catch (e) {
    p.fail(e);
  }
}

startPage('ledger', async main => {
  const window = lastTwelve(new URLSearchParams(location.search).get('month') || currentMonth());
  const months = panel(main, { id: 'ledger-months', title: 'ledger.title', wide: true, chart: false });
  const carbonPanel = panel(main, { id: 'ledger-carbon', title: 'carbon.title', wide: true });
  const submissions = panel(main, { id: 'submissions', title: 'submissions.title', wide: true, chart: false });
  const redraw = () => {
    // each month's ledger (stored when closed, computed now when open), read once for the table and the chart
    const computed = ledgersByMonth(SITE, window);
    return Promise.all([monthsPanel(months, window, computed, redraw), carbon(carbonPanel, window, computed), submissionsPanel(submissions)]);
  };
  await redraw();
});
