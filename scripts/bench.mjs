// `npm run bench`: opens three dialogs side by side in headless Chromium —
// a hand-written native <dialog> with one input (the floor), invite-kit's
// <InviteUserDialog>, and the stack a host would build instead (Radix Dialog +
// react-hook-form + zod + @hookform/resolvers + react-query) — interleaved,
// and prints their median open-to-ready times and invite-kit's ratios to the
// other two: three runs, each in a fresh page, and the median of the three.
// What one open includes is written at the top of bench/openDialog.tsx. Then
// it types 20 characters into the field and counts React commits.
//
// A benchmark, not a test: it reports, and exits with 1 only when a budget of
// CONTRACT §10 is missed — invite-kit above 1.6× the floor or not below the
// hand-built stack (medians of the runs), or any render while typing.
//
// BENCH_SAMPLES (opens per variant per run, default 150), BENCH_RUNS (3),
// BENCH_CSS=0 to leave the stylesheets out. bench/profile.mjs breaks an open
// down and measures proposed changes.
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findChromium, NO_CHROMIUM } from './findChromium.mjs';

const samples = Number(process.env.BENCH_SAMPLES ?? 150);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const withCss = process.env.BENCH_CSS !== '0';
const BUDGET = 1.6;

const executablePath = findChromium();
if (!executablePath) {
  console.error(`No Chromium: ${NO_CHROMIUM}`);
  process.exit(1);
}

const started = performance.now();
const [bundle, css] = await Promise.all([
  build({
    entryPoints: ['bench/openDialog.tsx'],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  }),
  // The theme as a host loads it (invite-kit/styles.css), and the hand-built dialog's own rules.
  Promise.all([
    build({ entryPoints: ['src/styles.css'], bundle: true, minify: true, write: false, logLevel: 'warning' }).then(
      (result) => result.outputFiles[0].text,
    ),
    readFile('bench/handBuilt.css', 'utf8'),
  ]),
]);

// Cross-origin isolated, so performance.now() counts in 5 µs steps rather than 100 µs.
const ORIGIN = 'http://localhost';
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>${
  withCss ? css.map((sheet) => `<style>${sheet}</style>`).join('') : ''
}</head><body></body></html>`;

const browser = await chromium.launch({
  executablePath,
  args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

async function newBenchPage() {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(error));
  await page.route(`${ORIGIN}/**`, (route) =>
    route.request().url() === `${ORIGIN}/`
      ? route.fulfill({
          contentType: 'text/html',
          headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
          body: html,
        })
      : route.fulfill({ status: 404 }),
  );
  await page.goto(`${ORIGIN}/`);
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
  return page;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => value.toFixed(3).padStart(7);
const x = (value) => value.toFixed(2).padStart(5);

try {
  const rows = [];
  let checked;
  for (let run = 1; run <= runs; run++) {
    const page = await newBenchPage();
    if (run === 1) checked = await page.evaluate(() => window.checkVariants());
    const open = await page.evaluate((n) => window.runOpenBenchmark(n), samples);
    await page.close();
    rows.push({
      run: String(run),
      native: open.native.ms,
      library: open.library.ms,
      handBuilt: open.handBuilt.ms,
      toFloor: open.library.ms / open.native.ms,
      toHandBuilt: open.library.ms / open.handBuilt.ms,
      detail: open,
    });
  }
  const summary = {
    run: 'median',
    native: median(rows.map((r) => r.native)),
    library: median(rows.map((r) => r.library)),
    handBuilt: median(rows.map((r) => r.handBuilt)),
    toFloor: median(rows.map((r) => r.toFloor)),
    toHandBuilt: median(rows.map((r) => r.toHandBuilt)),
  };

  const page = await newBenchPage();
  const before = await page.evaluate(() => window.mountForTyping());
  await page.getByRole('textbox', { name: 'Email or user ID' }).pressSequentially('someone@example.org1');
  const renders = (await page.evaluate(() => window.commits.count)) - before;
  await page.close();

  console.log(
    `open to ready (render, layout, focus in the field), median of ${samples} opens per variant per run, interleaved; ms${
      withCss ? '' : ' (no stylesheets)'
    }`,
  );
  for (const [name, v] of Object.entries(checked)) {
    console.log(`  ${name.padEnd(9)} focus in "${v.label}" (${v.width} px wide), modal: ${v.modal}`);
  }
  console.log('');
  console.log('run      native floor  invite-kit  hand-built  invite-kit/floor  invite-kit/hand-built');
  for (const r of [...rows, summary]) {
    console.log(
      `${r.run.padEnd(8)} ${ms(r.native)}      ${ms(r.library)}     ${ms(r.handBuilt)}     ${x(r.toFloor)}             ${x(r.toHandBuilt)}`,
    );
  }
  const d = rows[0].detail;
  const each = (f) => `native ${f(d.native)}, invite-kit ${f(d.library)}, hand-built ${f(d.handBuilt)}`;
  console.log('');
  console.log(`React commits per open, inside the clock + deferred: ${each((v) => `${v.commits}+${v.deferredCommits}`)}`);
  console.log(`focus in the field when flushSync returned: ${each((v) => (v.waits === 0 ? 'yes' : `after ${v.waits} waits`))}`);
  console.log(`dialog renders while typing 20 characters: ${renders} (budget 0)`);
  const fastEnough = summary.toFloor <= BUDGET && summary.toHandBuilt < 1;
  console.log(
    `budget: invite-kit ≤ ${BUDGET}× the floor and below the hand-built stack: ${fastEnough ? 'met' : 'missed'} ` +
      `(${x(summary.toFloor).trim()}×, ${x(summary.toHandBuilt).trim()}×); ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  if (!fastEnough || renders > 0) process.exitCode = 1;
} finally {
  await browser.close();
}
