// `npm run test:e2e`: the built library checked from outside, the way a host's
// page meets it. A real HTTP API on another origin (so CORS preflights and
// exposed headers matter), the host's own message strings, real timers and a
// real Chromium drive dist/ against the contract: countdowns and automatic
// retries by Retry-After, errors at the field and in the alert, Escape
// cancelling a wait, offline, and locale digits. Expects `npm run build`.
//
// No check depends on how fast the machine is. Each waits for what it expects
// to see (up to STEP_TIMEOUT_MS), never for a stretch of time. Where a real
// wait runs out on its own, the page records every state it showed, so a
// countdown is checked after the fact rather than caught in passing. Where a
// check must hold a wait still, or show that nothing more is ever sent, it
// runs the page on Playwright's clock and moves time itself, and counts the
// requests the page sends at the moment it calls fetch.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { findChromium, NO_CHROMIUM } from './findChromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUN_TIMEOUT_MS = 120_000;
const STEP_TIMEOUT_MS = 10_000;

function fail(message) {
  console.error(`contract e2e: ${message}`);
  process.exit(1);
}

if (!existsSync(join(root, 'dist/index.js')) || !existsSync(join(root, 'dist/styles.css'))) {
  fail('dist/ is missing. Run `npm run build` first.');
}
const executablePath = findChromium();
if (!executablePath) {
  fail(NO_CHROMIUM);
}
const { chromium } = await import('playwright-core');

// The host's strings, none of them the library's own English.
const messages = {
  trigger: 'Open invite',
  title: 'Invite a member',
  'field.label': 'Member email or ID',
  submit: 'Invite now',
  success: 'Done: {invitee}',
  'retry.auto': { one: 'Auto retry in {seconds} second', other: 'Auto retry in {seconds} seconds' },
  'retry.at': 'Retry at {time}',
  'retry.now': 'Retry now',
  'error.rate_limit_exceeded': 'Slow down',
  'error.unprocessable_entity': 'Cannot invite that one',
  offline: 'You are offline',
};

const appSource = `
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createInviteClient, InviteUserDialog } from ${JSON.stringify(join(root, 'dist/index.js'))};
const params = new URLSearchParams(location.search);
const client = createInviteClient({
  baseUrl: 'http://127.0.0.1:' + params.get('api') + '/auth/',
  clientId: 'e2e-client',
  getAccessToken: async () => 'e2e-secret-token',
});
const messages = ${JSON.stringify(messages)};
createRoot(document.getElementById('root')).render(
  <StrictMode>
    <InviteUserDialog groupId="team 1" client={client} locale={params.get('locale') ?? 'en'} messages={messages} />
    {params.has('second') && (
      <InviteUserDialog groupId="team 2" client={client} messages={messages} trigger={<button type="button">Second dialog</button>} />
    )}
  </StrictMode>,
);
`;

const bundle = await build({
  stdin: { contents: appSource, loader: 'tsx', resolveDir: root },
  bundle: true,
  write: false,
  format: 'esm',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
});
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="/styles.css"></head>
<body><div id="root"></div><script type="module" src="/app.js"></script></body></html>`;
const files = {
  '/app.js': ['text/javascript', bundle.outputFiles[0].text],
  '/styles.css': ['text/css', readFileSync(join(root, 'dist/styles.css'), 'utf8')],
};
const app = createServer((request, response) => {
  const [type, body] = files[new URL(request.url, 'http://x').pathname] ?? ['text/html', page];
  response.writeHead(200, { 'content-type': `${type}; charset=utf-8` });
  response.end(body);
});

// The API: answers with the next scripted response (the last one repeats).
let script = [];
const requests = [];
const api = createServer((request, response) => {
  response.setHeader('access-control-allow-origin', '*');
  response.setHeader('access-control-allow-methods', 'PUT');
  response.setHeader('access-control-allow-headers', 'content-type, accept, x-auth-token, x-client-id');
  response.setHeader('access-control-expose-headers', 'retry-after');
  if (request.method === 'OPTIONS') return response.end();
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    requests.push({ at: Date.now(), url: request.url, body, headers: request.headers });
    const next = script.length > 1 ? script.shift() : script[0];
    response.writeHead(next.status, { 'content-type': next.type ?? 'application/json', ...next.headers });
    response.end(next.body ?? JSON.stringify(next.status === 200 ? { success: true, data: {} } : { success: false, type: next.error, message: 'from the server' }));
  });
});
const listen = (server) => new Promise((ready) => server.listen(0, '127.0.0.1', () => ready(server.address().port)));
const [appPort, apiPort] = await Promise.all([listen(app), listen(api)]);

const results = [];
const browser = await chromium.launch({ executablePath, args: ['--disable-gpu', '--disable-background-networking'] });
const deadline = setTimeout(() => {
  console.error(`contract e2e: gave up after ${RUN_TIMEOUT_MS / 1000} s`);
  process.exit(1);
}, RUN_TIMEOUT_MS);

/**
 * Runs in every page before the app. `window.sent` counts the page's calls to
 * fetch; `window.seen` records each state the open dialog shows, once per
 * change, as the DOM stands after each update.
 */
function instrumentPage() {
  const send = window.fetch.bind(window);
  window.sent = 0;
  window.fetch = (...args) => {
    window.sent += 1;
    return send(...args);
  };
  window.seen = [];
  const take = () => {
    const dialog = document.querySelector('dialog[open]');
    const text = (selector) => dialog?.querySelector(selector)?.textContent ?? null;
    const state = {
      status: dialog?.querySelector('form')?.getAttribute('data-status') ?? null,
      timer: text('[role="timer"]'),
      alert: text('[role="alert"]'),
      live: text('[role="status"]'),
    };
    if (JSON.stringify(window.seen.at(-1)) !== JSON.stringify(state)) window.seen.push(state);
  };
  new MutationObserver(take).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
}

/**
 * The number of requests the page has sent, read once everything the page has
 * started has run: a message round trip is a task after every pending promise
 * job, and no fake clock holds it back. A submission the library accepts calls
 * fetch within such jobs, so a click or key that sent nothing shows as such here.
 */
function sentByPage(tab) {
  return tab.evaluate(
    () =>
      new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          resolve(window.sent);
        };
        channel.port2.postMessage(null);
      }),
  );
}

/** Runs the page on Playwright's clock, held still from the start: its timers fire only when a check moves time. */
async function holdTime(context) {
  const start = Date.now();
  await context.clock.install({ time: start });
  await context.clock.pauseAt(start + 1000);
}

async function check(name, steps) {
  const context = await browser.newContext();
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  await context.addInitScript(instrumentPage);
  const tab = await context.newPage();
  const pageErrors = [];
  tab.on('pageerror', (error) => pageErrors.push(String(error)));
  requests.length = 0;
  const started = Date.now();
  try {
    await steps(tab, context);
    if (pageErrors.length) throw new Error(`uncaught in the page: ${pageErrors.join(' | ')}`);
    results.push({ name, ok: true });
    console.log(`  ok   ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  FAIL ${name}: ${error.message.split('\n')[0]}`);
  } finally {
    await context.close();
  }
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

async function openAndSubmit(tab, value, query = '') {
  await tab.goto(`http://127.0.0.1:${appPort}/?api=${apiPort}${query}`);
  await tab.getByRole('button', { name: messages.trigger }).click();
  const dialog = tab.getByRole('dialog', { name: messages.title });
  const field = dialog.getByRole('textbox', { name: messages['field.label'] });
  await field.fill(value);
  await dialog.getByRole('button', { name: messages.submit, exact: true }).click();
  return { dialog, field };
}

console.log('contract e2e: the built library against a real API on another origin');

await check('429 with Retry-After: 2 counts down, announces once, retries once by itself, then succeeds', async (tab) => {
  script = [{ status: 429, error: 'rate_limit_exceeded', headers: { 'Retry-After': '2' } }, { status: 200 }];
  const { dialog } = await openAndSubmit(tab, '  Ada@Example.COM ');
  // The wait is real and runs out by itself: wait for the end, then look at the way there.
  await dialog.getByRole('status').getByText('Done: Ada@example.com').waitFor();
  const waiting = (await tab.evaluate(() => window.seen)).filter((state) => state.status === 'waiting');
  expect(waiting.length > 0, 'no wait was shown');
  // Two seconds, or one if the first frame of the countdown came late.
  const start = /^Auto retry in (2 seconds|1 second)$/;
  expect(start.test(waiting[0].timer), `the countdown started at "${waiting[0].timer}"`);
  expect(waiting.every((state) => state.alert === 'Slow down'), `the alert said ${JSON.stringify(waiting.map((state) => state.alert))}`);
  const announced = [...new Set(waiting.map((state) => state.live).filter(Boolean))];
  expect(announced.length === 1 && start.test(announced[0]), `status region said ${JSON.stringify(announced)}`);
  expect(requests.length === 2, `${requests.length} requests`);
  expect(requests[1].at - requests[0].at >= 1900, `retried after ${requests[1].at - requests[0].at} ms`);
  const [first] = requests;
  expect(first.url === '/auth/v1/groups/team%201/inviteUser', `url ${first.url}`);
  expect(first.body === '{"email":"Ada@example.com"}', `body ${first.body}`);
  expect(first.headers['x-auth-token'] === 'e2e-secret-token' && first.headers['x-client-id'] === 'e2e-client', 'headers');
  expect(!(await tab.content()).includes('e2e-secret-token'), 'the token is in the DOM');
  expect(await tab.evaluate(() => !!document.activeElement?.closest('dialog')), 'focus left the dialog');
});

await check('422 shows at the field and keeps the typed user ID', async (tab) => {
  script = [{ status: 422, error: 'unprocessable_entity' }];
  const { dialog, field } = await openAndSubmit(tab, '153');
  await dialog.getByText('Cannot invite that one').waitFor();
  expect((await field.getAttribute('aria-invalid')) === 'true', 'aria-invalid');
  const describedBy = await field.getAttribute('aria-describedby');
  expect(describedBy && (await tab.locator(`[id="${describedBy}"]`).textContent()) === 'Cannot invite that one', 'aria-describedby');
  expect((await field.inputValue()) === '153' && requests[0].body === '{"userId":153}', 'value or body');
});

await check('an HTML 502 is retried once by itself, then left to the user, and never rendered', async (tab, context) => {
  script = [{ status: 502, type: 'text/html', body: '<html><body><h1 id="proxy">502</h1><img src=x onerror="window.hacked=1"></body></html>' }];
  // Playwright's clock, running with real time: the automatic retry comes by itself.
  await context.clock.install();
  const { dialog } = await openAndSubmit(tab, 'x@example.org');
  await dialog.getByRole('button', { name: 'Retry now' }).waitFor();
  expect(requests.length === 2, `${requests.length} requests before the manual retry`);
  expect((await tab.locator('#proxy').count()) === 0 && !(await tab.evaluate(() => window.hacked)), 'server HTML rendered');
  // A minute on: any timer the library had left would have fired.
  await context.clock.runFor(60_000);
  const sent = await sentByPage(tab);
  expect(sent === 2 && requests.length === 2, `${sent} requests sent: a third went out by itself`);
});

await check('Escape during a 503 wait closes, sends nothing more and returns focus to the trigger', async (tab, context) => {
  script = [{ status: 503, error: 'service_unavailable', headers: { 'Retry-After': '2' } }];
  // Time held still: the 2 s wait is still running when Escape is pressed, however slow the machine.
  await holdTime(context);
  const { dialog } = await openAndSubmit(tab, 'x@example.org');
  await dialog.getByRole('timer').waitFor();
  await tab.keyboard.press('Escape');
  await tab.getByRole('dialog').waitFor({ state: 'hidden' });
  // A minute on: the retry that was scheduled would have gone out.
  await context.clock.runFor(60_000);
  const sent = await sentByPage(tab);
  expect(sent === 1 && requests.length === 1, `${sent} requests sent after closing`);
  expect((await tab.getByRole('dialog').count()) === 0, 'the dialog is open again');
  expect((await tab.evaluate(() => document.activeElement?.textContent)) === messages.trigger, 'focus is not on the trigger');
});

await check('a wait above the cap shows the time and nothing is sent before it', async (tab) => {
  script = [{ status: 429, error: 'rate_limit_exceeded', headers: { 'Retry-After': '120' } }];
  const { dialog, field } = await openAndSubmit(tab, 'x@example.org');
  const timer = await dialog.getByRole('timer').textContent();
  expect(/^Retry at \d/.test(timer), `timer says "${timer}"`);
  await dialog.getByRole('button', { name: messages.submit, exact: true }).click({ force: true });
  await field.press('Enter');
  const sent = await sentByPage(tab);
  expect(sent === 1 && requests.length === 1, `${sent} requests sent during the wait`);
  expect((await dialog.locator('form').getAttribute('data-status')) === 'waiting', 'data-status');
});

await check('offline sends nothing, says so, and sends once when back online', async (tab, context) => {
  script = [{ status: 200 }];
  await tab.goto(`http://127.0.0.1:${appPort}/?api=${apiPort}`);
  await context.setOffline(true);
  await tab.getByRole('button', { name: messages.trigger }).click();
  const dialog = tab.getByRole('dialog', { name: messages.title });
  await dialog.getByRole('textbox', { name: messages['field.label'] }).fill('x@example.org');
  await dialog.getByRole('button', { name: messages.submit, exact: true }).click();
  await dialog.getByText(messages.offline).first().waitFor();
  expect((await dialog.locator('form').getAttribute('data-status')) === 'waiting', 'data-status');
  expect(requests.length === 0, `${requests.length} requests while offline`);
  await context.setOffline(false);
  await dialog.getByText('Done: x@example.org').waitFor();
  expect(requests.length === 1, `${requests.length} requests after reconnecting`);
});

await check('a second dialog on the same client sends nothing until the first one’s wait is over', async (tab, context) => {
  script = [{ status: 429, error: 'rate_limit_exceeded', headers: { 'Retry-After': '3' } }, { status: 200 }];
  // Time held still: the 3 s wait lasts through opening and sending from the second dialog, however long that takes.
  await holdTime(context);
  const { dialog } = await openAndSubmit(tab, 'first@example.org', '&second=1');
  await dialog.getByRole('timer').waitFor();
  await tab.keyboard.press('Escape');
  await tab.getByRole('button', { name: 'Second dialog' }).click();
  const second = tab.getByRole('dialog', { name: messages.title });
  await second.getByRole('textbox', { name: messages['field.label'] }).fill('second@example.org');
  await second.getByRole('button', { name: messages.submit, exact: true }).click();
  await second.getByRole('timer').waitFor();
  let sent = await sentByPage(tab);
  expect(sent === 1 && requests.length === 1, `${sent} requests: the second dialog sent during the wait`);
  await context.clock.runFor(2900);
  sent = await sentByPage(tab);
  expect(sent === 1 && requests.length === 1, `${sent} requests: the second dialog sent 2.9 s into the 3 s wait`);
  await context.clock.runFor(100);
  await second.getByRole('status').getByText('Done: second@example.org').waitFor();
  expect(requests.length === 2, `${requests.length} requests`);
  expect(requests[1].url === '/auth/v1/groups/team%202/inviteUser', `url ${requests[1].url}`);
});

await check('a double click and a held Enter each send one request', async (tab) => {
  script = [{ status: 200 }];
  await tab.goto(`http://127.0.0.1:${appPort}/?api=${apiPort}`);
  await tab.getByRole('button', { name: messages.trigger }).click();
  const dialog = tab.getByRole('dialog', { name: messages.title });
  const field = dialog.getByRole('textbox', { name: messages['field.label'] });
  await field.fill('twice@example.org');
  await dialog.getByRole('button', { name: messages.submit, exact: true }).dblclick();
  await dialog.getByText('Done: twice@example.org').waitFor();
  let sent = await sentByPage(tab);
  expect(sent === 1 && requests.length === 1, `${sent} requests for a double click`);
  await dialog.getByRole('button', { name: 'Invite someone else' }).click();
  await field.fill('held@example.org');
  for (let i = 0; i < 6; i++) await tab.keyboard.down('Enter');
  await tab.keyboard.up('Enter');
  await dialog.getByText('Done: held@example.org').waitFor();
  sent = await sentByPage(tab);
  expect(sent === 2 && requests.length === 2, `${sent - 1} requests for a held Enter`);
  expect((await dialog.locator('form').getAttribute('data-status')) === 'success', 'the held Enter went on past the success');
});

await check('ar-EG lays the dialog out right to left and counts in Arabic-Indic digits', async (tab) => {
  // 30 s: the countdown shows two digits for 20 s, longer than the one step that reads it may take.
  script = [{ status: 429, error: 'rate_limit_exceeded', headers: { 'Retry-After': '30' } }];
  const { dialog } = await openAndSubmit(tab, 'x@example.org', '&locale=ar-EG');
  const timer = await dialog.getByRole('timer').textContent();
  expect(/[٠-٩]{2}/.test(timer), `timer says "${timer}"`);
  expect((await dialog.getAttribute('dir')) === 'rtl', 'dir');
});

clearTimeout(deadline);
await browser.close();
app.close();
api.close();
const failed = results.filter((result) => !result.ok).length;
console.log(`contract e2e: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
