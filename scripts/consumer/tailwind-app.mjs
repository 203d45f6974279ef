// A fresh Vite app styled with Tailwind v4, using the README's recipe: the
// layer order declared first, Tailwind, then the library's layered sheet.
// Utilities reach the dialog's parts through `className` and `classNames`.
import { htmlPage } from './htmlPage.mjs';
export function tailwindAppFiles({ tarball, dependencies, devDependencies }) {
  return {
    'package.json': JSON.stringify(
      {
        name: 'invite-kit-tailwind',
        private: true,
        version: '0.0.0',
        type: 'module',
        dependencies: { 'invite-kit': `file:${tarball}`, ...dependencies },
        devDependencies,
      },
      null,
      2,
    ),
    'vite.config.ts': `import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({ plugins: [react(), tailwindcss()], logLevel: 'warn' });
`,
    'index.html': htmlPage({ title: 'invite-kit under Tailwind v4', script: '/src/main.tsx' }),
    'src/app.css': `@layer theme, base, invite-kit, components, utilities;
@import "tailwindcss";
@import "invite-kit/styles.layer.css";
`,
    'src/main.tsx': `import { createInviteClient, InviteUserDialog } from 'invite-kit';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app.css';

const client = createInviteClient({
  baseUrl: '/api/quran',
  clientId: 'tailwind-app',
  getAccessToken: async () => 'token-from-the-host',
});

const container = document.getElementById('root');
if (!container) throw new Error('no #root');
createRoot(container).render(
  <StrictMode>
    <main className="p-8">
      <h1 className="text-2xl font-bold">Group settings</h1>
      <InviteUserDialog
        groupId="reading-circle"
        client={client}
        locale="en"
        className="font-mono"
        classNames={{ title: 'text-red-600', submit: 'rounded-none' }}
      />
    </main>
  </StrictMode>,
);
`,
  };
}
