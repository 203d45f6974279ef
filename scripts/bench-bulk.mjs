// `npm run bench:bulk`: 60 invitations against a real loopback HTTP limiter
// (10 requests per 1-second window), in three server modes, sent by
// invite-kit's `createBulkInvite` and by two senders a host might write
// instead; then times `parseInviteeList` on a 10 000-entry paste. Prints a
// markdown table (README-ready) and checks the contract's bulk goals (§11):
// ≤ 1.15× the minimum the limiter allows, ≤ 1 429 per window (none when the
// server announces its quota), nobody left out. A benchmark, not a test: it
// reports, and fails only when a goal is missed.
//
// The library is bundled from `src/core.ts` on the fly (esbuild, into a
// temporary module that is imported and then deleted), so the numbers are
// those of the source as it is now, built or not. `BENCH_CORE=dist/core.js`
// measures another build of the core entry instead (a path, imported as is).
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const LIMIT = 10; // requests per window
const WINDOW_MS = 1000;
const INVITEE_COUNT = 60;
const WINDOWS = Math.ceil(INVITEE_COUNT / LIMIT);
// The last window can be used the moment it opens: the first request goes at 0,
// the first of the last window at (windows − 1) × window, and the rest of that
// window at once after it.
const MINIMUM_MS = (WINDOWS - 1) * WINDOW_MS;
const LIBRARY_RUNS = Number(process.env.BENCH_RUNS ?? 3);
const RUN_TIMEOUT_MS = 30_000;
const PAUSE_MS = 50; // an idle gap (nothing in flight) at least this long counts as a pause
const GOALS = { ratio: 1.15, tooManyPerWindow: 1, tooManyWithQuota: 0 };

const PARSE_ENTRIES = 10_000;
const PARSE_RUNS = 20;
const PARSE_WARMUPS = 3;

const MODES = {
  'retry-after': 'fixed window, `Retry-After` on a 429, no `RateLimit` headers',
  ratelimit: 'fixed window, `RateLimit` + `RateLimit-Policy` on every response, `Retry-After` on a 429',
  sliding: 'sliding window (≤ 10 in any trailing 1000 ms), `Retry-After` on a 429',
};

const invitees = Array.from({ length: INVITEE_COUNT }, (_, i) => ({ email: `person-${i + 1}@example.org` }));
const startedAt = performance.now();

// A sender that leaks a timer or a socket must not hang the benchmark: this
// fires only when something other than this script keeps the process alive.
let watchdogArmed = false;
function armExitWatchdog() {
  if (watchdogArmed) return;
  watchdogArmed = true;
  setTimeout(() => {
    console.error('bench:bulk: something (a timer or socket nobody waits for) still kept the process alive 2 s after the end; exiting.');
    process.exit(process.exitCode ?? 0);
  }, 2000).unref();
}

// --- the limiter -------------------------------------------------------------

/**
 * A loopback server for the invite endpoint that allows LIMIT requests per
 * WINDOW_MS, decided when a request arrives (as a gateway counts it):
 *
 * - `retry-after`, `ratelimit`: a fixed window that opens with the first request
 *   after the previous one ended (INCR + EXPIRE: every request counts, refused
 *   ones too, and none extends the window);
 * - `sliding`: at most LIMIT accepted in any trailing WINDOW_MS.
 *
 * It counts what it received: the distinct invitees it accepted, and its 429s.
 */
async function startLimiter(mode) {
  const stats = { requests: 0, tooMany: 0, malformed: 0, accepted: new Set() };
  let windowStart = -Infinity;
  let used = 0;
  const acceptedAt = []; // sliding: when each request still in the window was accepted

  const decide = (now) => {
    if (mode === 'sliding') {
      while (acceptedAt.length && now - acceptedAt[0] >= WINDOW_MS) acceptedAt.shift();
      if (acceptedAt.length < LIMIT) {
        acceptedAt.push(now);
        return { ok: true };
      }
      return { ok: false, retryAfter: Math.max(1, Math.ceil((acceptedAt[0] + WINDOW_MS - now) / 1000)) };
    }
    if (now >= windowStart + WINDOW_MS) {
      windowStart = now;
      used = 0;
    }
    used += 1;
    const reset = Math.ceil((windowStart + WINDOW_MS - now) / 1000); // ≥ 1: the window is still open
    return { ok: used <= LIMIT, remaining: Math.max(0, LIMIT - used), reset, retryAfter: Math.max(1, reset) };
  };

  const server = createServer((request, response) => {
    const arrived = performance.now();
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const send = (status, body, headers = {}) => {
        response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
        response.end(JSON.stringify(body));
      };
      const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (request.method !== 'PUT' || pathname !== '/v1/groups/bench/inviteUser') {
        stats.malformed += 1;
        return send(404, { message: 'Not found', type: 'not_found', success: false });
      }
      if (!request.headers['x-auth-token'] || !request.headers['x-client-id']) {
        stats.malformed += 1;
        return send(401, { message: 'Unauthorized', type: 'unauthorized', success: false });
      }
      stats.requests += 1;
      const decision = decide(arrived);
      const quota =
        mode === 'ratelimit'
          ? {
              RateLimit: `"default";r=${decision.remaining};t=${decision.reset}`,
              'RateLimit-Policy': `"default";q=${LIMIT};w=${WINDOW_MS / 1000}`,
            }
          : {};
      if (!decision.ok) {
        stats.tooMany += 1;
        return send(
          429,
          { message: 'Too many requests, please try again later', type: 'rate_limit_exceeded', success: false },
          { ...quota, 'Retry-After': String(decision.retryAfter) },
        );
      }
      const id = inviteeId(Buffer.concat(chunks).toString('utf8'));
      if (id === null) {
        stats.malformed += 1;
        return send(400, { message: 'Invalid request', type: 'invalid_request', success: false }, quota);
      }
      stats.accepted.add(id);
      send(200, { success: true, data: { message: 'User has been invited successfully.' } }, quota);
    });
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address();
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stats,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/** The invitee a request body names (`{ email }` or `{ userId }`, exactly one), or `null`. */
function inviteeId(text) {
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    return null;
  }
  if (!body || typeof body !== 'object') return null;
  const hasEmail = typeof body.email === 'string' && body.email !== '';
  const hasUserId = Number.isSafeInteger(body.userId) && body.userId > 0;
  if (hasEmail === hasUserId || Object.keys(body).length !== 1) return null;
  return hasEmail ? `email:${body.email.toLowerCase()}` : `user:${body.userId}`;
}

// --- what each sender sends, as seen from the client -------------------------

/**
 * Replaces `globalThis.fetch` for one run with one that notes when each
 * request leaves and its response arrives. The library's client calls
 * `globalThis.fetch` when none is passed, so it is measured as a host
 * would configure it, with nothing injected.
 */
function measureFetch() {
  const realFetch = globalThis.fetch;
  const log = { sends: [], receives: [], tooMany: 0, networkErrors: 0 };
  globalThis.fetch = async (input, init) => {
    log.sends.push(performance.now());
    try {
      const response = await realFetch(input, init);
      log.receives.push(performance.now());
      if (response.status === 429) log.tooMany += 1;
      return response;
    } catch (error) {
      log.receives.push(performance.now());
      log.networkErrors += 1;
      throw error;
    }
  };
  return { log, restore: () => (globalThis.fetch = realFetch) };
}

/** Idle gaps (nothing in flight) of at least PAUSE_MS between a response and the next request. */
function pausesIn({ sends, receives }) {
  const events = [...sends.map((at) => [at, 1]), ...receives.map((at) => [at, -1])].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const pauses = [];
  let inFlight = 0;
  let idleSince = null;
  for (const [at, change] of events) {
    if (change === 1 && inFlight === 0 && idleSince !== null && at - idleSince >= PAUSE_MS) pauses.push(at - idleSince);
    inFlight += change;
    if (inFlight === 0) idleSince = at;
  }
  return pauses;
}

async function put(baseUrl, invitee) {
  const response = await fetch(`${baseUrl}/v1/groups/bench/inviteUser`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', 'x-auth-token': 'token', 'x-client-id': 'bench' },
    body: JSON.stringify(invitee),
  });
  await response.text();
  return response.status;
}

const naiveSenders = {
  'naive `Promise.allSettled`': async (baseUrl) => {
    await Promise.allSettled(invitees.map((invitee) => put(baseUrl, invitee)));
    return { outcome: 'sent all at once, no retry' };
  },
  'one at a time, no pacing': async (baseUrl) => {
    for (const invitee of invitees) {
      try {
        await put(baseUrl, invitee);
      } catch {
        // No retry: a failure just leaves that invitee out.
      }
    }
    return { outcome: 'sequential, no retry' };
  },
};

/** invite-kit: `createBulkInvite` with concurrency 1, until it settles or RUN_TIMEOUT_MS passes. */
function sendWithLibrary(core, baseUrl) {
  const client = core.createInviteClient({ baseUrl, clientId: 'bench', getAccessToken: () => 'token' });
  const batch = core.createBulkInvite({ client, groupId: 'bench', invitees, concurrency: 1 });
  const waits = [];
  return new Promise((settle, fail) => {
    let unsubscribe = () => {};
    let last = null;
    let waitingSince = null;
    const timer = setTimeout(() => {
      try {
        batch.cancel?.();
      } catch {
        // Reported as the timeout below.
      }
      finish(null, new Error(`no result within ${RUN_TIMEOUT_MS / 1000} s (status ${last?.status ?? 'unknown'})`));
    }, RUN_TIMEOUT_MS);
    let finished = false;
    function finish(snapshot, error) {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      try {
        unsubscribe();
      } catch {
        // Nothing to keep: the run is over.
      }
      if (error) fail(error);
      else settle({ snapshot, waits });
    }
    const check = () => {
      try {
        const snapshot = batch.getSnapshot();
        if (snapshot.status !== last?.status) {
          const now = performance.now();
          if (snapshot.status === 'waiting') waitingSince = now;
          else if (waitingSince !== null) {
            waits.push(now - waitingSince);
            waitingSince = null;
          }
        }
        last = snapshot;
        if (snapshot.status === 'done' || snapshot.status === 'blocked' || snapshot.status === 'cancelled') finish(snapshot);
      } catch (error) {
        finish(null, error);
      }
    };
    try {
      const off = batch.subscribe(check);
      unsubscribe = typeof off === 'function' ? off : () => {};
      batch.start();
      check();
    } catch (error) {
      finish(null, error);
    }
  });
}

/** One run against a fresh limiter: what the server saw, and what the client saw. */
async function run(mode, send) {
  const limiter = await startLimiter(mode);
  const { log, restore } = measureFetch();
  let result = null;
  let error = null;
  try {
    result = await send(limiter.baseUrl);
  } catch (caught) {
    error = caught;
  } finally {
    restore();
    await limiter.close();
  }
  const { stats } = limiter;
  const timeMs = log.sends.length ? Math.max(...log.receives, log.sends.at(-1)) - log.sends[0] : null;
  return {
    timeMs,
    ratio: timeMs === null ? null : timeMs / MINIMUM_MS,
    requests: stats.requests,
    tooMany: stats.tooMany,
    tooManyReceived: log.tooMany,
    uninvited: INVITEE_COUNT - stats.accepted.size,
    malformed: stats.malformed,
    networkErrors: log.networkErrors,
    pauses: pausesIn(log),
    result,
    error,
  };
}

// --- the library ---------------------------------------------------------------

async function loadCore() {
  if (process.env.BENCH_CORE) return await import(pathToFileURL(resolve(process.env.BENCH_CORE)).href);
  const dir = await mkdtemp(join(tmpdir(), 'invite-kit-bench-'));
  try {
    const outfile = join(dir, 'core.mjs');
    await build({
      entryPoints: [join(root, 'src/core.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outfile,
      logLevel: 'silent',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function describeError(error) {
  if (error && typeof error === 'object' && Array.isArray(error.errors) && error.errors[0]?.text) {
    // An esbuild failure: its first message, where it is.
    const [first] = error.errors;
    const where = first.location ? ` (${first.location.file}:${first.location.line})` : '';
    return `build of src/core.ts failed: ${first.text}${where}`;
  }
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

// --- formatting ----------------------------------------------------------------

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => String(Math.round(value));
const times = (value) => `${value.toFixed(2)}×`;
/** The median, with the range when the runs differ: `5104 (5098–5131)`. */
function summary(values, format) {
  const known = values.filter((value) => value !== null);
  if (!known.length) return '—';
  const low = Math.min(...known);
  const high = Math.max(...known);
  const middle = format(median(known));
  return low === high && known.length === values.length ? middle : `${middle} (${format(low)}–${format(high)})`;
}
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const shorten = (text, max = 140) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function runLine(label, r) {
  const parts = [
    r.timeMs === null ? 'nothing sent' : `${ms(r.timeMs)} ms (${times(r.ratio)})`,
    `${r.requests} requests`,
    `${r.tooMany} × 429`,
    `${r.uninvited} uninvited`,
  ];
  if (r.pauses.length) parts.push(`pauses ${r.pauses.map(ms).join(', ')} ms`);
  if (r.result?.waits?.length) parts.push(`'waiting' ${r.result.waits.map(ms).join(', ')} ms`);
  if (r.result?.snapshot) {
    const { status, counts } = r.result.snapshot;
    parts.push(`status ${status}, counts ${counts?.invited}/${counts?.failed}/${counts?.pending} invited/failed/pending`);
  }
  if (r.networkErrors) parts.push(`${r.networkErrors} network errors`);
  if (r.malformed) parts.push(`${r.malformed} malformed requests`);
  if (r.tooManyReceived !== r.tooMany) parts.push(`client saw ${r.tooManyReceived} × 429`);
  if (r.error) parts.push(`error: ${shorten(describeError(r.error), 300)}`);
  console.log(`  ${label}: ${parts.join(', ')}`);
}

/** Why a library run counts as a failure, or `null`. */
function libraryFailure(r) {
  if (r.error) return describeError(r.error);
  const snapshot = r.result?.snapshot;
  if (snapshot && snapshot.status !== 'done') {
    const cause = snapshot.blockedBy ? ` by ${snapshot.blockedBy.type ?? snapshot.blockedBy}` : '';
    return `ended ${snapshot.status}${cause}`;
  }
  return null;
}

// --- the runs ------------------------------------------------------------------

const coreLabel = process.env.BENCH_CORE || 'src/core.ts';
let core = null;
let coreError = null;
try {
  core = await loadCore();
  for (const name of ['createInviteClient', 'createBulkInvite', 'parseInviteeList']) {
    if (typeof core[name] !== 'function') console.log(`note: ${coreLabel} exports no function \`${name}\``);
  }
} catch (error) {
  coreError = error;
  console.log(`note: ${describeError(coreError)}`);
}

const librarySender = async (baseUrl) => {
  if (coreError) throw coreError;
  if (typeof core.createBulkInvite !== 'function') throw new TypeError(`${coreLabel} does not export createBulkInvite`);
  return sendWithLibrary(core, baseUrl);
};

// Node's fetch loads and compiles itself on first use (hundreds of ms here):
// that belongs to no sender, so a few uncounted requests go first.
{
  const limiter = await startLimiter('sliding');
  for (let i = 0; i < 3; i += 1) await put(limiter.baseUrl, invitees[i]);
  await Promise.allSettled(invitees.slice(0, LIMIT).map((invitee) => put(limiter.baseUrl, invitee)));
  await limiter.close();
}

console.log(`Inviting ${INVITEE_COUNT} people through a loopback limiter of ${LIMIT} requests per ${WINDOW_MS} ms window.`);
const rows = [];
const goalLines = [];
const missed = [];
for (const mode of Object.keys(MODES)) {
  console.log(`\n${mode}: ${MODES[mode]}`);
  const runs = [];
  for (let i = 0; i < LIBRARY_RUNS; i += 1) {
    const r = await run(mode, librarySender);
    runLine(`invite-kit, run ${i + 1}/${LIBRARY_RUNS}`, r);
    runs.push(r);
  }
  const failures = runs.map(libraryFailure);
  const failed = failures.filter(Boolean);
  const outcome = failed.length
    ? `failed ${failed.length}/${runs.length}: ${shorten([...new Set(failed)].join('; '))}`
    : `done ×${runs.length}`;
  // A failed run's time says nothing about pacing: only finished runs are timed.
  const timed = runs.filter((_, i) => !failures[i]);
  rows.push([
    `\`${mode}\``,
    `**invite-kit** (${runs.length === 1 ? 'one run' : `median of ${runs.length}`})`,
    summary(timed.map((r) => r.timeMs), ms),
    ms(MINIMUM_MS),
    summary(timed.map((r) => r.ratio), times),
    summary(runs.map((r) => r.tooMany), String),
    summary(runs.map((r) => r.uninvited), String),
    outcome,
  ]);

  // The goals: time on the median, 429s and left-out invitees on every run.
  const maxTooMany = mode === 'ratelimit' ? GOALS.tooManyWithQuota : GOALS.tooManyPerWindow * WINDOWS;
  const ratios = runs.map((r) => r.ratio).filter((value) => value !== null);
  const medianRatio = failed.length || ratios.length < runs.length ? null : median(ratios);
  const worstTooMany = Math.max(...runs.map((r) => r.tooMany));
  const worstUninvited = Math.max(...runs.map((r) => r.uninvited));
  const tooManyGoal = maxTooMany === 0 ? 'no 429s' : `≤ ${maxTooMany} 429s (1 per window)`;
  const checks = [
    [!failed.length, 'every run finishes', outcome],
    [medianRatio !== null && medianRatio <= GOALS.ratio, `≤ ${GOALS.ratio}× the minimum`, `median ${medianRatio === null ? 'n/a' : times(medianRatio)}`],
    [worstTooMany <= maxTooMany, tooManyGoal, `worst run ${worstTooMany}`],
    [worstUninvited === 0, 'nobody left out', `worst run ${worstUninvited} uninvited`],
  ];
  for (const [ok, goal, measured] of checks) goalLines.push(`- ${ok ? 'met' : '**missed**'} · \`${mode}\` · ${goal}: ${measured}`);
  const missedHere = checks.filter(([ok]) => !ok).map(([, goal]) => goal);
  if (missedHere.length) missed.push(`${mode} (${missedHere.join(', ')})`);

  for (const [name, send] of Object.entries(naiveSenders)) {
    const r = await run(mode, send);
    runLine(name, r);
    const notes = [r.result?.outcome ?? (r.error ? `failed: ${shorten(describeError(r.error))}` : '')];
    if (r.networkErrors) notes.push(`${r.networkErrors} network errors`);
    rows.push([
      `\`${mode}\``,
      name,
      r.timeMs === null ? '—' : ms(r.timeMs),
      ms(MINIMUM_MS),
      r.ratio === null ? '—' : times(r.ratio),
      String(r.tooMany),
      String(r.uninvited),
      notes.filter(Boolean).join(', '),
    ]);
  }
}

// --- parseInviteeList ------------------------------------------------------------

/**
 * A paste of PARSE_ENTRIES entries: plain emails, `Name <email>`,
 * `"Last, First" <email>`, `mailto:` links and user IDs, separated by commas,
 * semicolons, tabs and CRLF line breaks; every 20th entry (5 %) repeats an
 * earlier one in another form (upper case, another wrapper, leading zeros).
 */
function makePaste() {
  const forms = [
    (n) => `person-${n}@example.org`,
    (n) => `Person ${n} <person-${n}@example.org>`,
    (n) => `"Person${n}, Pat" <person-${n}@example.org>`,
    (n) => `mailto:person-${n}@example.org`,
    (n) => String(100_000 + n),
  ];
  const again = [
    (n) => `PERSON-${n}@EXAMPLE.ORG`,
    (n) => `mailto:Person-${n}@Example.org`,
    (n) => `"Again, ${n}" <person-${n}@example.org>`,
    (n) => `Person ${n} <PERSON-${n}@example.org>`,
    (n) => `00${100_000 + n}`,
  ];
  const separators = [', ', ';', '\t', '\r\n', ' ; ', ',\r\n'];
  const entries = [];
  let unique = 0;
  for (let i = 0; i < PARSE_ENTRIES; i += 1) {
    if (i % 20 === 19) {
      const n = 1 + ((i * 7919) % unique); // an earlier one, spread over the list
      entries.push(again[(n - 1) % again.length](n));
    } else {
      unique += 1;
      entries.push(forms[(unique - 1) % forms.length](unique));
    }
  }
  const text = entries.reduce((all, entry, i) => (i === 0 ? entry : all + separators[i % separators.length] + entry), '');
  return { text, unique, duplicates: PARSE_ENTRIES - unique };
}

function benchParse() {
  if (coreError) return `parseInviteeList: not measured: ${describeError(coreError)}`;
  if (typeof core.parseInviteeList !== 'function') return `parseInviteeList: not measured: ${coreLabel} does not export parseInviteeList`;
  const paste = makePaste();
  try {
    const samples = [];
    let result;
    for (let i = 0; i < PARSE_WARMUPS + PARSE_RUNS; i += 1) {
      const start = performance.now();
      result = core.parseInviteeList(paste.text, { max: PARSE_ENTRIES });
      const elapsed = performance.now() - start;
      if (i >= PARSE_WARMUPS) samples.push(elapsed);
    }
    const entries = result?.entries ?? [];
    const duplicates = entries.filter((entry) => entry.problem === 'duplicate').length;
    const otherProblems = entries.filter((entry) => entry.problem && entry.problem !== 'duplicate').length;
    const found = `found ${entries.length} entries, ${result?.invitees?.length ?? 0} invitees, ${duplicates} duplicates, ${otherProblems} other problems`;
    const expected = `expected ${PARSE_ENTRIES}, ${paste.unique}, ${paste.duplicates}, 0`;
    const agrees = entries.length === PARSE_ENTRIES && result?.invitees?.length === paste.unique && duplicates === paste.duplicates && otherProblems === 0;
    return (
      `parseInviteeList, ${PARSE_ENTRIES} entries (${(paste.text.length / 1024).toFixed(0)} KB; emails, \`Name <email>\`, \`"Last, First" <email>\`, \`mailto:\`, user IDs; ` +
      `commas, semicolons, tabs, CRLF; ${((paste.duplicates / PARSE_ENTRIES) * 100).toFixed(0)} % duplicates), median of ${PARSE_RUNS} runs after ${PARSE_WARMUPS} warm-ups: ` +
      `**${median(samples).toFixed(1)} ms** (${Math.min(...samples).toFixed(1)}–${Math.max(...samples).toFixed(1)}); ${found}` +
      (agrees ? '' : ` (${expected})`)
    );
  } catch (error) {
    return `parseInviteeList: failed: ${shorten(describeError(error), 300)}`;
  }
}

const parseLine = benchParse();

// --- the report ------------------------------------------------------------------

console.log(`\nMinimum the limiter allows: (ceil(${INVITEE_COUNT} / ${LIMIT}) − 1) × ${WINDOW_MS} ms = ${MINIMUM_MS} ms ` +
  '(time runs from the first request sent to the last response received).\n');
console.log('| mode | sender | time (ms) | minimum (ms) | × minimum | 429s | uninvited | notes |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |');
for (const row of rows) console.log(`| ${row.map(cell).join(' | ')} |`);
console.log('');
for (const [mode, text] of Object.entries(MODES)) console.log(`- \`${mode}\`: ${text}`);
console.log(`\n${parseLine}`);
console.log(`\nGoals for invite-kit (contract §11; time on the median of the runs, 429s and uninvited on the worst run):`);
for (const line of goalLines) console.log(line);
if (missed.length) {
  process.exitCode = 1;
  console.log(`\nbench:bulk: invite-kit missed the contract's goals in ${missed.join('; ')}.`);
}
console.log(`\nbench:bulk took ${((performance.now() - startedAt) / 1000).toFixed(1)} s.`);
armExitWatchdog();
