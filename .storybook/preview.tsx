import type { Decorator, Preview } from '@storybook/react-vite';
import type { SetupWorker } from 'msw/browser';
import { createPreviewAnnotations } from 'msw-storybook-addon/preview';
import { useState, type ReactNode } from 'react';
import { configure } from 'storybook/test';
import '../src/styles.css';
import { InviteKitProvider } from '../src/index.js';
import { BUILT_IN_LOCALES, localeLoaders } from '../src/locales/index.js';
import { registerCatalogLoaders } from '../src/messages/catalogs.js';
import { createMockClient } from '../stories/createMockClient.js';

// Read at runtime, so a catalog added to the library shows up here by itself.
// en-XA is the pseudo-locale: accented, longer English that shows untranslated or clipped text.
// Storybook offers every built-in language, as a host registering them all would.
registerCatalogLoaders(localeLoaders);
const locales = BUILT_IN_LOCALES;
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
const localeTitle = (tag: string) => {
  if (tag === 'en-XA') return 'en-XA (pseudo-locale)';
  try {
    return `${tag} — ${languageNames.of(tag) ?? tag}`;
  } catch {
    return tag;
  }
};

type Theme = 'light' | 'dark';

// Plays wait for states, never for time: `findBy…` and `waitFor` give a state
// ten seconds to appear (a cold, busy machine loading a catalog on demand is
// slow), and fail only if it never does.
configure({ asyncUtilTimeout: 10_000 });

// The mock API. Stories add their handlers in `beforeEach({ msw })`; they are
// reset after each story. The addon's own start makes one worker per story
// that asks before the first is ready, and a docs page renders many stories at
// once, each with handlers for its own group: they must all share one worker.
let worker: Promise<SetupWorker> | undefined;
function startWorker(): Promise<SetupWorker> {
  worker ??= import('msw/browser').then(async ({ setupWorker }) => {
    const instance = setupWorker();
    // Unhandled requests (Storybook's own, or the live API story's) go to the network.
    await instance.start({ quiet: true, onUnhandledRequest: 'bypass' });
    return instance;
  });
  return worker;
}
const mockApi = createPreviewAnnotations(startWorker) as Pick<Preview, 'beforeEach'>;

/** A fresh mock client per story, the toolbar's locale, and a page in the toolbar's theme. */
function StoryShell({ locale, theme, fill, children }: { locale: string; theme: Theme; fill: boolean; children: ReactNode }) {
  const [client] = useState(() => createMockClient());
  return (
    <InviteKitProvider client={client} locale={locale}>
      <div
        data-theme={theme}
        style={{
          colorScheme: theme,
          background: 'var(--invite-kit-bg)',
          color: 'var(--invite-kit-fg)',
          fontFamily: 'var(--invite-kit-font)',
          boxSizing: 'border-box',
          minBlockSize: fill ? '100vh' : undefined,
          padding: '1rem',
        }}
      >
        {children}
      </div>
    </InviteKitProvider>
  );
}

// On a docs page every example shares the page, and an open modal dialog would
// take it over: there each dialog starts closed, to be opened from its trigger.
const withInviteKit: Decorator = (Story, context) => {
  const inDocs = context.viewMode === 'docs';
  return (
    <StoryShell
      locale={String(context.globals.locale ?? 'en')}
      theme={context.globals.theme === 'dark' ? 'dark' : 'light'}
      fill={!inDocs}
    >
      {inDocs && context.args.defaultOpen ? Story({ args: { ...context.args, defaultOpen: false } }) : <Story />}
    </StoryShell>
  );
};

const preview: Preview = {
  // Once, before any story: the mock API's worker and axe (which the
  // accessibility check loads on first use) are ready before the first story
  // starts, so the first story of a run does not pay for them on its own clock.
  beforeAll: async () => {
    await Promise.all([startWorker(), import('axe-core')]);
  },
  beforeEach: mockApi.beforeEach,
  decorators: [withInviteKit],
  globalTypes: {
    locale: {
      description: 'Locale of the messages, numbers and times',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: locales.map((tag) => ({ value: tag, title: localeTitle(tag) })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    // Every story test fails on an axe violation.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
