import { readdirSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import pkg from './package.json' with { type: 'json' };

// Peers and dependencies stay imports: the host's bundler dedupes them.
const external = [
  ...Object.keys(pkg.peerDependencies),
  ...Object.keys(pkg.dependencies),
  'react/jsx-runtime',
];
const isExternal = (id: string) => external.some((name) => id === name || id.startsWith(`${name}/`));

// One entry per catalog, so `invite-kit/locales/<tag>` loads just that one, and
// `invite-kit/locales` for the map of loaders.
const locales = Object.fromEntries(
  ['locales', 'locales/bulk'].flatMap((dir) =>
    readdirSync(`src/${dir}`)
      .filter((file) => file.endsWith('.ts'))
      .map((file) => [`${dir}/${file.slice(0, -3)}`, `src/${dir}/${file}`]),
  ),
);

/**
 * Ships each translated catalog as its values alone, in English key order,
 * rebuilt into the same object when loaded. The flat keys (`error.forbidden`,
 * …) are a third of a catalog's gzip size; non-Latin scripts would not fit
 * the 1 KB budget with them. Sources stay plain objects typed against English.
 */
function compactCatalogs(): Plugin {
  const evaluate = async (code: string) =>
    (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)).default as Record<string, unknown>;
  return {
    name: 'invite-kit:compact-catalogs',
    apply: 'build',
    async generateBundle(_, bundle) {
      // Each part's English catalog gives the keys of the catalogs beside it.
      const keysOf = new Map<string, string[]>();
      for (const dir of ['locales/', 'locales/bulk/']) {
        const english = bundle[`${dir}en.js`];
        if (english?.type !== 'chunk') this.error(`the English catalog chunk ${dir}en.js is missing`);
        keysOf.set(dir, Object.keys(await evaluate(english.code)));
      }
      for (const chunk of Object.values(bundle)) {
        const dir = chunk.type === 'chunk' ? chunk.name.slice(0, chunk.name.lastIndexOf('/') + 1) : '';
        const keys = keysOf.get(dir);
        // Only self-contained catalogs: the pseudo-locale imports English, the loader map imports them all.
        if (
          chunk.type !== 'chunk' ||
          !keys ||
          chunk.name === `${dir}en` ||
          chunk.imports.length ||
          chunk.dynamicImports.length
        ) {
          continue;
        }
        const catalog = await evaluate(chunk.code);
        const missing = keys.filter((key) => catalog[key] === undefined);
        const extra = Object.keys(catalog).filter((key) => !keys.includes(key));
        if (missing.length || extra.length) this.error(`${chunk.fileName}: missing ${missing} extra ${extra}`);
        const exported = /export \{ (\w+), \1 as default \};|export \{ (\w+) as default, \2 \};/.exec(chunk.code)?.slice(1).find(Boolean);
        if (!exported) this.error(`${chunk.fileName}: expected a catalog exported by name and as default`);
        chunk.code = [
          'import en from "./en.js";',
          `const values = ${JSON.stringify(keys.map((key) => catalog[key]))};`,
          `const ${exported} = /* @__PURE__ */ Object.fromEntries(Object.keys(en).map((key, i) => [key, values[i]]));`,
          `export { ${exported} as default, ${exported} };`,
          '',
        ].join('\n');
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), compactCatalogs()],
  // The MSW worker in public/ is for Storybook and tests, not for the package.
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No maps: the package ships no sources for them to point at.
    sourcemap: false,
    minify: false,
    target: 'es2022',
    lib: {
      entry: { index: 'src/index.ts', core: 'src/core.ts', msw: 'src/msw/index.ts', ...locales },
      formats: ['es'],
    },
    rolldownOptions: {
      preserveEntrySignatures: 'allow-extension',
      external: isExternal,
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name].js',
        // The React modules (components and hooks) in one chunk marked
        // `'use client'`, the React-free ones in another without it: a Next.js Route Handler importing
        // createInviteClient from `invite-kit` gets the function itself, not a
        // client reference. (Bundling drops module-level directives.)
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            { name: 'client', test: /[\\/]src[\\/](components|hooks)[\\/]/ },
            // The pseudo-locale's transform stays with the pseudo-locale catalogs, its only users.
            { name: 'shared', test: (id) => /[\\/]src[\\/](api|messages)[\\/]/.test(id) && !id.endsWith('pseudoLocalize.ts') },
          ],
        },
        banner: (chunk) => (chunk.name === 'client' ? "'use client';" : ''),
      },
    },
  },
});
