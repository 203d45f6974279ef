// The throwaway Vite + React app: the dialog against the package's own MSW
// handlers in the browser. Optionally a second page with a host's global CSS
// (host-css.mjs) and the host's own jsdom tests (host-tests.mjs).
import { htmlPage } from './htmlPage.mjs';
import { hostCssFiles } from './host-css.mjs';
import { hostTestFiles } from './host-tests.mjs';

/**
 * @param {object} o
 * @param {string} o.tarball the packed library
 * @param {Record<string, string>} o.dependencies the app's dependencies (react & co.)
 * @param {Record<string, string>} o.devDependencies
 * @param {string} o.locale the catalog the app imports by its public path
 * @param {string} o.lockedGroup the group the mock API refuses
 * @param {boolean} o.hostCss add host-css.html
 * @param {boolean} o.hostTests add vitest + jsdom tests
 */
export function viteAppFiles({ tarball, dependencies, devDependencies, locale, lockedGroup, hostCss, hostTests }) {
  const pages = ['index.html', ...(hostCss ? ['host-css.html'] : [])];
  return {
    'package.json': JSON.stringify(
      {
        name: 'invite-kit-consumer',
        private: true,
        version: '0.0.0',
        type: 'module',
        scripts: hostTests ? { test: 'vitest run' } : {},
        dependencies: { 'invite-kit': `file:${tarball}`, ...dependencies },
        devDependencies,
      },
      null,
      2,
    ),
    // What a careful host runs: strict, bundler resolution, and the library's
    // declarations checked too (skipLibCheck off).
    'tsconfig.json': JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          module: 'ESNext',
          moduleResolution: 'bundler',
          jsx: 'react-jsx',
          strict: true,
          // Hosts with the strictest optional-property rule can pass what they may not have.
          exactOptionalPropertyTypes: true,
          noEmit: true,
          skipLibCheck: false,
          isolatedModules: true,
          verbatimModuleSyntax: true,
          noUncheckedSideEffectImports: true,
          types: ['vite/client'],
        },
        include: ['src'],
      },
      null,
      2,
    ),
    'vite.config.ts': `import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  logLevel: 'warn',
  build: { rolldownOptions: { input: ${JSON.stringify(pages)} } },
});
`,
    'index.html': htmlPage({ lang: locale, title: 'invite-kit consumer', script: '/src/main.tsx' }),
    'src/main.tsx': `import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createInviteClient, InviteUserDialog, registerCatalog, type InviteResult } from 'invite-kit';
import catalog from 'invite-kit/locales/${locale}';
import { inviteForbidden, inviteSuccess } from 'invite-kit/msw';
import 'invite-kit/styles.css';
import { setupWorker } from 'msw/browser';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

registerCatalog('${locale}', catalog);

const client = createInviteClient({
  baseUrl: '/api/quran/',
  clientId: 'consumer-app',
  getAccessToken: async () => 'token-from-the-host',
});
const queryClient = new QueryClient();
const groupId = new URLSearchParams(location.search).get('group') ?? 'reading-circle';

const worker = setupWorker(inviteForbidden({ groupId: '${lockedGroup}' }), inviteSuccess());

function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <InviteUserDialog
        groupId={groupId}
        client={client}
        locale="${locale}"
        onInvited={(result: InviteResult) => {
          document.body.dataset.invited = result.invitee.email ?? String(result.invitee.userId);
        }}
      />
    </QueryClientProvider>
  );
}

void worker.start({ onUnhandledRequest: 'error', quiet: true }).then(() => {
  const container = document.getElementById('root');
  if (!container) throw new Error('no #root');
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
`,
    // Type-checked with the app, never rendered: optional props take what a host may not have.
    'src/optionalProps.tsx': `import { BulkInviteDialog, InviteUserDialog } from 'invite-kit';

export function OptionalProps({ locale, theme }: { locale?: string | undefined; theme?: 'light' | 'dark' | undefined }) {
  return (
    <>
      <InviteUserDialog groupId="1" locale={locale} theme={theme} messages={undefined} trigger={null} />
      <BulkInviteDialog groupId="1" locale={locale} theme={theme} max={undefined} trigger={null} />
    </>
  );
}
`,
    ...(hostCss ? hostCssFiles() : {}),
    ...(hostTests ? hostTestFiles() : {}),
  };
}
