// `npm run test:consumer`: installs the packed library into a throwaway
// Vite + React app, the way a host does, once with the React the project
// develops against and once with React 18 (the peer range claims both). Each
// app is type-checked (strict, moduleResolution bundler, skipLibCheck off),
// built for production and for development (where React warns), served and
// opened in headless Chromium, where the dialog invites someone against the
// package's own MSW handlers and shows a localized 403; any console error or
// warning fails the check. Expects `npm run build` to have run. Everything
// lands in a temp folder that is removed at the end, pass or fail.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OVERALL_TIMEOUT_MS = 240_000;
const INSTALL_TIMEOUT_MS = 120_000;
const TOOL_TIMEOUT_MS = 60_000;
const BROWSER_STEP_TIMEOUT_MS = 30_000;

const results = [];
const children = new Set();
let tempRoot = null;
let finished = false;

function fail(message) {
  console.error(`consumer smoke: ${message}`);
  process.exit(1);
}

// --- preconditions: a built library and a browser --------------------------

const built = ['dist/index.js', 'dist/index.d.ts', 'dist/msw.js', 'dist/styles.css'];
const missing = built.filter((file) => !existsSync(join(root, file)));
if (missing.length > 0) {
  fail(`${missing.join(', ')} missing. Run \`npm run build\` first.`);
}
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path) => path && existsSync(path),
);
if (!executablePath) {
  fail('no Chromium found. Install it (Debian: `apt-get install -y chromium`) or point CHROMIUM_PATH at a Chromium or Chrome executable.');
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

const shared = {
  '@tanstack/react-query': installedVersion('@tanstack/react-query'),
  msw: installedVersion('msw'),
  vite: installedVersion('vite'),
  '@vitejs/plugin-react': installedVersion('@vitejs/plugin-react'),
  typescript: installedVersion('typescript'),
};
const variants = [
  {
    name: `react ${installedVersion('react')}`,
    dir: 'app-react-current',
    dependencies: {
      react: installedVersion('react'),
      'react-dom': installedVersion('react-dom'),
      '@types/react': installedVersion('@types/react'),
      '@types/react-dom': installedVersion('@types/react-dom'),
    },
  },
  {
    name: 'react 18.3.1',
    dir: 'app-react-18',
    dependencies: {
      react: '18.3.1',
      'react-dom': '18.3.1',
      '@types/react': '18.3.8',
      '@types/react-dom': '18.3.7',
    },
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

/** Runs a command with a hard timeout; resolves with its stdout, rejects with all its output. */
function run(command, args, { cwd, env = {}, timeoutMs = TOOL_TIMEOUT_MS } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd,
      detached: true, // its own process group, so a timeout ends its children too
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_ENV: undefined, npm_config_update_notifier: 'false', FORCE_COLOR: '0', ...env },
    });
    children.add(child);
    let stdout = '';
    let output = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      output += chunk;
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      killTree(child);
      reject(new Error(`${command} ${args.join(' ')} timed out after ${seconds(timeoutMs)}\n${tail(output)}`));
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
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}\n${tail(output)}`));
    });
  });
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

// --- the throwaway app -----------------------------------------------------------

const LOCKED_GROUP = 'locked-group';

function writeApp(appDir, tarball, variant) {
  const files = {
    'package.json': JSON.stringify(
      {
        name: 'invite-kit-consumer',
        private: true,
        version: '0.0.0',
        type: 'module',
        dependencies: {
          'invite-kit': `file:${tarball}`,
          '@tanstack/react-query': shared['@tanstack/react-query'],
          react: variant.dependencies.react,
          'react-dom': variant.dependencies['react-dom'],
        },
        devDependencies: {
          '@types/react': variant.dependencies['@types/react'],
          '@types/react-dom': variant.dependencies['@types/react-dom'],
          '@vitejs/plugin-react': shared['@vitejs/plugin-react'],
          msw: shared.msw,
          typescript: shared.typescript,
          vite: shared.vite,
        },
      },
      null,
      2,
    ),
    // What a careful host runs: strict, bundler resolution, and the library's
    // declarations checked too (skipLibCheck off).
    'tsconfig.json': JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          module: 'ESNext',
          moduleResolution: 'bundler',
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          isolatedModules: true,
          verbatimModuleSyntax: true,
          noUncheckedSideEffectImports: true,
          types: ['vite/client'],
        },
        include: ['src'],
      },
      null,
      2,
    ),
    'vite.config.ts': [
      "import react from '@vitejs/plugin-react';",
      "import { defineConfig } from 'vite';",
      '',
      'export default defineConfig({ plugins: [react()], logLevel: "warn" });',
      '',
    ].join('\n'),
    'index.html': [
      '<!doctype html>',
      '<html lang="' + locale + '">',
      '  <head>',
      '    <meta charset="utf-8" />',
      '    <link rel="icon" href="data:," />',
      '    <title>invite-kit consumer</title>',
      '  </head>',
      '  <body>',
      '    <div id="root"></div>',
      '    <script type="module" src="/src/main.tsx"></script>',
      '  </body>',
      '</html>',
      '',
    ].join('\n'),
    'src/main.tsx': `import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createInviteClient, InviteUserDialog, registerCatalog, type InviteResult } from 'invite-kit';
import catalog from 'invite-kit/locales/${locale}';
import { inviteForbidden, inviteSuccess } from 'invite-kit/msw';
import 'invite-kit/styles.css';
import { setupWorker } from 'msw/browser';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

registerCatalog('${locale}', catalog);

const client = createInviteClient({
  baseUrl: '/api/quran/',
  clientId: 'consumer-app',
  getAccessToken: async () => 'token-from-the-host',
});
const queryClient = new QueryClient();
const groupId = new URLSearchParams(location.search).get('group') ?? 'reading-circle';

const worker = setupWorker(inviteForbidden({ groupId: '${LOCKED_GROUP}' }), inviteSuccess());

function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <InviteUserDialog
        groupId={groupId}
        client={client}
        locale="${locale}"
        onInvited={(result: InviteResult) => {
          document.body.dataset.invited = result.invitee.email ?? String(result.invitee.userId);
        }}
      />
    </QueryClientProvider>
  );
}

void worker.start({ onUnhandledRequest: 'error', quiet: true }).then(() => {
  const container = document.getElementById('root');
  if (!container) throw new Error('no #root');
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
`,
  };
  for (const [file, text] of Object.entries(files)) {
    const path = join(appDir, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  mkdirSync(join(appDir, 'public'), { recursive: true });
}

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
async function openApp(browser, url, problems) {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  await page.goto(url);
  return { context, page };
}

async function inviteSomeone(browser, origin, messages) {
  const problems = [];
  const { context, page } = await openApp(browser, `${origin}/`, problems);
  try {
    await withPage(page, problems, async () => {
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
      const success = typeof messages.success === 'string' ? messages.success : messages.success.other;
      await dialog.getByRole('status').getByText(fill(success, { invitee: email }), { exact: true }).waitFor();
      const invited = await page.evaluate(() => document.body.dataset.invited);
      if (invited !== email) throw new Error(`onInvited was not called with the invitee (got ${JSON.stringify(invited)})`);
      if (problems.length > 0) throw new Error('the page logged errors');
    });
  } finally {
    await context.close();
  }
}

async function seeForbidden(browser, origin, messages) {
  const problems = [];
  const { context, page } = await openApp(browser, `${origin}/?group=${LOCKED_GROUP}`, problems);
  try {
    await withPage(page, problems, async () => {
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
      if (problems.some((problem) => !/status of 403/.test(problem))) throw new Error('the page logged errors');
    });
  } finally {
    await context.close();
  }
}

// --- main ------------------------------------------------------------------------------

const started = performance.now();
let browser = null;
try {
  tempRoot = mkdtempSync(join(tmpdir(), 'invite-kit-consumer-'));
  console.log(`consumer smoke: invite-kit packed into a fresh Vite app (locale ${locale})`);

  const tarball = await step('npm pack', async () => {
    const output = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tempRoot], { cwd: root });
    const [packed] = JSON.parse(output);
    const files = packed.files.map((file) => file.path);
    for (const file of built) {
      if (!files.includes(file)) throw new Error(`the tarball lacks ${file}`);
    }
    return join(tempRoot, packed.filename);
  });

  // Both apps install at once: the two installs mostly wait on the cache.
  const apps = await Promise.all(
    variants.map(async (variant) => {
      const appDir = join(tempRoot, variant.dir);
      mkdirSync(appDir, { recursive: true });
      const installedApp = await attempt(() =>
        step(`${variant.name}: npm install`, async () => {
          writeApp(appDir, tarball, variant);
          await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
            cwd: appDir,
            timeoutMs: INSTALL_TIMEOUT_MS,
          });
          cpSync(join(appDir, 'node_modules/msw/lib/mockServiceWorker.js'), join(appDir, 'public/mockServiceWorker.js'));
          const react = JSON.parse(readFileSync(join(appDir, 'node_modules/react/package.json'), 'utf8')).version;
          if (react !== variant.dependencies.react) throw new Error(`installed react ${react}, wanted ${variant.dependencies.react}`);
          // Peers must resolve to the host's copies: a second React breaks hooks.
          for (const peer of ['react', 'react-dom', '@tanstack/react-query']) {
            if (existsSync(join(appDir, 'node_modules/invite-kit/node_modules', peer))) {
              throw new Error(`invite-kit brought its own ${peer} instead of using the host's`);
            }
          }
        }, { timeoutMs: INSTALL_TIMEOUT_MS + 5_000 }),
      );
      return installedApp === StepFailed ? null : { variant, appDir };
    }),
  );

  browser = await step('launch chromium', () =>
    chromium.launch({ executablePath, args: ['--disable-gpu', '--disable-background-networking'] }),
  );

  for (const app of apps) {
    if (!app) continue;
    const { variant, appDir } = app;
    // A type error does not stop the build and browser checks: both are reported.
    await attempt(() =>
      step(`${variant.name}: tsc -p . (strict, bundler, skipLibCheck false)`, () =>
        run('node', [join(appDir, 'node_modules/typescript/bin/tsc'), '-p', '.'], { cwd: appDir }),
      ),
    );
    const installed = join(appDir, 'node_modules/invite-kit/dist/locales', `${locale}.js`);
    const messages = (await import(pathToFileURL(installed).href)).default;
    // What ships (minified, tree-shaken), then what a host sees while developing:
    // React's development build, where it warns about props, keys and effects.
    for (const mode of ['production', 'development']) {
      const outDir = mode === 'production' ? 'dist' : 'dist-development';
      const builtApp = await attempt(() =>
        step(`${variant.name}: vite build (${mode})`, () =>
          run('node', [join(appDir, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir], {
            cwd: appDir,
            env: { NODE_ENV: mode },
          }),
        ),
      );
      if (builtApp === StepFailed) continue;
      const server = await serve(join(appDir, outDir));
      try {
        await attempt(() =>
          step(`${variant.name} (${mode}): invite someone in Chromium against MSW`, () => inviteSomeone(browser, server.origin, messages), {
            timeoutMs: BROWSER_STEP_TIMEOUT_MS,
          }),
        );
        await attempt(() =>
          step(`${variant.name} (${mode}): localized 403 in Chromium`, () => seeForbidden(browser, server.origin, messages), {
            timeoutMs: BROWSER_STEP_TIMEOUT_MS,
          }),
        );
        if (server.reachedServer.length > 0) {
          await attempt(() =>
            step(`${variant.name} (${mode}): MSW answered every API call`, async () => {
              throw new Error(`these reached the server instead of the worker: ${server.reachedServer.join(', ')}`);
            }),
          );
        }
      } finally {
        await server.close();
      }
    }
  }
} catch (error) {
  if (!(error instanceof StepFailed)) {
    results.push({ name: 'consumer smoke', ok: false, detail: String(error?.stack ?? error) });
    console.log(`  FAIL ${String(error?.stack ?? error)}`);
  }
} finally {
  if (browser) await browser.close().catch(() => {});
  cleanUp();
  finished = true;
}

const failed = results.filter((result) => !result.ok);
const passed = results.length - failed.length;
console.log(`consumer smoke: ${passed} passed, ${failed.length} failed (${seconds(performance.now() - started)})`);
for (const failure of failed) console.log(`  failed: ${failure.name}`);
process.exit(failed.length > 0 ? 1 : 0);
