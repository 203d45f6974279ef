// `npm run bench`: opens the dialog and a hand-written native <dialog> side by
// side in headless Chromium and prints the ratio of medians; then types 20
// characters into the field and counts the dialog's renders. A benchmark, not
// a test: it reports, and fails only when the contract's budget is exceeded.
import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const samples = Number(process.env.BENCH_SAMPLES ?? 60);
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path) => path && existsSync(path),
);
if (!executablePath) {
  console.error('No Chromium: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.');
  process.exit(1);
}

const bundle = await build({
  entryPoints: ['bench/openDialog.tsx'],
  bundle: true,
  minify: true,
  write: false,
  format: 'iife',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});

const browser = await chromium.launch({
  executablePath,
  args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html lang="en"><body></body></html>');
  await page.addScriptTag({ content: bundle.outputFiles[0].text });

  const open = await page.evaluate((n) => window.runOpenBenchmark(n), samples);
  const ratio = open.library / open.native;

  await page.evaluate(() => (window.typing = window.mountForTyping()));
  const before = await page.evaluate(() => window.typing.commits);
  await page.getByRole('textbox', { name: 'Email or user ID' }).pressSequentially('someone@example.org1');
  const renders = (await page.evaluate(() => window.typing.commits)) - before;

  console.log(`open, median of ${samples} samples of 10 opens: invite-kit ${open.library.toFixed(3)} ms, native <dialog> ${open.native.toFixed(3)} ms, ratio ${ratio.toFixed(2)} (budget ≤ 2)`);
  console.log(`dialog renders while typing 20 characters: ${renders} (budget 0)`);
  if (ratio > 2 || renders > 0) process.exitCode = 1;
} finally {
  await browser.close();
}
