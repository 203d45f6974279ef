// Size budgets of the contract (§10), gzip, checked by `npm test`.
const { readdirSync } = require('node:fs');
const { dependencies, peerDependencies } = require('./package.json');

const peers = Object.keys(peerDependencies);
const everyDependency = [...peers, ...Object.keys(dependencies)];

const locales = readdirSync('src/locales')
  .filter((file) => file.endsWith('.ts') && file !== 'en.ts')
  .map((file) => file.slice(0, -3));

module.exports = [
  {
    name: 'InviteUserDialog + English (own code; peers and dependencies external)',
    path: 'dist/index.js',
    import: '{ InviteUserDialog }',
    ignore: everyDependency,
    limit: '6 KB',
  },
  {
    name: 'Everything a host ships for the dialog beyond React',
    path: 'dist/index.js',
    import: '{ InviteUserDialog }',
    ignore: ['react', 'react-dom'],
    limit: '35 KB',
  },
  { name: 'styles.css', path: 'dist/styles.css', limit: '2 KB' },
  ...locales.map((tag) => ({ name: `locale ${tag}`, path: `dist/locales/${tag}.js`, limit: '1 KB' })),
];
