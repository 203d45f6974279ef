// A Next.js App Router host. The page is a Server Component that renders a
// 'use client' wrapper around the dialog; the browser client talks to the
// host's own Route Handler, which proxies to the provider (here a loopback
// mock, INVITE_UPSTREAM_URL) with the React-free part imported from the main
// entry, `invite-kit`, in server code.
export const NEXT_SERVER_CLIENT_ID = 'next-host-server';

export function nextAppFiles({ tarball, dependencies, devDependencies }) {
  return {
    'package.json': JSON.stringify(
      {
        name: 'invite-kit-next',
        private: true,
        version: '0.0.0',
        scripts: { build: 'next build', start: 'next start' },
        dependencies: { 'invite-kit': `file:${tarball}`, ...dependencies },
        devDependencies,
      },
      null,
      2,
    ),
    'next.config.mjs': `/** @type {import('next').NextConfig} */
const nextConfig = {};
export default nextConfig;
`,
    'tsconfig.json': JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          lib: ['dom', 'dom.iterable', 'esnext'],
          allowJs: false,
          skipLibCheck: true,
          strict: true,
          noEmit: true,
          esModuleInterop: true,
          module: 'esnext',
          moduleResolution: 'bundler',
          resolveJsonModule: true,
          isolatedModules: true,
          jsx: 'react-jsx',
          incremental: true,
          plugins: [{ name: 'next' }],
        },
        include: ['next-env.d.ts', '**/*.ts', '**/*.tsx', '.next/types/**/*.ts', '.next/dev/types/**/*.ts'],
        exclude: ['node_modules'],
      },
      null,
      2,
    ),
    // An icon of its own, so the browser asks for no /favicon.ico (a 404 in the console).
    'app/icon.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="8" fill="#1d4ed8"/></svg>\n',
    'app/layout.tsx': `import type { ReactNode } from 'react';

export const metadata = { title: 'invite-kit in Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
    'app/page.tsx': `import { InviteWidget } from './invite-widget';

export default async function Page({ searchParams }: { searchParams: Promise<{ group?: string }> }) {
  const { group } = await searchParams;
  return (
    <main>
      <h1>Group settings</h1>
      <InviteWidget groupId={group ?? 'reading-circle'} />
    </main>
  );
}
`,
    'app/invite-widget.tsx': `'use client';
import { createInviteClient, InviteUserDialog } from 'invite-kit';
import 'invite-kit/styles.css';
import { useEffect } from 'react';

// One client for the page, at module scope: it also runs during the server render.
const client = createInviteClient({
  baseUrl: '/api/quran',
  clientId: 'next-host-browser',
  getAccessToken: async () => 'token-from-the-host',
});

export function InviteWidget({ groupId }: { groupId: string }) {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return (
    <InviteUserDialog
      groupId={groupId}
      client={client}
      onInvited={(result) => {
        document.documentElement.dataset.invited = result.invitee.email ?? String(result.invitee.userId);
      }}
    />
  );
}
`,
    // The host's proxy: same path under /api/quran as the provider's under its baseUrl.
    'app/api/quran/v1/groups/[groupId]/inviteUser/route.ts': `import { createInviteClient, isInviteError, parseInvitee } from 'invite-kit';

function problem(status: number, type: string, message: string) {
  return Response.json({ message, type, success: false }, { status });
}

export async function PUT(request: Request, { params }: { params: Promise<{ groupId: string }> }) {
  const { groupId } = await params;
  const upstream = process.env.INVITE_UPSTREAM_URL;
  if (!upstream) return problem(500, 'internal_server_error', 'INVITE_UPSTREAM_URL is not set.');

  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return problem(400, 'invalid_request', 'The body is not JSON.');
  }
  const raw =
    body && typeof body === 'object' && 'email' in body ? body.email : body && typeof body === 'object' && 'userId' in body ? body.userId : '';
  const parsed = parseInvitee(String(raw));
  if (!parsed.ok) return problem(400, 'invalid_request', 'The body must hold one email or user ID.');

  const client = createInviteClient({
    baseUrl: upstream,
    clientId: process.env.INVITE_CLIENT_ID ?? '',
    getAccessToken: () => request.headers.get('x-auth-token') ?? '',
  });
  try {
    const result = await client.inviteUser({ groupId, invitee: parsed.invitee, signal: request.signal });
    return Response.json({ success: true, data: { message: result.message ?? 'User has been invited successfully.' } });
  } catch (error) {
    if (!isInviteError(error)) throw error;
    const headers: Record<string, string> = {};
    if (error.retryAfterMs !== null) headers['retry-after'] = String(Math.ceil(error.retryAfterMs / 1000));
    return Response.json(
      { message: error.serverMessage ?? error.message, type: error.type, success: false },
      { status: error.status ?? 502, headers },
    );
  }
}
`,
  };
}
