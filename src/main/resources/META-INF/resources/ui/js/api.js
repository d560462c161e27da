// Calls the Wardwatt REST API with the user's Basic credentials, kept in sessionStorage for this tab only
// (closed with the tab, never written to disk by the page).
const CREDENTIALS = 'wardwatt.credentials';
const USER = 'wardwatt.user';

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function loggedInUser() {
  return sessionStorage.getItem(CREDENTIALS) ? sessionStorage.getItem(USER) : null;
}

function encode(user, password) {
  // btoa takes Latin-1 only; a password may hold any character, so encode it as UTF-8 first.
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  return btoa(String.fromCharCode(...bytes));
}

/** Checks the credentials against GET /api/me and keeps them when they work; returns the user's roles. */
export async function login(user, password) {
  const token = encode(user, password);
  const response = await fetch('/api/me', { headers: { Authorization: `Basic ${token}`, Accept: 'application/json' } });
  if (!response.ok) {
    throw new ApiError(response.status, await errorText(response));
  }
  sessionStorage.setItem(CREDENTIALS, token);
  sessionStorage.setItem(USER, user);
  return response.json();
}

export function logout() {
  sessionStorage.removeItem(CREDENTIALS);
  sessionStorage.removeItem(USER);
}

async function errorText(response) {
  try {
    const body = await response.json();
    const problems = (body.problems || []).map(p => `${p.where}: ${p.problem}`).join('; ');
    return [body.error, problems].filter(Boolean).join(' — ') || `HTTP ${response.status}`;
  } catch (e) {
    return `HTTP ${response.status}`;
  }
}

async function call(method, path, body, accept = 'application/json') {
  const headers = { Authorization: `Basic ${sessionStorage.getItem(CREDENTIALS)}`, Accept: accept };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.status === 401) {
    logout();
  }
  if (!response.ok) {
    throw new ApiError(response.status, await errorText(response));
  }
  return response;
}

export async function get(path) {
  return (await call('GET', path)).json();
}

export async function post(path, body) {
  const response = await call('POST', path, body);
  return response.status === 204 ? null : response.json();
}

/**
 * Fetches a file the API serves (a report) and hands it to the browser as a download under its own name. accept is the
 * file's media type (application/pdf): a resource that serves only that answers 406 to the JSON default. An error of the
 * API is thrown (ApiError) for the page to show.
 */
export async function download(path, fileName, accept = 'application/json') {
  const blob = await (await call('GET', path, undefined, accept)).blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/**
 * Fetches what the API serves in another type than JSON (accept, e.g. text/csv) and hands it to the browser as a
 * download; the API's error, if any, is thrown as for the other calls. Added for the point explorer's CSV.
 */
export async function downloadAs(path, fileName, accept) {
  const response = await fetch(path, { headers: { Authorization: `Basic ${sessionStorage.getItem(CREDENTIALS)}`, Accept: accept } });
  if (!response.ok) {
    throw new ApiError(response.status, await errorText(response));
  }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
