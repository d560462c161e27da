// What every page has: the top bar (pages, user, language), the login form, and the site's time zone.
import { get, login, loggedInUser, logout } from './api.js';
import { LANGUAGES, language, loadMessages, switchLanguage, t, translatePage, useTimeZone } from './i18n.js';
import { SITE } from './site.js';

// Who may use a page: the roles of the @RolesAllowed of the endpoints the page is for (leadership: goals and plant
// savings; plant: control and plans; points: site model and series, any role; ledger: carbon ledgers and submissions;
// alerts: the alert list). The top bar shows only the pages the user may use.
const PAGES = [
  { id: 'leadership', href: '/ui/index.html', roles: ['leader', 'engineer', 'auditor', 'admin'] },
  { id: 'plant', href: '/ui/plant.html', roles: ['engineer', 'leader', 'auditor', 'admin'] },
  { id: 'points', href: '/ui/points.html', roles: ['engineer', 'leader', 'auditor', 'reporter', 'admin'] },
  { id: 'ledger', href: '/ui/ledger.html', roles: ['reporter', 'leader', 'auditor', 'admin'] },
  { id: 'alerts', href: '/ui/alerts.html', roles: ['engineer', 'leader', 'auditor', 'admin'] },
];

/** The page each role's work starts from, when it opens a page it may not use. */
const HOME = { plant: ['engineer'], ledger: ['reporter'], leadership: ['leader', 'admin'] };

function topBar(current) {
  const bar = document.createElement('header');
  bar.className = 'top';
  const links = PAGES.map(p => `<a href="${p.href}${location.search}" data-page="${p.id}" data-i18n="page.${p.id}"
      class="${p.id === current ? 'current' : ''}"></a>`).join('');
  bar.innerHTML = `<span class="brand" data-i18n="app.name"></span><nav>${links}</nav>
    <span class="tools"><span id="user"></span><button id="logout" type="button" data-i18n="login.logout" hidden></button>
    <select id="language" aria-label="language">${LANGUAGES.map(l => `<option value="${l}">${l === 'zh-CN' ? '中文' : 'English'}</option>`).join('')}</select></span>`;
  const select = bar.querySelector('#language');
  select.value = language;
  select.addEventListener('change', () => switchLanguage(select.value));
  return bar;
}

function loginForm(onDone) {
  const form = document.createElement('form');
  form.className = 'login';
  form.id = 'login';
  form.innerHTML = `<h2 data-i18n="login.title"></h2>
    <input name="username" autocomplete="username" data-i18n-placeholder="login.username" required>
    <input name="password" type="password" autocomplete="current-password" data-i18n-placeholder="login.password" required>
    <button class="primary" type="submit" data-i18n="login.submit"></button><p class="state error" id="login-error"></p>`;
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      await login(form.username.value, form.password.value);
      onDone();
    } catch (e) {
      form.querySelector('#login-error').textContent = e.status === 401 ? t('login.refused') : e.message;
    }
  });
  return form;
}

/** The logged-in user's roles: pages offer only the actions the API would allow (it still checks). */
export let roles = [];

/**
 * Draws the page's frame; once someone is logged in, calls draw(main) for the page's panels.
 * document.body.dataset.ready is set when draw has finished (browser tests and the benchmark wait for it).
 */
export async function startPage(current, draw) {
  await loadMessages(current);
  document.title = `${t(`page.${current}`)} · ${t('app.name')}`;
  document.body.prepend(topBar(current));
  const main = document.querySelector('main');
  const begin = async () => {
    document.getElementById('login')?.remove();
    document.getElementById('user').textContent = `${loggedInUser()} · ${SITE}`;
    document.getElementById('logout').hidden = false;
    const [site, me] = await Promise.allSettled([get(`/api/sites/${encodeURIComponent(SITE)}`), get('/api/me')]);
    // The site's zone is only for showing instants; without it the default (Asia/Shanghai) stands in.
    if (site.status === 'fulfilled') {
      useTimeZone(site.value.timeZone);
    }
    roles = me.status === 'fulfilled' ? me.value.roles : [];
    PAGES.filter(p => !p.roles.some(r => roles.includes(r)))
      .forEach(p => document.querySelector(`header.top a[data-page="${p.id}"]`)?.remove());
    // A page the user may not use (the reporter opening the leadership page, the default one) sends them to the page
    // their work starts from (the reporter: the ledger) rather than drawing panels that would only say "not allowed".
    const page = PAGES.find(p => p.id === current);
    const usable = PAGES.find(p => HOME[p.id]?.some(r => roles.includes(r))) || PAGES.find(p => p.roles.some(r => roles.includes(r)));
    if (me.status === 'fulfilled' && page && !page.roles.some(r => roles.includes(r)) && usable) {
      location.replace(`${usable.href}${location.search}`);
      return;
    }
    await draw(main);
    translatePage();
    document.body.dataset.ready = String(Math.round(performance.now()));
  };
  document.getElementById('logout').addEventListener('click', () => { logout(); location.reload(); });
  if (loggedInUser()) {
    translatePage();
    await begin();
  } else {
    main.before(loginForm(begin));
    translatePage();
  }
}
