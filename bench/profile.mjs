// Where the open time goes. Builds the page of `npm run bench` (bench/openDialog.tsx)
// with extra variants: copies of the library with a patch applied, each in a
// temporary copy of src/ (src/ itself is never touched), measured side by side
// with the real library, interleaved, in one page.
//
//   node bench/profile.mjs ab [--patch name=file.patch]… [--only a,b,…] [--base name]
//        [--samples 150] [--runs 3] [--warmup 20] [--css 0] [--css-file theme.css]
//     median ms per variant, and each variant's ratio to the baseline paired round
//     by round, with a 95% interval (`--patch control=none`: an unpatched copy)
//   node bench/profile.mjs commits [--patch …] [--only …]
//     the components each React commit of one open rendered
//   node bench/profile.mjs phases --patch name=instrumented.patch --only nativePhases,name [--replace 1]
//     medians of `window.__phase?.(label)` marks placed in a copy, from the start of
//     the open (`--replace 1`: the one copy keeps its attribute names and its
//     stylesheet stands in for src's, as on the page of `npm run bench`)
//   node bench/profile.mjs trace [--patch …] [--only …] [--categories a,b] [--dump trace.json]
//     self time of the renderer's trace events (style, layout, events) per open
//   node bench/profile.mjs cpu [--patch …] [--variant library] [--samples 150]
//     sampled CPU profile of the opens alone: self time by package and function
//   node bench/profile.mjs shot [--patch …] [--only …] [--type text] [--out prefix]
//     layout boxes of each open variant and whether their screenshots are identical
//     (`--type x` shows a validation error; an address, the alert for the page's 404)
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findChromium } from '../scripts/findChromium.mjs';

const [mode = 'ab', ...rest] = process.argv.slice(2);
const opts = { patch: [], only: null, samples: 150, runs: 3, css: '1', variant: 'library', warmup: 20 };
for (let i = 0; i < rest.length; i += 2) {
  const key = rest[i].replace(/^--/, '');
  if (key === 'patch') opts.patch.push(rest[i + 1]);
  else opts[key] = rest[i + 1];
}
const root = resolve(import.meta.dirname, '..');

// Each patch: a copy of src/ with it applied, imported as `patched:<name>`
// (`none` for an unpatched copy, the control). Its stylesheet is loaded as
// well; so that each copy matches only its own rules, its `data-invite-kit`
// and `data-slot` attributes are renamed (`data-invite-kit-1`, `data-slot-1`),
// in its code and its CSS alike.
const copies = new Map();
const temporary = [];
process.on('exit', () => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});
for (const [index, spec] of opts.patch.entries()) {
  const [name, file] = spec.includes('=') ? spec.split('=') : [spec.replace(/\W+/g, '_'), spec];
  const dir = mkdtempSync(join(tmpdir(), 'invite-kit-bench-'));
  temporary.push(dir);
  cpSync(join(root, 'src'), join(dir, 'src'), { recursive: true });
  if (file !== 'none') execFileSync('git', ['apply', resolve(file)], { cwd: dir });
  // --replace: one copy, not renamed, whose stylesheet stands in for src's (the page of `npm run bench`).
  if (opts.replace) {
    copies.set(name, dir);
    continue;
  }
  for (const entry of readdirSync(join(dir, 'src'), { recursive: true })) {
    const path = join(dir, 'src', entry);
    if (!/\.(tsx?|css)$/.test(path)) continue;
    const text = readFileSync(path, 'utf8');
    const renamed = text.replaceAll('data-invite-kit', `data-invite-kit-${index + 1}`).replaceAll('data-slot', `data-slot-${index + 1}`);
    if (renamed !== text) writeFileSync(path, renamed);
  }
  copies.set(name, dir);
}

const entry = [
  `import { addVariant, benchClient, showVariant } from './openDialog.tsx';`,
  `Object.assign(window, { showVariant });`,
  // (package.json marks modules free of side effects: use an export so it stays in.)
  `import { commitsOfOpen, phasesOfOpen } from './profilePage.tsx';`,
  `Object.assign(window, { commitsOfOpen, phasesOfOpen });`,
  ...[...copies.keys()].map(
    (name, i) =>
      `import { InviteUserDialog as D${i} } from 'patched:${name}';\n` +
      `addVariant(${JSON.stringify(name)}, () => <D${i} groupId="1" client={benchClient} defaultOpen trigger={null} />);`,
  ),
].join('\n');

const readable = mode === 'cpu';
const bundle = await build({
  stdin: { contents: entry, resolveDir: join(root, 'bench'), loader: 'tsx', sourcefile: 'profile-entry.tsx' },
  bundle: true,
  // Names kept for the commit and CPU reports; the CPU report also needs esbuild's per-module comments.
  minifySyntax: true,
  minifyWhitespace: !readable,
  write: false,
  format: 'iife',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  nodePaths: [join(root, 'node_modules')],
  logLevel: 'warning',
  plugins: [
    {
      name: 'patched',
      setup(b) {
        b.onResolve({ filter: /^patched:/ }, (args) => ({ path: join(copies.get(args.path.slice(8)), 'src/index.ts') }));
      },
    },
  ],
});
const code = `${bundle.outputFiles[0].text}\n//# sourceURL=bench.js`;
const sheet = async (path) => (await build({ entryPoints: [path], bundle: true, minify: true, write: false })).outputFiles[0].text;
const css = opts.replace
  ? [await sheet(join([...copies.values()][0], 'src/styles.css')), readFileSync(join(root, 'bench/handBuilt.css'), 'utf8')]
  : [
      await sheet(resolve(opts['css-file'] ?? join(root, 'src/styles.css'))),
      readFileSync(join(root, 'bench/handBuilt.css'), 'utf8'),
      ...(await Promise.all([...copies.values()].map((dir) => sheet(join(dir, 'src/styles.css'))))),
    ];
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">${
  opts.css === '0' ? '' : css.map((s) => `<style>${s}</style>`).join('')
}</head><body></body></html>`;

const executablePath = findChromium();
const browser = await chromium.launch({
  executablePath,
  args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
async function newPage() {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error(e));
  await page.route('http://localhost/**', (route) =>
    route.request().url() === 'http://localhost/'
      ? route.fulfill({
          contentType: 'text/html',
          headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
          body: html,
        })
      : route.fulfill({ status: 404 }),
  );
  await page.goto('http://localhost/');
  await page.addScriptTag({ content: code });
  return page;
}
const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const only = opts.only?.split(',') ?? ['native', 'library', 'handBuilt', ...copies.keys()];

try {
  if (mode === 'ab') {
    const rows = [];
    for (let run = 0; run < Number(opts.runs); run++) {
      const page = await newPage();
      rows.push(await page.evaluate(([n, w, o]) => window.runOpenBenchmark(n, w, o), [Number(opts.samples), Number(opts.warmup), only]));
      await page.close();
    }
    // Paired: each round opened every variant back to back, so the ratio of a
    // variant to the baseline in the same round cancels slow drifts of load.
    const base = opts.base ?? (copies.has('control') ? 'control' : 'library');
    const paired = (name) => rows.flatMap((r) => r[name].all.map((v, i) => v / r[base].all[i]));
    // 95% interval of a median from order statistics.
    const interval = (values) => {
      const s = [...values].sort((a, b) => a - b);
      const k = Math.round(1.96 * Math.sqrt(s.length) / 2);
      return [s[Math.max(0, (s.length >> 1) - k)], s[Math.min(s.length - 1, (s.length >> 1) + k)]];
    };
    console.log(`median ms per open (${opts.samples} opens per variant per run, ${opts.runs} runs; css ${opts.css === '0' ? 'off' : 'on'}); paired ratio to ${base}, with its 95% interval`);
    console.log(`${'variant'.padEnd(14)} ${rows.map((_, i) => `run ${i + 1}`.padStart(8)).join('')}   median   ratio  interval        Δ ms  commits`);
    const baseMs = median(rows.map((r) => r[base].ms));
    for (const name of only) {
      const values = rows.map((r) => r[name].ms);
      const ratios = paired(name);
      const [lo, hi] = interval(ratios);
      const ratio = median(ratios);
      console.log(
        `${name.padEnd(14)} ${values.map((v) => v.toFixed(3).padStart(8)).join('')} ${median(values).toFixed(3).padStart(8)}  ${ratio.toFixed(3)}  ${lo.toFixed(3)}–${hi.toFixed(3)}  ${((ratio - 1) * baseMs).toFixed(3).padStart(7)}  ${rows[0][name].commits}+${rows[0][name].deferredCommits}`,
      );
    }
  } else if (mode === 'commits') {
    const page = await newPage();
    for (const name of only) {
      const { commits, sample } = await page.evaluate((n) => window.commitsOfOpen(n), name);
      console.log(`${name}: ${commits.length} commits (${sample.commits} before focus, ${sample.deferredCommits} deferred)`);
      commits.forEach((c, i) => console.log(`  ${i + 1}: ${c.length} components: ${c.join(' ')}`));
    }
  } else if (mode === 'shot') {
    // One screenshot per variant, open; and whether each pair of variants is pixel-identical.
    const page = await newPage();
    const shots = {};
    for (const name of only) {
      await page.evaluate((n) => window.showVariant(n), name);
      // --type 'x' (a validation error) or an address (the page answers 404: an error in the alert).
      if (opts.type) await page.keyboard.type(opts.type), await page.keyboard.press('Enter');
      await page.waitForTimeout(600); // past the entrance animation, if any, and the response
      shots[name] = await page.screenshot({ path: opts.out ? `${opts.out}-${name}.png` : undefined });
      const box = await page.evaluate(() => {
        const el = document.querySelector('dialog[open], [role="dialog"]');
        const r = el.getBoundingClientRect();
        return [...el.querySelectorAll('*')].map((e) => { const b = e.getBoundingClientRect(); return `${e.tagName.toLowerCase()}${e.getAttribute('data-slot') ?? e.getAttribute('data-slot-1') ?? ''} ${Math.round(b.x - r.x)},${Math.round(b.y - r.y)} ${Math.round(b.width)}x${Math.round(b.height)}`; });
      });
      console.log(name, JSON.stringify(box));
      await page.evaluate(() => window.showVariant(null));
    }
    const names = Object.keys(shots);
    for (let i = 1; i < names.length; i++) console.log(`${names[0]} vs ${names[i]}: ${Buffer.compare(shots[names[0]], shots[names[i]]) === 0 ? 'identical' : 'different'} pixels`);
  } else if (mode === 'phases') {
    const page = await newPage();
    const result = await page.evaluate(([o, n]) => window.phasesOfOpen(o, n), [only, Number(opts.samples)]);
    for (const [name, phases] of result) {
      console.log(`${name}:`);
      let last = 0;
      for (const [label, t] of phases) console.log(`  ${t.toFixed(3).padStart(7)} ms  (+${(t - last).toFixed(3)})  ${label}`), (last = t);
    }
  } else if (mode === 'trace') {
    const page = await newPage();
    await page.evaluate(([o]) => window.runOpenBenchmark(10, 10, o), [only]);
    await page.evaluate(() => window.markOpens(true));
    await browser.startTracing(page, {
      categories: (opts.categories ?? 'devtools.timeline,blink.user_timing,v8.execute').split(','),
    });
    await page.evaluate(([n, o]) => window.runOpenBenchmark(n, 0, o), [Number(opts.samples), only]);
    const trace = JSON.parse((await browser.stopTracing()).toString());
    const events = trace.traceEvents ?? trace;
    if (opts.dump) writeFileSync(opts.dump, JSON.stringify(events));
    // The renderer's main thread: where the user-timing measures are.
    const opens = events.filter((e) => e.cat?.includes('blink.user_timing') && e.name.startsWith('open ') && (e.ph === 'b' || e.ph === 'e'));
    const tid = opens[0]?.tid;
    const windows = [];
    const open = new Map();
    for (const e of opens.sort((a, b) => a.ts - b.ts)) {
      if (e.ph === 'b') open.set(e.name, e.ts);
      else if (open.has(e.name)) windows.push({ name: e.name.slice(5), start: open.get(e.name), end: e.ts }), open.delete(e.name);
    }
    // Self time of complete events on that thread, by name.
    const complete = events.filter((e) => e.tid === tid && e.ph === 'X' && e.dur != null).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const self = new Map();
    const stack = [];
    for (const e of complete) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
      const parent = stack.at(-1);
      if (parent) self.set(parent, (self.get(parent) ?? parent.dur) - e.dur);
      if (!self.has(e)) self.set(e, e.dur);
      stack.push(e);
    }
    const byVariant = new Map();
    let w = 0;
    const sortedWindows = windows.sort((a, b) => a.start - b.start);
    for (const e of complete) {
      while (w < sortedWindows.length && sortedWindows[w].end < e.ts) w++;
      const win = sortedWindows[w];
      if (!win || e.ts < win.start || e.ts + e.dur > win.end + 1) continue;
      const table = byVariant.get(win.name) ?? new Map();
      byVariant.set(win.name, table);
      table.set(e.name, (table.get(e.name) ?? 0) + self.get(e));
    }
    for (const [name, table] of byVariant) {
      const count = sortedWindows.filter((x) => x.name === name).length;
      const total = sortedWindows.filter((x) => x.name === name).reduce((s, x) => s + x.end - x.start, 0);
      console.log(`${name}: ${count} opens, mean ${(total / count / 1000).toFixed(3)} ms per open (with tracing on)`);
      const rows = [...table].sort((a, b) => b[1] - a[1]).filter(([, v]) => v / count >= 5);
      for (const [event, us] of rows) console.log(`  ${(us / count / 1000).toFixed(3).padStart(7)} ms  ${event}`);
    }
  } else if (mode === 'cpu') {
    const page = await newPage();
    const cdp = await page.context().newCDPSession(page);
    await page.evaluate(([o]) => window.runOpenBenchmark(20, 10, o), [[opts.variant]]);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.evaluate(async ([v, n]) => {
      for (let i = 0; i < n; i++) await window.openOnce(v);
    }, [opts.variant, Number(opts.samples)]);
    const { profile } = await cdp.send('Profiler.stop');
    // Module of each bundle line, from esbuild's `// path` comments.
    const lines = code.split('\n');
    const moduleAt = [];
    let current = '(bundle)';
    for (const line of lines) {
      const m = /^\s*\/\/ (\S+\.(?:m?js|tsx?|cjs))$/.exec(line);
      if (m) current = m[1].includes('node_modules/') ? m[1].replace(/^.*node_modules\//, '') : m[1].replace(/^.*?(src|bench)\//, '$1/');
      moduleAt.push(current);
    }
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const label = (n) => {
      const f = n.callFrame;
      if (f.url !== 'bench.js') return `${f.functionName || '(anonymous)'} [browser]`;
      return `${f.functionName || '(anonymous)'} ${moduleAt[f.lineNumber] ?? ''}`;
    };
    const pkg = (n) => {
      const f = n.callFrame;
      // Frames outside the bundle: the browser's own functions (showModal, setAttribute…).
      if (f.url !== 'bench.js') return f.functionName.startsWith('(') ? f.functionName : `browser: ${f.functionName}`;
      const m = moduleAt[f.lineNumber] ?? '';
      if (m.startsWith('src/')) return m;
      return m.startsWith('@') ? m.split('/').slice(0, 2).join('/') : m.split('/')[0];
    };
    // Samples inside the clock: their stack goes through renderOpen or layoutField (see openDialog.tsx).
    const timed = new Map();
    const isTimed = (id) => {
      if (timed.has(id)) return timed.get(id);
      const n = nodes.get(id);
      const name = n.callFrame.functionName;
      const value = name === 'renderOpen' || name === 'layoutField' || (parent.has(id) && isTimed(parent.get(id)));
      timed.set(id, value);
      return value;
    };
    const selfByFn = new Map();
    const selfByPkg = new Map();
    const inclusive = new Map();
    let kept = 0;
    for (let i = 0; i < profile.samples.length; i++) {
      const dt = profile.timeDeltas[i + 1] ?? 0;
      const node = nodes.get(profile.samples[i]);
      if (!isTimed(node.id)) continue;
      kept += dt;
      selfByFn.set(label(node), (selfByFn.get(label(node)) ?? 0) + dt);
      selfByPkg.set(pkg(node), (selfByPkg.get(pkg(node)) ?? 0) + dt);
      const seenLabels = new Set();
      for (let id = node.id; id !== undefined; id = parent.get(id)) {
        const l = label(nodes.get(id));
        if (!seenLabels.has(l)) inclusive.set(l, (inclusive.get(l) ?? 0) + dt), seenLabels.add(l);
      }
    }
    const n = Number(opts.samples);
    const per = (us) => (us / n / 1000).toFixed(3).padStart(7);
    console.log(`${opts.variant}: ${n} opens, ${per(kept)} ms per open sampled (profiler on)`);
    console.log('self time by package/module:');
    for (const [k, v] of [...selfByPkg].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${per(v)} ms  ${k}`);
    console.log('self time by function:');
    for (const [k, v] of [...selfByFn].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${per(v)} ms  ${k}`);
    console.log('inclusive time by function:');
    for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(`  ${per(v)} ms  ${k}`);
  }
} finally {
  await browser.close();
}
