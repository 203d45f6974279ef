// `node scripts/cross-tab-e2e.mjs` (after `npm run build`): the client's shared
// wait checked across real tabs. Several pages of one Chromium browser context
// (tabs of one origin) load the built `dist/core.js` as plain ES modules from a
// loopback server that also plays the API on the same origin, and drive
// `createInviteClient` / `createBulkInvite` with their default options: sharing
// the server's Retry-After across tabs must be on by itself in a real browser.
// Each scenario has a browser context of its own, so localStorage starts empty.
//
// No check depends on how fast the machine is. The server records when every
// request arrived and what it answered; the pages return what the library told
// them. A request "sent during the wait" is one that reached the server before
// the 429's Retry-After had run out, counted on the server's clock from the
// moment it answered the 429. Nothing is taken as still pending after a fixed
// sleep: the end of a wait is awaited by asking again until the library lets
// the request go. A message between tabs takes a moment, so a tab open during
// the 429 is asked to invite once the wait has reached its client (a message,
// no request of its own); a tab whose page loads later must know at once.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { findChromium, NO_CHROMIUM } from './findChromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUN_TIMEOUT_MS = 180_000;
const SCENARIO_TIMEOUT_MS = 30_000;
const STEP_TIMEOUT_MS = 10_000;
/** The wait the API asks for, in seconds. */
const RETRY_AFTER_S = 3;
/**
 * How much earlier than the server's own reckoning of the wait's end a request
 * may arrive: the page measures the wait from when it read the 429 (later than
 * the server sent it) and rounds its clocks to the millisecond.
 */
const CLOCK_SLACK_MS = 50;
const BASE_URL = '/api';

const startedAt = Date.now();
function fail(message) {
  console.error(`cross-tab e2e: ${message}`);
  process.exit(1);
}

if (!existsSync(join(root, 'dist/core.js'))) fail('dist/core.js is missing. Run `npm run build` first.');
const executablePath = findChromium();
if (!executablePath) {
  fail(NO_CHROMIUM);
}
const { chromium } = await import('playwright-core');

const deadline = setTimeout(() => fail(`gave up after ${RUN_TIMEOUT_MS / 1000} s`), RUN_TIMEOUT_MS);

// ---------------------------------------------------------------------------
// What the page loads: dist/core.js and every file of dist/ it imports, served
// as they are at their path under the repository. dist/ keeps its dependencies
// external (zod); each bare specifier among its imports is served as one
// module holding what dist/ imports of it, as an ESM CDN would, and named in
// the page's import map.

const graph = await build({
  entryPoints: [join(root, 'dist/core.js')],
  absWorkingDir: root,
  bundle: true,
  write: false,
  metafile: true,
  format: 'esm',
  logLevel: 'silent',
}).catch((error) => fail(`could not follow the imports of dist/core.js (is the build complete?): ${error.message.split('\n').slice(0, 2).join(' ')}`));
/** URL path → file, for dist/. */
const modules = new Map();
/** Bare specifier → the names dist/ imports from it, or `null` for all of it. */
const wanted = new Map();
for (const [path, input] of Object.entries(graph.metafile.inputs)) {
  const url = `/${path.split('\\').join('/')}`;
  if (!url.startsWith('/dist/')) continue;
  modules.set(url, join(root, path));
  const text = readFileSync(join(root, path), 'utf8');
  for (const { original: specifier } of input.imports) {
    if (specifier.startsWith('.') || specifier.startsWith('/')) continue;
    const quoted = `["']${specifier.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']`;
    const uses = text.match(new RegExp(`\\bfrom\\s*${quoted}|\\bimport\\s*\\(?\\s*${quoted}`, 'g'))?.length ?? 0;
    const picks = [...text.matchAll(new RegExp(`\\bimport\\s*\\{([^}]*)\\}\\s*from\\s*${quoted}`, 'g'))];
    const names = picks.flatMap((pick) => pick[1].split(',').map((name) => name.trim().split(/\s+as\s+/)[0]).filter(Boolean));
    // Anything but plain named imports (a namespace, a default, a re-export): all of it.
    if (!uses || picks.length !== uses || wanted.get(specifier) === null) wanted.set(specifier, null);
    else wanted.set(specifier, [...new Set([...(wanted.get(specifier) ?? []), ...names])]);
  }
}
if (!modules.has('/dist/core.js')) fail('dist/core.js is not in its own module graph');
/** URL path → source, for the dependencies; the import map that names them. */
const dependencies = new Map();
const importMap = {};
for (const [specifier, names] of wanted) {
  importMap[specifier] = `/deps/${specifier}.js`;
  const contents = names ? `export { ${names.join(', ')} } from ${JSON.stringify(specifier)};` : `export * from ${JSON.stringify(specifier)};`;
  const dependency = await build({ stdin: { contents, resolveDir: root }, bundle: true, write: false, format: 'esm', logLevel: 'silent' }).catch((error) =>
    fail(`could not bundle ${specifier} for the page: ${error.message.split('\n').slice(0, 2).join(' ')}`),
  );
  dependencies.set(importMap[specifier], dependency.outputFiles[0].text);
}
/** The page: exposes the library to the script through a few functions on `window`. */
const pageModule = `
import { createInviteClient, createBulkInvite } from '/dist/core.js';

const clients = [];
const describe = (error) =>
  error && error.name === 'InviteError'
    ? { ok: false, type: error.type, status: error.status, refused: error.refused, retryAfterMs: error.retryAfterMs }
    : { ok: false, type: 'not an InviteError', thrown: String(error && error.stack || error) };

/** A client with the default options (sharing the wait is not asked for): returns its id. */
window.make = (clientId) => {
  const client = createInviteClient({ baseUrl: ${JSON.stringify(BASE_URL)}, clientId, getAccessToken: async () => 'cross-tab-token' });
  const id = clients.push(client) - 1;
  // When this client's wait started, as the page saw it.
  client.wait.subscribe(() => {
    if (client.wait.remainingMs() > 0) window.heldAt[id] ??= Date.now();
  });
  return id;
};
window.heldAt = {};
/** Milliseconds left of the client's wait (0: none). */
window.waitLeft = (id) => clients[id].wait.remainingMs();

/** Invites, and says how it went; \`calledAt\`: when it was asked to (the page's clock). */
window.invite = async (id, groupId, email) => {
  const calledAt = Date.now();
  try {
    const result = await clients[id].inviteUser({ groupId, invitee: { email } });
    return { ok: true, message: result.message, refused: false, calledAt };
  } catch (error) {
    return { ...describe(error), calledAt };
  }
};

/** Runs a batch to its end; resolves with its summary and every snapshot it went through. */
window.bulk = (id, groupId, emails) =>
  new Promise((resolve) => {
    const batch = createBulkInvite({ client: clients[id], groupId, invitees: emails.map((email) => ({ email })) });
    const seen = [];
    const take = () => {
      const snapshot = batch.getSnapshot();
      seen.push({ at: Date.now(), status: snapshot.status, rows: snapshot.rows.map((row) => row.status), retryAt: snapshot.retryAt });
      if (['done', 'blocked', 'cancelled'].includes(snapshot.status)) {
        resolve({
          status: snapshot.status,
          counts: snapshot.counts,
          rows: snapshot.rows.map((row) => ({ status: row.status, attempts: row.attempts, error: row.error && describe(row.error) })),
          seen,
        });
      }
    };
    batch.subscribe(take);
    try {
      batch.start();
    } catch (error) {
      resolve({ status: 'threw', thrown: String(error && error.stack || error), seen });
    }
  });

/** Whether the page's storage is the broken kind the scenario asked for. */
window.storageRefuses = () => {
  try {
    localStorage.setItem('cross-tab-probe', '1');
    localStorage.getItem('cross-tab-probe');
    return false;
  } catch {
    return true;
  }
};

window.ready = true;
`;

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cross-tab</title>
<link rel="icon" href="data:,">
<script type="importmap">${JSON.stringify({ imports: importMap })}</script>
<script type="module" src="/tab.js"></script></head><body></body></html>`;

/**
 * Runs in every page before anything else. `?storage=throwing`: the page's
 * localStorage refuses every read and write (as when the browser blocks
 * storage for the site); `?storage=missing`: even reaching `localStorage`
 * throws; `?channel=missing`: no BroadcastChannel.
 */
function breakWhatTheUrlSays() {
  const params = new URLSearchParams(location.search);
  const refuse = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  if (params.get('storage') === 'throwing') {
    Storage.prototype.setItem = refuse;
    Storage.prototype.getItem = refuse;
  } else if (params.get('storage') === 'missing') {
    Object.defineProperty(window, 'localStorage', { configurable: true, get: refuse });
  }
  if (params.get('channel') === 'missing') delete window.BroadcastChannel;
}

// ---------------------------------------------------------------------------
// The server: the page, its modules, and the API under /api.

/** What the API received and answered, in order: { at, clientId, groupId, email, status }. */
const received = [];
const apiState = { mode: 'normal', limitedSpent: false, sent429At: null };
/** `normal`: every invitation succeeds. `limited`: the first one gets a 429 with Retry-After, the rest succeed. */
function setApiMode(mode) {
  apiState.mode = mode;
  apiState.limitedSpent = false;
  apiState.sent429At = null;
}
const countOf = (clientId, groupId) =>
  received.filter((request) => request.clientId === clientId && (groupId === undefined || request.groupId === groupId)).length;

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url, 'http://x');
  const invite = /^\/api\/v1\/groups\/([^/]+)\/inviteUser$/.exec(pathname);
  if (invite) {
    if (request.method !== 'PUT') {
      response.writeHead(405, { allow: 'PUT' });
      return response.end();
    }
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      let email = null;
      try {
        email = JSON.parse(body).email ?? null;
      } catch {
        // Recorded as null: no check expects it.
      }
      const record = { at: Date.now(), clientId: request.headers['x-client-id'] ?? null, groupId: decodeURIComponent(invite[1]), email, status: 200 };
      received.push(record);
      if (apiState.mode === 'limited' && !apiState.limitedSpent) {
        apiState.limitedSpent = true;
        record.status = 429;
        // The wait starts, as the server reckons it, when it answers.
        apiState.sent429At = Date.now();
        response.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(RETRY_AFTER_S) });
        response.end(JSON.stringify({ message: 'Too many requests, please try again later', type: 'rate_limit_exceeded', success: false }));
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ success: true, data: { message: 'User has been invited successfully.' } }));
    });
    return;
  }
  const send = (type, body) => {
    // Cached: the second and third tab of a context open as fast as a real one would.
    response.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'max-age=600' });
    response.end(body);
  };
  if (request.method !== 'GET') {
    response.writeHead(405);
    return response.end();
  }
  if (pathname === '/') return send('text/html', page);
  if (pathname === '/tab.js') return send('text/javascript', pageModule);
  const file = modules.get(pathname);
  if (file) return send('text/javascript', readFileSync(file, 'utf8'));
  if (dependencies.has(pathname)) return send('text/javascript', dependencies.get(pathname));
  response.writeHead(404, { 'content-type': 'text/plain' });
  response.end('not found');
});
const port = await new Promise((ready) => server.listen(0, '127.0.0.1', () => ready(server.address().port)));
const origin = `http://127.0.0.1:${port}`;

// ---------------------------------------------------------------------------
// Helpers.

const browser = await chromium.launch({ executablePath, args: ['--disable-gpu', '--disable-background-networking'] });
const results = [];

function expect(condition, message) {
  if (!condition) throw new Error(message);
}
/**
 * A check that could not be made: the machine was so slow that the wait was
 * over before the step that needed it ran. The scenario is tried again once,
 * in a fresh context; inconclusive twice is a failure.
 */
class Inconclusive extends Error {}
function inconclusiveIf(condition, message) {
  if (condition) throw new Inconclusive(message);
}
const TRIES = 2;
const delay = (ms) => new Promise((done) => setTimeout(done, ms));
const show = (value) => JSON.stringify(value);
/** A sequence of states, each run of repeats shown once: `running → waiting ×3 → done`. */
function runs(states) {
  const all = [];
  for (const state of states) {
    if (all.at(-1)?.state === state) all.at(-1).n++;
    else all.push({ state, n: 1 });
  }
  return all.map(({ state, n }) => (n > 1 ? `${state} ×${n}` : state)).join(' → ');
}

/** The browser's own report of a 429 answer: expected wherever the API sends one. */
const RATE_LIMITED_LOAD = /^Failed to load resource: the server responded with a status of 429/;

/**
 * Runs one scenario in a fresh browser context (empty localStorage, its own
 * BroadcastChannel scope). `blank(label)` opens a tab on about:blank, `load(tab,
 * query)` loads the page in it and waits until its module ran, `open` does both.
 * Every page's uncaught errors and console errors fail the scenario.
 */
async function scenario(name, steps) {
  const started = Date.now();
  const retried = [];
  for (let attempt = 1; ; attempt++) {
    const outcome = await tryScenario(steps);
    if (outcome.error instanceof Inconclusive && attempt < TRIES) {
      retried.push(outcome.error.message);
      continue;
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const again = retried.length ? `; tried again after: ${retried.join('; ')}` : '';
    if (outcome.error) {
      results.push({ name, ok: false });
      const reason = `${outcome.error instanceof Inconclusive ? 'inconclusive: ' : ''}${outcome.error.message.split('\n')[0]}`;
      console.log(`  FAIL ${name}: ${reason}${again}`);
    } else {
      results.push({ name, ok: true });
      console.log(`  ok   ${name} (${seconds} s${outcome.note ? `; ${outcome.note}` : ''}${again})`);
    }
    return;
  }
}

async function tryScenario(steps) {
  const context = await browser.newContext();
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  await context.addInitScript(breakWhatTheUrlSays);
  const problems = [];
  const blank = async (label) => {
    const tab = await context.newPage();
    tab.on('pageerror', (error) => problems.push(`${label}: uncaught ${String(error).split('\n')[0]}`));
    tab.on('console', (message) => {
      if (message.type() !== 'error' && message.type() !== 'assert') return;
      const text = message.text();
      if (RATE_LIMITED_LOAD.test(text) && message.location().url?.startsWith(`${origin}${BASE_URL}/`)) return;
      problems.push(`${label}: console.${message.type()} "${text.split('\n')[0]}"`);
    });
    return tab;
  };
  const load = async (tab, query = '') => {
    await tab.goto(`${origin}/${query ? `?${query}` : ''}`);
    await tab.waitForFunction(() => window.ready === true);
    return tab;
  };
  const open = async (label, query) => load(await blank(label), query);
  received.length = 0;
  setApiMode('normal');
  let timer;
  try {
    const note = await Promise.race([
      steps({ open, blank, load }),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`did not finish within ${SCENARIO_TIMEOUT_MS / 1000} s`)), SCENARIO_TIMEOUT_MS);
      }),
    ]);
    if (problems.length) throw new Error(problems.join(' | '));
    return { note };
  } catch (error) {
    // What the pages logged comes first: it often explains the rest.
    if (problems.length && !error.message.includes(problems[0]) && !(error instanceof Inconclusive)) {
      return { error: new Error(`${error.message.split('\n')[0]} [page: ${problems.join(' | ')}]`) };
    }
    return { error };
  } finally {
    clearTimeout(timer);
    await context.close().catch(() => {});
  }
}

const invite = (tab, id, groupId, email) => tab.evaluate(([id, groupId, email]) => window.invite(id, groupId, email), [id, groupId, email]);
const make = (tab, clientId) => tab.evaluate((clientId) => window.make(clientId), clientId);

/** The first invitation in limited mode: the 429, with its wait. */
async function meetThe429(tab, id, clientId, groupId) {
  setApiMode('limited');
  const result = await invite(tab, id, groupId, 'first@example.org');
  expect(
    !result.ok && result.type === 'rate_limit_exceeded' && result.status === 429 && result.refused === false,
    `the first invitation did not meet the 429: ${show(result)}`,
  );
  expect(result.retryAfterMs > 0 && result.retryAfterMs <= RETRY_AFTER_S * 1000, `retryAfterMs ${result.retryAfterMs}`);
  expect(countOf(clientId) === 1 && apiState.sent429At !== null, `${countOf(clientId)} requests for the 429`);
  return { endsAt: apiState.sent429At + RETRY_AFTER_S * 1000 };
}

/**
 * Waits until the wait reached this tab's client (a message from another tab,
 * no request of its own); returns how long after the 429 went out it got there.
 */
async function waitArrives(tab, id, label) {
  try {
    // Set when the client's wait starts: seen even if the wait were over by now.
    await tab.waitForFunction((id) => window.heldAt[id] !== undefined, id, { timeout: RETRY_AFTER_S * 1000 });
  } catch {
    throw new Error(`the wait never reached ${label}`);
  }
  return (await tab.evaluate((id) => window.heldAt[id], id)) - apiState.sent429At;
}

/** An invitation the shared wait (ending at `endsAt`) must refuse, sending nothing. */
async function expectRefused(tab, id, clientId, groupId, endsAt, label) {
  const before = countOf(clientId);
  const result = await invite(tab, id, groupId, `${label.replace(/\W/g, '')}@example.org`);
  inconclusiveIf(!result.refused && result.calledAt >= endsAt - CLOCK_SLACK_MS, `${label} was only asked to invite ${result.calledAt - endsAt} ms after the wait's end`);
  expect(
    !result.ok && result.refused === true && result.type === 'rate_limit_exceeded',
    `${label}'s invitation during the wait was not refused: ${show(result)}`,
  );
  expect(result.retryAfterMs > 0 && result.retryAfterMs <= RETRY_AFTER_S * 1000, `${label} was refused with retryAfterMs ${result.retryAfterMs}`);
  expect(countOf(clientId) === before, `${label}'s refused invitation reached the server`);
  return result;
}

/**
 * Asks again until the library lets the invitation go (each refusal sends
 * nothing), then expects it to have succeeded, and to have reached the server
 * only once the wait was over.
 */
async function inviteOnceFree(tab, id, clientId, groupId, endsAt, label) {
  const giveUp = Date.now() + RETRY_AFTER_S * 1000 + STEP_TIMEOUT_MS;
  const before = countOf(clientId);
  let refusals = 0;
  for (;;) {
    const result = await invite(tab, id, groupId, `${label.replace(/\W/g, '')}-later@example.org`);
    if (!result.refused) {
      expect(
        result.ok && result.message === 'User has been invited successfully.',
        `${label}'s invitation after the wait failed: ${show(result)}`,
      );
      break;
    }
    refusals++;
    expect(countOf(clientId) === before, `a refused invitation from ${label} reached the server`);
    expect(Date.now() < giveUp, `${label} was still refused ${((Date.now() - endsAt) / 1000).toFixed(1)} s after the wait should have ended`);
    await delay(100);
  }
  const sent = received.filter((request) => request.clientId === clientId && request.groupId === groupId);
  expect(sent.length === 1, `${sent.length} requests from ${label} reached the server, expected 1`);
  expect(
    sent[0].at >= endsAt - CLOCK_SLACK_MS,
    `${label}'s invitation reached the server ${endsAt - sent[0].at} ms before the wait was over`,
  );
  return refusals;
}

console.log('cross-tab e2e: the built client in several tabs of one origin, against a same-origin API');

// ---------------------------------------------------------------------------
// The scenarios.

await scenario('two tabs: a 429 in tab A refuses tab B until the wait is over, then B sends', async ({ open }) => {
  const cid = 'two-tabs';
  const [a, b] = await Promise.all([open('tab A'), open('tab B')]);
  const [idA, idB] = [await make(a, cid), await make(b, cid)];
  const { endsAt } = await meetThe429(a, idA, cid, 'group-a');
  const reachedIn = await waitArrives(b, idB, 'tab B');
  await expectRefused(b, idB, cid, 'group-b', endsAt, 'tab B');
  const refusals = await inviteOnceFree(b, idB, cid, 'group-b', endsAt, 'tab B');
  expect(countOf(cid) === 2, `${countOf(cid)} requests in all, expected the 429 and tab B's one`);
  return `wait reached tab B ${reachedIn} ms after the 429; ${refusals} more refusals before it ended`;
});

await scenario('three tabs: a tab opened during the wait reads its end from storage and is refused', async ({ open, blank, load }) => {
  const cid = 'three-tabs';
  // Tab C stays empty for now: its page is loaded during the wait.
  const [a, b, c] = await Promise.all([open('tab A'), open('tab B'), blank('tab C')]);
  const [idA, idB] = [await make(a, cid), await make(b, cid)];
  const { endsAt } = await meetThe429(a, idA, cid, 'group-a');
  await waitArrives(b, idB, 'tab B');
  await expectRefused(b, idB, cid, 'group-b', endsAt, 'tab B');
  // Tab C had no page when the wait was announced: only the stored end time can tell it.
  const loadStarted = Date.now() - apiState.sent429At;
  await load(c);
  // Its client and its first invitation in one go: nothing runs in between.
  const { idC, createdAt, refused } = await c.evaluate(async ([cid, groupId]) => {
    const createdAt = Date.now();
    const idC = window.make(cid);
    return { idC, createdAt, refused: await window.invite(idC, groupId, 'c@example.org') };
  }, [cid, 'group-c']);
  const openedAfter = createdAt - apiState.sent429At;
  inconclusiveIf(
    !refused.refused && createdAt >= endsAt - 100,
    `tab C's page took until ${openedAfter} ms into the ${RETRY_AFTER_S} s wait to load`,
  );
  expect(
    !refused.ok && refused.refused === true && refused.type === 'rate_limit_exceeded' && refused.retryAfterMs > 0,
    `tab C, opened ${openedAfter} ms into the wait, was not refused: ${show(refused)}`,
  );
  expect(countOf(cid, 'group-b') === 0 && countOf(cid, 'group-c') === 0 && countOf(cid) === 1, `requests from B or C during the wait: ${show(received)}`);
  // And the stored end is an end: C lets its invitation go once the wait is over.
  await inviteOnceFree(c, idC, cid, 'group-c', endsAt, 'tab C');
  expect(countOf(cid, 'group-b') === 0 && countOf(cid) === 2, `${countOf(cid)} requests in all`);
  return `tab C loaded from ${loadStarted} to ${openedAfter} ms into the wait`;
});

await scenario('a different clientId in another tab is not held by the wait', async ({ open }) => {
  const held = 'client-held';
  const other = 'client-other';
  const [a, b] = await Promise.all([open('tab A'), open('tab B')]);
  const idA = await make(a, held);
  // Tab B has both: the same client id (to show the wait did reach tab B) and another one.
  const [idHeld, idOther] = [await make(b, held), await make(b, other)];
  const { endsAt } = await meetThe429(a, idA, held, 'group-a');
  await waitArrives(b, idHeld, 'tab B (same client id)');
  expect((await b.evaluate((id) => window.waitLeft(id), idOther)) === 0, 'the other client id holds a wait');
  const result = await invite(b, idOther, 'group-b', 'other@example.org');
  expect(result.ok, `the other client id's invitation failed: ${show(result)}`);
  const sent = received.filter((request) => request.clientId === other);
  expect(sent.length === 1 && sent[0].groupId === 'group-b', `${sent.length} requests from the other client id reached the server`);
  inconclusiveIf(sent[0].at >= endsAt, `the other client id's request only arrived ${sent[0].at - endsAt} ms after the wait was over`);
  await expectRefused(b, idHeld, held, 'group-b', endsAt, 'tab B (same client id)');
  expect(countOf(held) === 1, `${countOf(held)} requests from the held client id`);
  return `sent ${endsAt - sent[0].at} ms before the wait's end`;
});

await scenario('a batch in another tab pauses through the wait, then invites everyone', async ({ open }) => {
  const cid = 'batch';
  const [a, b] = await Promise.all([open('tab A'), open('tab B')]);
  const [idA, idB] = [await make(a, cid), await make(b, cid)];
  const { endsAt } = await meetThe429(a, idA, cid, 'group-a');
  await waitArrives(b, idB, 'tab B');
  const emails = ['one@example.org', 'two@example.org', 'three@example.org'];
  const summary = await b.evaluate(([id, emails]) => window.bulk(id, 'group-batch', emails), [idB, emails]);
  const statuses = summary.seen.map((snapshot) => snapshot.status);
  inconclusiveIf(
    !statuses.includes('waiting') && summary.seen[0].at >= endsAt - CLOCK_SLACK_MS,
    `the batch only started ${summary.seen[0].at - endsAt} ms after the wait's end`,
  );
  expect(summary.status === 'done', `the batch ended ${summary.status}: ${show({ ...summary, seen: runs(statuses) })}`);
  expect(
    summary.counts.invited === 3 && summary.counts.failed === 0 && summary.counts.pending === 0,
    `counts ${show(summary.counts)}`,
  );
  expect(summary.rows.every((row) => row.status === 'invited' && row.attempts === 1), `rows ${show(summary.rows)}`);
  // What it showed: waiting first, and no row sending before the wait was over.
  const resumed = statuses.findIndex((status, i) => status === 'running' && statuses[i - 1] === 'waiting');
  expect(statuses.slice(0, 2).join() === 'running,waiting' || statuses[0] === 'waiting', `the batch went ${runs(statuses)}`);
  expect(resumed > 0, `the batch never went from waiting to running: ${runs(statuses)}`);
  const beforeResume = summary.seen.slice(0, resumed);
  expect(
    beforeResume.every((snapshot) => snapshot.rows.every((row) => row === 'pending')),
    `rows left pending before the wait was over: ${show(beforeResume.map((snapshot) => snapshot.rows))}`,
  );
  const waiting = summary.seen.find((snapshot) => snapshot.status === 'waiting');
  expect(waiting.retryAt !== null && Math.abs(waiting.retryAt - endsAt) < 1000, `retryAt ${waiting.retryAt - endsAt} ms off the wait's end`);
  // What the server saw: the three, all after the wait.
  const sent = received.filter((request) => request.clientId === cid && request.groupId === 'group-batch');
  expect(sent.length === 3 && countOf(cid) === 4, `${sent.length} batch requests, ${countOf(cid)} in all`);
  const early = sent.filter((request) => request.at < endsAt - CLOCK_SLACK_MS);
  expect(!early.length, `batch requests arrived ${early.map((request) => endsAt - request.at).join(', ')} ms before the wait was over`);
  expect(sent.map((request) => request.email).join() === emails.join(), `sent in the order ${sent.map((request) => request.email).join(', ')}`);
  return `first batch request ${sent[0].at - endsAt} ms after the wait's end`;
});

await scenario('storage that throws, or is missing, still keeps the wait in the tab that met it', async ({ open }) => {
  // Storage refusing every read and write; BroadcastChannel still there.
  const throwing = 'storage-throwing';
  const [a, a2, m] = await Promise.all([
    open('tab A (storage throwing)', 'storage=throwing'),
    open('tab A2 (storage throwing)', 'storage=throwing'),
    open('tab M (storage missing)', 'storage=missing'),
  ]);
  expect((await a.evaluate(() => window.storageRefuses())) === true, 'the throwing storage was not in place');
  const [idA, idA2] = [await make(a, throwing), await make(a2, throwing)];
  let { endsAt } = await meetThe429(a, idA, throwing, 'group-a');
  await expectRefused(a, idA, throwing, 'group-a', endsAt, 'tab A (storage throwing)');
  // The channel still carries it to another tab whose storage throws too.
  await waitArrives(a2, idA2, 'tab A2 (storage throwing)');
  await expectRefused(a2, idA2, throwing, 'group-a2', endsAt, 'tab A2 (storage throwing)');
  expect(countOf(throwing) === 1, `${countOf(throwing)} requests with throwing storage`);

  // Tab M: reaching localStorage at all throws (storage blocked for the site).
  const missing = 'storage-missing';
  expect((await m.evaluate(() => window.storageRefuses())) === true, 'the missing storage was not in place');
  const idM = await make(m, missing);
  ({ endsAt } = await meetThe429(m, idM, missing, 'group-m'));
  await expectRefused(m, idM, missing, 'group-m', endsAt, 'tab M (storage missing)');
  expect(countOf(missing) === 1, `${countOf(missing)} requests with missing storage`);
});

await scenario('no BroadcastChannel: the storage event carries the wait to the other tab', async ({ open }) => {
  const cid = 'no-channel';
  const [a, b] = await Promise.all([open('tab A (no channel)', 'channel=missing'), open('tab B (no channel)', 'channel=missing')]);
  expect((await b.evaluate(() => typeof BroadcastChannel)) === 'undefined', 'BroadcastChannel is still there');
  const [idA, idB] = [await make(a, cid), await make(b, cid)];
  const { endsAt } = await meetThe429(a, idA, cid, 'group-a');
  const reachedIn = await waitArrives(b, idB, 'tab B');
  await expectRefused(b, idB, cid, 'group-b', endsAt, 'tab B');
  expect(countOf(cid) === 1, `${countOf(cid)} requests`);
  return `wait reached tab B ${reachedIn} ms after the 429`;
});

// ---------------------------------------------------------------------------

clearTimeout(deadline);
await browser.close();
server.closeAllConnections();
server.close();
const failed = results.filter((result) => !result.ok).length;
console.log(`cross-tab e2e: ${results.length - failed} passed, ${failed} failed (${((Date.now() - startedAt) / 1000).toFixed(1)} s)`);
process.exit(failed ? 1 : 0);
