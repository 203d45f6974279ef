import { existsSync } from 'node:fs';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

/**
 * The browser tests run in the system's Chromium (Debian's `chromium` package),
 * never in a downloaded one. A missing browser fails the run with directions
 * instead of quietly skipping the tests that need it.
 */
function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install it (Debian: `apt-get install -y chromium`) ' +
        'or point CHROMIUM_PATH at a Chromium or Chrome executable.',
    );
  }
  return found;
}

const browser = () => ({
  enabled: true,
  headless: true,
  screenshotFailures: false,
  provider: playwright({
    launchOptions: {
      // Looked up when a browser project starts, so `--project unit` runs without one.
      get executablePath() {
        return chromiumPath();
      },
      args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  }),
  instances: [{ browser: 'chromium' as const }],
});

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/browser/**'],
          setupFiles: ['test/setup.ts'],
        },
      },
      {
        extends: true,
        // Pre-bundled up front: a dependency discovered mid-run makes Vite
        // reload the page, which fails whatever test was running.
        optimizeDeps: {
          include: [
            'react-dom/client',
            'react-dom/server',
            'axe-core',
            'msw',
            'msw/browser',
            'vitest-browser-react',
            '@tanstack/react-query',
            'react-hook-form',
            'zod/mini',
            '@hookform/resolvers/zod',
          ],
        },
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.{ts,tsx}'],
          browser: browser(),
          // A cold browser on a loaded machine is slow to take its first action.
          testTimeout: 30_000,
        },
      },
      {
        // Every story is a test: its play function runs in Chromium, then axe
        // (`a11y.test: 'error'` in .storybook/preview.tsx). Storybook's own Vite
        // config brings the React plugin, so this project does not extend the root.
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          browser: browser(),
          testTimeout: 30_000,
        },
      },
    ],
  },
});
