import { readdirSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

// Peers and dependencies stay imports: the host's bundler dedupes them.
const external = [
  ...Object.keys(pkg.peerDependencies),
  ...Object.keys(pkg.dependencies),
  'react/jsx-runtime',
];
const isExternal = (id: string) => external.some((name) => id === name || id.startsWith(`${name}/`));

// One entry per catalog, so `invite-kit/locales/<tag>` loads just that one.
const locales = Object.fromEntries(
  readdirSync('src/locales')
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`locales/${file.slice(0, -3)}`, `src/locales/${file}`]),
);

export default defineConfig({
  plugins: [react()],
  // The MSW worker in public/ is for Storybook and tests, not for the package.
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    target: 'es2022',
    lib: {
      entry: { index: 'src/index.ts', msw: 'src/msw/index.ts', ...locales },
      formats: ['es'],
    },
    rolldownOptions: {
      external: isExternal,
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Bundling drops module-level directives; the main entry holds the
        // components and hooks, so it is a client module for React Server Components.
        banner: (chunk) => (chunk.name === 'index' ? "'use client';" : ''),
      },
    },
  },
});
