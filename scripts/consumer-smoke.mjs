// `npm run test:consumer`: installs the packed library into throwaway hosts,
// the way hosts do, and checks what each of them relies on:
//
// - a Vite + React app, once with the React the project develops against and
//   once with React 18 (the peer range claims both): type-checked (strict,
//   moduleResolution bundler, skipLibCheck off), built for production and for
//   development (where React warns), served and opened in headless Chromium,
//   where the dialog invites someone against the package's own MSW handlers and
//   shows a localized 403; any console error or warning fails the check. The
//   current-React app also runs the host's own jsdom tests (vitest, Testing
//   Library, msw/node, no dialog polyfill) and has a page with a host's global
//   CSS (the default Vite template's kind) under a forced dark theme;
// - a Vite app with Tailwind v4 and the layered stylesheet: utilities passed
//   through `className`/`classNames` win, the dialog stays centred;
// - a Next.js App Router app: `next build`, the server-rendered trigger, and in
//   Chromium an invitation through the host's Route Handler (which imports the
//   client from `invite-kit` in server code) to a loopback upstream mock;
// - a folder without React: a plain Node script using `invite-kit/core`
//   against the same upstream, which has to exit by itself.
//
// Independent hosts run side by side: installs, builds and type checks share
// two CPU slots, browser checks have two slots of their own, and the Next.js
// chain (the longest) a lane of its own. Fixtures live in scripts/consumer/.
// Expects `npm run build` to have run. Everything lands in a temp folder that
// is removed at the end, pass or fail.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { NEXT_SERVER_CLIENT_ID, nextAppFiles } from './consumer/next-app.mjs';
import { nodeScriptFiles } from './consumer/node-script.mjs';
import { tailwindAppFiles } from './consumer/tailwind-app.mjs';
import { startUpstream } from './consumer/upstream.mjs';
import { viteAppFiles } from './consumer/vite-app.mjs';
import { findChromium, NO_CHROMIUM } from './findChromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OVERALL_TIMEOUT_MS = 360_000;
const INSTALL_TIMEOUT_MS = 180_000;
const TOOL_TIMEOUT_MS = 90_000;
const BROWSER_STEP_TIMEOUT_MS = 30_000;
const SCRIPT_TIMEOUT_MS = 15_000;
const SCRIPT_LINGER_MS = 2_000;
const CPU_SLOTS = 2;
const BROWSER_SLOTS = 2;

const results = [];
const children = new Set();
let tempRoot = null;
let finished = false;

function fail(message) {
  console.error(`consumer smoke: ${message}`);
  process.exit(1);
}

// --- preconditions: a built library and a browser --------------------------

const built = [
  'dist/index.js',
  'dist/index.d.ts',
  'dist/core.js',
  'dist/core.d.ts',
  'dist/msw.js',
  'dist/styles.css',
  'dist/styles.layer.css',
];
const missing = built.filter((file) => !existsSync(join(root, file)));
if (missing.length > 0) {
  fail(`${missing.join(', ')} missing. Run \`npm run build\` first.`);
}
const executablePath = findChromium();
if (!executablePath) {
  fail(NO_CHROMIUM);
}
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  fail('playwright-core is not installed. Run `npm ci` first.');
}

/** The exact version the project installed, so the app matches the lockfile. */
function installedVersion(name) {
  const file = join(root, 'node_modules', name, 'package.json');
  if (!existsSync(file)) fail(`node_modules/${name} is missing. Run \`npm ci\` first.`);
  return JSON.parse(readFileSync(file, 'utf8')).version;
}

/** `{ name: installedVersion(name) }` for each name. */
function installed(...names) {
  return Object.fromEntries(names.map((name) => [name, installedVersion(name)]));
}

const REACT_CURRENT = installed('react', 'react-dom');
const REACT_TYPES_CURRENT = installed('@types/react', '@types/react-dom');
const VITE_TOOLS = installed('@vitejs/plugin-react', 'typescript', 'vite');
// Hosts' versions the project doesn't install itself (the "Host apps" table of the toolchain notes).
const NEXT_VERSION = '16.4.6';
const TAILWIND_VERSION = '4.3.5';

const variants = [
  {
    name: `react ${REACT_CURRENT.react}`,
    dir: 'app-react-current',
    react: REACT_CURRENT.react,
    dependencies: { ...installed('@tanstack/react-query'), ...REACT_CURRENT },
    devDependencies: {
      ...REACT_TYPES_CURRENT,
      ...VITE_TOOLS,
      ...installed('msw', 'vitest', 'jsdom', '@testing-library/react', '@testing-library/dom', '@testing-library/user-event'),
    },
    hostCss: true,
    hostTests: true,
  },
  {
    name: 'react 18.3.1',
    dir: 'app-react-18',
    react: '18.3.1',
    dependencies: { ...installed('@tanstack/react-query'), react: '18.3.1', 'react-dom': '18.3.1' },
    devDependencies: { '@types/react': '18.3.8', '@types/react-dom': '18.3.7', ...VITE_TOOLS, ...installed('msw') },
    hostCss: false,
    hostTests: false,
  },
];

// A locale the app imports by its public path; French when it ships, else Arabic.
const locale = ['fr', 'ar'].find((tag) => existsSync(join(root, 'dist', 'locales', `${tag}.js`)));
if (!locale) fail('dist/locales has neither fr.js nor ar.js.');

// --- helpers ------------------------------------------------------------------

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Runs one named step, prints it with its duration, records pass or fail. */
async function step(name, body, { timeoutMs = TOOL_TIMEOUT_MS } = {}) {
  const started = performance.now();
  let timer;
  try {
    const value = await Promise.race([
      body(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${seconds(timeoutMs)}`)), timeoutMs);
      }),
    ]);
    console.log(`  ok   ${name} (${seconds(performance.now() - started)})`);
    results.push({ name, ok: true });
    return value;
  } catch (error) {
    console.log(`  FAIL ${name} (${seconds(performance.now() - started)})`);
    const detail = String(error instanceof Error ? error.message : error).replace(/\u001b\[[0-9;]*m/g, '').trim();
    console.log(detail.replace(/^/gm, '       '));
    results.push({ name, ok: false, detail });
    throw new StepFailed();
  } finally {
    clearTimeout(timer);
  }
}

class StepFailed extends Error {}

/** Runs a step that may fail without stopping the ones after it; returns StepFailed if it did. */
async function attempt(runStep) {
  try {
    return await runStep();
  } catch (error) {
    if (error instanceof StepFailed) return StepFailed;
    throw error;
  }
}

/**
 * At most `size` bodies at once; the rest wait, lowest `priority` first, then
 * in order of asking. Installs and builds share the CPU slots this way, and
 * the checks that nothing waits on go last.
 */
function limiter(size) {
  let active = 0;
  const queue = [];
  return async (body, { priority = 1 } = {}) => {
    if (active < size) active += 1;
    else {
      // The finishing body hands its slot over to the first in the queue.
      await new Promise((wake) => {
        const at = queue.findIndex((waiting) => waiting.priority > priority);
        queue.splice(at === -1 ? queue.length : at, 0, { priority, wake });
      });
    }
    try {
      return await body();
    } finally {
      const next = queue.shift();
      if (next) next.wake();
      else active -= 1;
    }
  };
}
const cpu = limiter(CPU_SLOTS);
// A browser check waits on the page about half the time, so the checks get
// slots of their own, beside the CPU slots.
const pages = limiter(BROWSER_SLOTS);
// The longest chain (Next.js: install, build, start, check) runs in a lane of
// its own beside the shared slots, so it never queues behind the other hosts.
const ownLane = (body) => body();

function spawnTracked(command, args, { cwd, env = {} }) {
  const child = spawn(command, args, {
    cwd,
    detached: true, // its own process group, so a timeout ends its children too
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: undefined, npm_config_update_notifier: 'false', FORCE_COLOR: '0', ...env },
  });
  children.add(child);
  return child;
}

/** Runs a command with a hard timeout; resolves with its stdout, rejects with all its output. */
function run(command, args, { cwd, env = {}, timeoutMs = TOOL_TIMEOUT_MS, tailLines = 40 } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawnTracked(command, args, { cwd, env });
    let stdout = '';
    let output = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      output += chunk;
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      killTree(child);
      const error = new Error(`${command} ${args.join(' ')} timed out after ${seconds(timeoutMs)}\n${tail(output, tailLines)}`);
      error.timedOut = true;
      error.stdout = stdout;
      reject(error);
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      children.delete(child);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      children.delete(child);
      if (code === 0) resolvePromise(stdout);
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}\n${tail(output, tailLines)}`));
    });
  });
}

/** Starts a long-running server process; `stop()` ends its whole process group. */
function startServer(command, args, { cwd, env }) {
  const child = spawnTracked(command, args, { cwd, env });
  let output = '';
  let exited = null;
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const closed = new Promise((done) =>
    child.on('close', (code, signal) => {
      exited = code ?? signal;
      children.delete(child);
      done();
    }),
  );
  return {
    output: () => output,
    exited: () => exited,
    stop: async () => {
      if (exited === null) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // already gone
        }
        const timer = setTimeout(() => killTree(child), 3_000);
        await closed;
        clearTimeout(timer);
      }
    },
  };
}

function killTree(child) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

function tail(text, lines = 40) {
  return text.trim().split('\n').slice(-lines).join('\n');
}

function writeFiles(dir, files) {
  for (const [file, text] of Object.entries(files)) {
    const path = join(dir, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}

function versionIn(dir, name) {
  return JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/** A port nobody listens on right now, on the loopback interface. */
function freePort() {
  return new Promise((resolvePromise, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePromise(port));
    });
  });
}

function cleanUp() {
  for (const child of children) killTree(child);
  children.clear();
  if (tempRoot) rmSync(tempRoot, { recursive: true, force: true });
  tempRoot = null;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}
process.on('exit', cleanUp);
const watchdog = setTimeout(() => {
  if (finished) return;
  console.error(`consumer smoke: gave up after ${seconds(OVERALL_TIMEOUT_MS)}`);
  cleanUp();
  process.exit(1);
}, OVERALL_TIMEOUT_MS);
watchdog.unref();

const LOCKED_GROUP = 'locked-group';

// --- a tiny static server for the built app -----------------------------------------

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

function serve(distDir) {
  const reachedServer = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/api/')) {
      // MSW should have answered; anything here means the worker did not intercept.
      reachedServer.push(`${request.method} ${url.pathname}`);
      response.writeHead(599).end();
      return;
    }
    const path = normalize(join(distDir, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname)));
    if (!path.startsWith(distDir + sep) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(readFileSync(path));
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolvePromise({
        origin: `http://127.0.0.1:${port}`,
        reachedServer,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

// --- the browser checks -----------------------------------------------------------------

function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? values[key] : whole));
}

function successText(messages, invitee) {
  const success = typeof messages.success === 'string' ? messages.success : messages.success.other;
  return fill(success, { invitee });
}

/** The messages the installed package ships for a locale. */
async function catalogIn(appDir, tag) {
  const file = join(appDir, 'node_modules/invite-kit/dist/locales', `${tag}.js`);
  return (await import(pathToFileURL(file).href)).default;
}

/** What the dialog shows, for a failure message. */
async function describeDialog(page) {
  return page
    .evaluate(() => {
      const text = (selector) => document.querySelector(selector)?.textContent?.trim() ?? '(none)';
      const form = document.querySelector('dialog form');
      return `the dialog shows data-status=${form?.getAttribute('data-status') ?? '(no form)'}, alert: ${text('dialog [role="alert"]')}, status: ${text('dialog [role="status"]')}`;
    })
    .catch(() => 'the page could not be read');
}

/** Runs browser checks; a failure says what the page showed and what it logged. */
async function withPage(page, problems, check) {
  try {
    await check();
  } catch (error) {
    const logged = problems.length > 0 ? `\n${problems.join('\n')}` : '';
    throw new Error(`${error instanceof Error ? error.message : error}\n${await describeDialog(page)}${logged}`);
  }
}

/** Opens the app, collects page errors, returns the page. */
async function openApp(browser, url, problems, { contextLocale = locale } = {}) {
  const context = await browser.newContext({ locale: contextLocale });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  // The console says a resource failed but not which one; this does.
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.request().method()} ${response.url()}`);
  });
  await page.goto(url);
  return { context, page };
}

/** Opens a page, runs `check(page)` with its problems, closes it. */
async function onPage(browser, url, options, check) {
  const problems = [];
  const { context, page } = await openApp(browser, url, problems, options);
  try {
    await withPage(page, problems, () => check(page, problems));
  } finally {
    await context.close();
  }
}

/** Waits for the dialog's entry animation, so boxes are measured where they end up. */
function settled(dialog) {
  return dialog.evaluate((node) =>
    Promise.all(node.getAnimations({ subtree: true }).map((animation) => animation.finished.catch(() => {}))),
  );
}

/** Only the failed 403 request, which the browser logs, is an expected console error. */
function unexpected(problems) {
  return problems.filter((problem) => !/status of 403|^HTTP 403 for PUT /.test(problem));
}

async function inviteSomeone(browser, origin, messages) {
  await onPage(browser, `${origin}/`, {}, async (page, problems) => {
    await page.getByRole('button', { name: messages.trigger }).click();
    const dialog = page.getByRole('dialog', { name: messages.title });
    await dialog.waitFor();
    // styles.css arrived through the package's export and, after the host's
    // own CSS pipeline (Vite minifies and lowers it), still paints the theme.
    const painted = await dialog.evaluate((node) => {
      const submit = node.querySelector('[data-slot="submit"]');
      return {
        accent: getComputedStyle(node).getPropertyValue('--invite-kit-accent').trim(),
        dialog: getComputedStyle(node).backgroundColor,
        submit: submit ? getComputedStyle(submit).backgroundColor : null,
      };
    });
    if (!painted.accent) throw new Error('--invite-kit-accent is not set on the dialog: invite-kit/styles.css did not apply');
    if (painted.dialog !== 'rgb(255, 255, 255)' || painted.submit !== 'rgb(29, 78, 216)') {
      throw new Error(`the theme's colours did not survive the host build: dialog ${painted.dialog}, submit ${painted.submit}`);
    }
    const email = 'ada@example.org';
    await dialog.getByRole('textbox', { name: messages['field.label'] }).fill(email);
    await dialog.getByRole('button', { name: messages.submit }).click();
    await dialog.getByRole('status').getByText(successText(messages, email), { exact: true }).waitFor();
    const invited = await page.evaluate(() => document.body.dataset.invited);
    if (invited !== email) throw new Error(`onInvited was not called with the invitee (got ${JSON.stringify(invited)})`);
    if (problems.length > 0) throw new Error('the page logged errors');
  });
}

async function seeForbidden(browser, origin, messages) {
  await onPage(browser, `${origin}/?group=${LOCKED_GROUP}`, {}, async (page, problems) => {
    await page.getByRole('button', { name: messages.trigger }).click();
    const dialog = page.getByRole('dialog', { name: messages.title });
    const field = dialog.getByRole('textbox', { name: messages['field.label'] });
    await field.fill('153');
    await dialog.getByRole('button', { name: messages.submit }).click();
    await dialog.getByRole('alert').getByText(messages['error.forbidden'], { exact: true }).waitFor();
    const status = await dialog.locator('form').getAttribute('data-status');
    if (status !== 'error') throw new Error(`the form's data-status is ${JSON.stringify(status)}, expected "error"`);
    if ((await field.inputValue()) !== '153') throw new Error('the typed value was lost after the error');
    // A 403 is the expected answer here; the browser still logs the failed request.
    if (unexpected(problems).length > 0) throw new Error('the page logged errors');
  });
}

/** Opens the dialog by its trigger and reads computed styles of its parts (in the page). */
async function openAndRead(page, read) {
  await page.locator('[data-slot="trigger"]').click();
  const dialog = page.locator('dialog[data-slot="dialog"]');
  await dialog.waitFor();
  await settled(dialog);
  return dialog.evaluate(read);
}

// Evaluated in the page: turns a colour value (as a custom property holds it) into computed rgb().
const IN_PAGE_HELPERS = `
  window.__resolveColor = (value) => {
    const probe = document.createElement('span');
    probe.style.color = value;
    document.body.append(probe);
    const color = getComputedStyle(probe).color;
    probe.remove();
    return color;
  };
`;

/** The default Vite template's global CSS after ours, dark theme forced: none of it leaks in. */
async function hostRulesDontLeak(browser, origin) {
  await onPage(browser, `${origin}/host-css.html`, { contextLocale: 'en-US' }, async (page, problems) => {
    await page.addScriptTag({ content: IN_PAGE_HELPERS });
    const seen = await openAndRead(page, (node) => {
      const part = (name) => node.querySelector(`[data-slot="${name}"]`);
      const style = (name) => getComputedStyle(part(name));
      const variable = (element, name) => getComputedStyle(element).getPropertyValue(name).trim();
      return {
        theme: node.getAttribute('data-theme'),
        rootFg: variable(document.documentElement, '--invite-kit-fg'),
        fgValue: variable(node, '--invite-kit-fg'),
        fg: window.__resolveColor(variable(node, '--invite-kit-fg')),
        muted: window.__resolveColor(variable(node, '--invite-kit-muted')),
        accent: window.__resolveColor(variable(node, '--invite-kit-accent')),
        title: { color: style('title').color, align: style('title').textAlign },
        description: { color: style('description').color, align: style('description').textAlign },
        label: { color: style('label').color, align: style('label').textAlign },
        submit: { background: style('submit').backgroundColor },
      };
    });
    if (!seen.fgValue) throw new Error('--invite-kit-fg is not set on the dialog: invite-kit/styles.css did not apply');
    if (seen.theme !== 'dark' || seen.fgValue === seen.rootFg) {
      throw new Error(`theme="dark" did not reach the dialog: data-theme=${seen.theme}, --invite-kit-fg ${seen.fgValue} (root: ${seen.rootFg})`);
    }
    const wrong = [];
    if (seen.title.color !== seen.fg) wrong.push(`the title (h2) is ${seen.title.color}, not the theme's foreground ${seen.fg} (host: h2 { color: #213547 })`);
    if (seen.description.color !== seen.muted) wrong.push(`the description (p) is ${seen.description.color}, not the theme's muted ${seen.muted} (host: p { color: #213547 })`);
    if (seen.label.color !== seen.fg) wrong.push(`the field label is ${seen.label.color}, not the theme's foreground ${seen.fg}`);
    for (const name of ['title', 'description', 'label']) {
      if (!['start', 'left'].includes(seen[name].align)) wrong.push(`the ${name} is text-align: ${seen[name].align}, not start (host: #root { text-align: center })`);
    }
    if (seen.submit.background !== seen.accent) wrong.push(`the submit button's background is ${seen.submit.background}, not the theme's accent ${seen.accent} (host: button { background-color: #f9f9f9 })`);
    if (wrong.length > 0) throw new Error(`the host's element rules leak into the dialog:\n${wrong.join('\n')}`);
    if (problems.length > 0) throw new Error('the page logged errors');
  });
}

async function hostClassWins(browser, origin) {
  await onPage(browser, `${origin}/host-css.html?classes=host`, { contextLocale: 'en-US' }, async (page, problems) => {
    const seen = await openAndRead(page, (node) => {
      const title = node.querySelector('[data-slot="title"]');
      return { className: title.className, color: getComputedStyle(title).color };
    });
    if (!seen.className.split(' ').includes('host-title')) throw new Error(`classNames.title did not reach the title (class="${seen.className}")`);
    if (seen.color !== 'rgb(1, 2, 3)') throw new Error(`.host-title { color: rgb(1, 2, 3) } lost: the title is ${seen.color}`);
    if (problems.length > 0) throw new Error('the page logged errors');
  });
}

/** Tailwind v4 + styles.layer.css: utilities beat our rules, preflight doesn't break the theme or the centring. */
async function tailwindHolds(browser, origin) {
  await onPage(browser, `${origin}/`, { contextLocale: 'en-US' }, async (page, problems) => {
    await page.addScriptTag({ content: IN_PAGE_HELPERS });
    const seen = await openAndRead(page, (node) => {
      const part = (name) => node.querySelector(`[data-slot="${name}"]`);
      const root = getComputedStyle(document.documentElement);
      const box = node.getBoundingClientRect();
      return {
        red600Value: root.getPropertyValue('--color-red-600').trim(),
        red600: window.__resolveColor('var(--color-red-600)'),
        accent: window.__resolveColor(getComputedStyle(node).getPropertyValue('--invite-kit-accent').trim()),
        title: getComputedStyle(part('title')).color,
        submitRadius: getComputedStyle(part('submit')).borderTopLeftRadius,
        submitBackground: getComputedStyle(part('submit')).backgroundColor,
        dialogFont: getComputedStyle(node).fontFamily,
        dialogBackground: getComputedStyle(node).backgroundColor,
        bg: window.__resolveColor(getComputedStyle(node).getPropertyValue('--invite-kit-bg').trim()),
        margin: getComputedStyle(node).margin,
        centre: { x: box.left + box.width / 2, y: box.top + box.height / 2 },
        viewport: { x: document.documentElement.clientWidth / 2, y: document.documentElement.clientHeight / 2 },
      };
    });
    if (!seen.red600Value) throw new Error('Tailwind emitted no --color-red-600: the utility was not generated');
    const wrong = [];
    if (seen.title !== seen.red600) wrong.push(`classNames.title "text-red-600" lost: the title is ${seen.title}, red-600 is ${seen.red600}`);
    if (seen.submitRadius !== '0px') wrong.push(`classNames.submit "rounded-none" lost: the submit's radius is ${seen.submitRadius}`);
    if (!/monospace/.test(seen.dialogFont)) wrong.push(`className "font-mono" lost: the dialog's font is ${seen.dialogFont}`);
    if (seen.submitBackground !== seen.accent) wrong.push(`preflight won over the theme: the submit's background is ${seen.submitBackground}, the accent is ${seen.accent}`);
    if (seen.dialogBackground !== seen.bg) wrong.push(`the dialog's background is ${seen.dialogBackground}, the theme's is ${seen.bg}`);
    const off = Math.max(Math.abs(seen.centre.x - seen.viewport.x), Math.abs(seen.centre.y - seen.viewport.y));
    if (off > 3) {
      wrong.push(
        `the open dialog is not centred: its centre is at (${seen.centre.x.toFixed(0)}, ${seen.centre.y.toFixed(0)}), the viewport's at (${seen.viewport.x}, ${seen.viewport.y}); margin ${seen.margin}`,
      );
    }
    if (wrong.length > 0) throw new Error(wrong.join('\n'));
    if (problems.length > 0) throw new Error('the page logged errors');
  });
}

/** In the Next.js app: an invitation through the Route Handler to the upstream, or its 403. */
async function nextInvite(browser, origin, { upstream, messages, groupId, invitee }) {
  const url = groupId === 'reading-circle' ? `${origin}/` : `${origin}/?group=${encodeURIComponent(groupId)}`;
  await onPage(browser, url, { contextLocale: 'en-US' }, async (page, problems) => {
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    const before = upstream.requests.length;
    await page.getByRole('button', { name: messages.trigger }).click();
    const dialog = page.getByRole('dialog', { name: messages.title });
    await dialog.getByRole('textbox', { name: messages['field.label'] }).fill(invitee);
    await dialog.getByRole('button', { name: messages.submit }).click();
    if (groupId === LOCKED_GROUP) {
      await dialog.getByRole('alert').getByText(messages['error.forbidden'], { exact: true }).waitFor();
    } else {
      await dialog.getByRole('status').getByText(successText(messages, invitee), { exact: true }).waitFor();
      const invited = await page.evaluate(() => document.documentElement.dataset.invited);
      if (invited !== invitee) throw new Error(`onInvited was not called with the invitee (got ${JSON.stringify(invited)})`);
    }
    const reached = upstream.requests.slice(before);
    const expected = { groupId, clientId: NEXT_SERVER_CLIENT_ID, token: 'token-from-the-host' };
    const match = reached.filter(
      (request) =>
        request.groupId === expected.groupId &&
        request.clientId === expected.clientId &&
        request.token === expected.token &&
        JSON.stringify(request.body) === JSON.stringify(/^\d+$/.test(invitee) ? { userId: Number(invitee) } : { email: invitee }),
    );
    if (match.length !== 1) {
      throw new Error(`expected one request from the Route Handler to the upstream for ${JSON.stringify(expected)}, saw ${JSON.stringify(reached)}`);
    }
    const logged = groupId === LOCKED_GROUP ? unexpected(problems) : problems;
    if (logged.length > 0) throw new Error('the page logged errors (a hydration mismatch shows here)');
  });
}

// --- the hosts ---------------------------------------------------------------------------

async function npmInstall(name, appDir, files, { flags = [], check, lane = cpu } = {}) {
  await lane(() => step(
    `${name}: npm install${flags.length > 0 ? ` ${flags.join(' ')}` : ''}`,
    async () => {
      mkdirSync(appDir, { recursive: true });
      writeFiles(appDir, files);
      await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', ...flags], {
        cwd: appDir,
        timeoutMs: INSTALL_TIMEOUT_MS,
      });
      check?.();
    },
    { timeoutMs: INSTALL_TIMEOUT_MS + 5_000 },
  ));
}

/** Peers must resolve to the host's copies: a second React breaks hooks. */
function checkPeers(appDir, react) {
  const found = versionIn(appDir, 'react');
  if (found !== react) throw new Error(`installed react ${found}, wanted ${react}`);
  for (const peer of ['react', 'react-dom', '@tanstack/react-query']) {
    if (existsSync(join(appDir, 'node_modules/invite-kit/node_modules', peer))) {
      throw new Error(`invite-kit brought its own ${peer} instead of using the host's`);
    }
  }
}

/** A browser check, in a browser slot; it may fail without stopping the others. */
function browserStep(name, check, { lane = pages } = {}) {
  return attempt(() => lane(() => step(name, check, { timeoutMs: BROWSER_STEP_TIMEOUT_MS })));
}

function viteBuild(name, appDir, outDir, mode) {
  return cpu(() =>
    step(`${name}: vite build (${mode})`, () =>
      run('node', [join(appDir, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir], {
        cwd: appDir,
        env: { NODE_ENV: mode },
      }),
    ),
  );
}

async function viteHost(variant, ctx) {
  const { name } = variant;
  const appDir = join(tempRoot, variant.dir);
  await npmInstall(
    name,
    appDir,
    viteAppFiles({ ...variant, tarball: ctx.tarball, locale, lockedGroup: LOCKED_GROUP }),
    {
      check: () => {
        mkdirSync(join(appDir, 'public'), { recursive: true });
        cpSync(join(appDir, 'node_modules/msw/lib/mockServiceWorker.js'), join(appDir, 'public/mockServiceWorker.js'));
        checkPeers(appDir, variant.react);
      },
    },
  );
  const messages = await catalogIn(appDir, locale);
  // What ships (minified, tree-shaken), then what a host sees while developing:
  // React's development build, where it warns about props, keys and effects.
  // Each build's browser checks start as soon as it is there, side by side.
  const builds = ['production', 'development'].map(async (mode) => {
    const outDir = mode === 'production' ? 'dist' : 'dist-development';
    if ((await attempt(() => viteBuild(name, appDir, outDir, mode))) === StepFailed) return;
    const browser = await ctx.browser();
    const server = await serve(join(appDir, outDir));
    const inBrowser = (title, check) => browserStep(`${name} (${mode}): ${title}`, check);
    try {
      await Promise.all([
        inBrowser('invite someone in Chromium against MSW', () => inviteSomeone(browser, server.origin, messages)),
        inBrowser('localized 403 in Chromium', () => seeForbidden(browser, server.origin, messages)),
        ...(variant.hostCss && mode === 'production'
          ? [
              inBrowser("host element rules (Vite template CSS after ours) don't leak, dark theme", () =>
                hostRulesDontLeak(browser, server.origin),
              ),
              inBrowser('a host class from a sheet after ours wins through classNames', () => hostClassWins(browser, server.origin)),
            ]
          : []),
      ]);
      if (server.reachedServer.length > 0) {
        await attempt(() =>
          step(`${name} (${mode}): MSW answered every API call`, async () => {
            throw new Error(`these reached the server instead of the worker: ${server.reachedServer.join(', ')}`);
          }),
        );
      }
    } finally {
      await server.close();
    }
  });
  // Nothing waits on these two, so they queue behind the builds. A type error
  // does not stop the build and browser checks: both are reported.
  const typeCheck = attempt(() =>
    cpu(
      () =>
        step(`${name}: tsc -p . (strict, bundler, skipLibCheck false)`, () =>
          run('node', [join(appDir, 'node_modules/typescript/bin/tsc'), '-p', '.'], { cwd: appDir }),
        ),
      { priority: 2 },
    ),
  );
  const hostTests =
    variant.hostTests &&
    attempt(() =>
      cpu(
        () =>
          step(`${name}: host jsdom tests (vitest run: client per test, msw/node, no dialog polyfill)`, () =>
            run('node', [join(appDir, 'node_modules/vitest/vitest.mjs'), 'run'], { cwd: appDir, tailLines: 80 }),
          ),
        { priority: 2 },
      ),
    );
  await settleAll([...builds, typeCheck, hostTests]);
}

/** Waits for every promise, then fails with the first failure, so nothing is left running. */
async function settleAll(promises) {
  const outcomes = await Promise.allSettled(promises);
  const failure = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failure) throw failure.reason;
}

async function tailwindHost(ctx) {
  const name = `tailwind ${TAILWIND_VERSION}`;
  const appDir = join(tempRoot, 'app-tailwind');
  await npmInstall(
    name,
    appDir,
    tailwindAppFiles({
      tarball: ctx.tarball,
      dependencies: { ...installed('@tanstack/react-query'), ...REACT_CURRENT },
      devDependencies: {
        ...installed('@vitejs/plugin-react', 'vite'),
        tailwindcss: TAILWIND_VERSION,
        '@tailwindcss/vite': TAILWIND_VERSION,
      },
    }),
    { check: () => checkPeers(appDir, REACT_CURRENT.react) },
  );
  await viteBuild(name, appDir, 'dist', 'production');
  const browser = await ctx.browser();
  const server = await serve(join(appDir, 'dist'));
  try {
    await browserStep(`${name}: utilities win through className/classNames, dialog centred under preflight`, () =>
      tailwindHolds(browser, server.origin),
    );
  } finally {
    await server.close();
  }
}

async function nextHost(ctx) {
  const name = `next ${NEXT_VERSION}`;
  const appDir = join(tempRoot, 'app-next');
  const env = {
    NEXT_TELEMETRY_DISABLED: '1',
    INVITE_UPSTREAM_URL: ctx.upstream.url,
    INVITE_CLIENT_ID: NEXT_SERVER_CLIENT_ID,
  };
  await npmInstall(
    name,
    appDir,
    nextAppFiles({
      tarball: ctx.tarball,
      dependencies: { next: NEXT_VERSION, ...REACT_CURRENT },
      devDependencies: { ...REACT_TYPES_CURRENT, ...installed('typescript', '@types/node') },
    }),
    { check: () => checkPeers(appDir, REACT_CURRENT.react), lane: ownLane },
  );
  const nextBin = join(appDir, 'node_modules/next/dist/bin/next');
  await step(`${name}: next build (Route Handler imports the client from 'invite-kit')`, () => run('node', [nextBin, 'build'], { cwd: appDir, env }), {
    timeoutMs: 150_000,
  });
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = startServer('node', [nextBin, 'start', '-H', '127.0.0.1', '-p', String(port)], { cwd: appDir, env });
  try {
    const html = await step(`${name}: next start`, async () => {
      for (;;) {
        if (server.exited() !== null) throw new Error(`next start exited with ${server.exited()}\n${tail(server.output())}`);
        try {
          const response = await fetch(`${origin}/`);
          const text = await response.text();
          if (response.status !== 200) throw new Error(`GET / answered ${response.status}\n${tail(text, 20)}\n${tail(server.output())}`);
          return text;
        } catch (error) {
          if (!(error instanceof TypeError)) throw error; // not listening yet
        }
        await new Promise((wait) => setTimeout(wait, 100));
      }
    });
    const messages = await catalogIn(appDir, 'en');
    await attempt(() =>
      step(`${name}: the server-rendered HTML of / has the trigger`, async () => {
        if (!html.includes(messages.trigger)) throw new Error(`"${messages.trigger}" is not in the HTML of /:\n${html.slice(0, 2000)}`);
      }),
    );
    const browser = await ctx.browser();
    const inBrowser = (title, options) =>
      browserStep(`${name}: ${title}`, () => nextInvite(browser, origin, { upstream: ctx.upstream, messages, ...options }), {
        lane: ownLane,
      });
    await settleAll([
      inBrowser('invite in Chromium through the Route Handler to the upstream, no console errors', {
        groupId: 'reading-circle',
        invitee: 'grace@example.org',
      }),
      inBrowser("the upstream's 403 in Chromium", { groupId: LOCKED_GROUP, invitee: '153' }),
    ]);
    if (server.exited() !== null) {
      await attempt(() =>
        step(`${name}: next start kept running`, async () => {
          throw new Error(`it exited with ${server.exited()}\n${tail(server.output())}`);
        }),
      );
    }
  } finally {
    await server.stop();
  }
}

async function nodeHost(ctx) {
  const name = 'node, no react';
  const dir = join(tempRoot, 'node-script');
  await npmInstall(name, dir, nodeScriptFiles({ tarball: ctx.tarball }), { flags: ['--omit=peer', '--legacy-peer-deps'] });
  await attempt(() =>
    step(`${name}: react is not resolvable`, async () => {
      const require = createRequire(join(dir, 'package.json'));
      const present = ['react', 'react-dom', '@tanstack/react-query'].filter((peer) => {
        try {
          require.resolve(peer);
          return true;
        } catch {
          return false;
        }
      });
      if (present.length > 0) throw new Error(`${present.join(', ')} resolve from the folder: the check below would prove nothing`);
    }),
  );
  await attempt(() =>
    step(`${name}: invite-kit/core script (success, typed 403, Retry-After) exits by itself`, async () => {
      const before = ctx.upstream.requests.length;
      let stdout;
      try {
        stdout = await run('node', ['invite.mjs'], {
          cwd: dir,
          env: { INVITE_UPSTREAM_URL: ctx.upstream.url, LOCKED_GROUP },
          timeoutMs: SCRIPT_TIMEOUT_MS,
        });
      } catch (error) {
        if (error.timedOut && /^done /m.test(error.stdout)) {
          throw new Error(`the script finished its work but did not exit within ${seconds(SCRIPT_TIMEOUT_MS)}: a timer or a socket keeps Node alive`);
        }
        throw error;
      }
      // The script prints when its work was done; Node should end right after.
      const doneAt = Number(/^done (\d+)$/m.exec(stdout)?.[1]);
      const lingered = Date.now() - doneAt;
      if (!(lingered < SCRIPT_LINGER_MS)) {
        throw new Error(`the process ended ${seconds(lingered)} after its work was done: a timer or a socket kept Node alive`);
      }
      const seen = ctx.upstream.requests.slice(before).map((request) => `${request.groupId}:${request.clientId}`);
      if (seen.join() !== `reading-circle:node-script,${LOCKED_GROUP}:node-script`) {
        throw new Error(`the upstream saw ${JSON.stringify(seen)}, expected one request per invitation`);
      }
    }),
  );
}

// --- main ------------------------------------------------------------------------------

const started = performance.now();
let browserLaunch = null;
let upstream = null;
try {
  tempRoot = mkdtempSync(join(tmpdir(), 'invite-kit-consumer-'));
  console.log(`consumer smoke: invite-kit packed into fresh host apps (locale ${locale})`);

  const tarball = await step('npm pack', async () => {
    const output = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tempRoot], { cwd: root });
    const [packed] = JSON.parse(output);
    const files = packed.files.map((file) => file.path);
    for (const file of built) {
      if (!files.includes(file)) throw new Error(`the tarball lacks ${file}`);
    }
    return join(tempRoot, packed.filename);
  });
  upstream = await startUpstream({ lockedGroup: LOCKED_GROUP });

  // Launched once, while the installs run; the hosts' browser checks share it.
  browserLaunch = attempt(() =>
    step('launch chromium', () => chromium.launch({ executablePath, args: ['--disable-gpu', '--disable-background-networking'] })),
  );
  const ctx = {
    tarball,
    upstream,
    browser: async () => {
      const browser = await browserLaunch;
      if (browser === StepFailed) throw new StepFailed();
      return browser;
    },
  };

  // Every host at once: a failed step ends only its own host's checks.
  await Promise.all(
    [() => nextHost(ctx), () => nodeHost(ctx), () => viteHost(variants[0], ctx), () => tailwindHost(ctx), () => viteHost(variants[1], ctx)].map(
      (host) => attempt(host),
    ),
  );
} catch (error) {
  if (!(error instanceof StepFailed)) {
    results.push({ name: 'consumer smoke', ok: false, detail: String(error?.stack ?? error) });
    console.log(`  FAIL ${String(error?.stack ?? error)}`);
  }
} finally {
  const browser = browserLaunch ? await browserLaunch : null;
  if (browser && browser !== StepFailed) await browser.close().catch(() => {});
  if (upstream) await upstream.close();
  cleanUp();
  finished = true;
}

const failed = results.filter((result) => !result.ok);
const passed = results.length - failed.length;
console.log(`consumer smoke: ${passed} passed, ${failed.length} failed (${seconds(performance.now() - started)})`);
for (const failure of failed) console.log(`  failed: ${failure.name}`);
process.exit(failed.length > 0 ? 1 : 0);
