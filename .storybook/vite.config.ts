import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Storybook's own Vite config: just React. The library build's settings stay in the root config.
export default defineConfig({
  plugins: [react()],
  // Found by Vite only once a story runs; bundled up front so a first run does not reload mid-test.
  optimizeDeps: { include: ['msw/browser', 'msw-storybook-addon/preview'] },
});
