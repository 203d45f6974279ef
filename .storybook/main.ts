import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  // msw-storybook-addon is wired in preview.tsx with a shared worker start (see there),
  // so it is not listed here: listing it would add its own start, which races on docs pages.
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: {
    name: '@storybook/react-vite',
    // Storybook's own small Vite config, so the library build's settings stay out of it.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  // public/ holds mockServiceWorker.js, which the mock API runs on.
  staticDirs: ['../public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook keeps only `build.target` of the Vite config above; its preview
  // (with axe and the docs blocks) is one large chunk by design.
  viteFinal: (config) => ({ ...config, build: { ...config.build, chunkSizeWarningLimit: 1600 } }),
};

export default config;
