// A second page of the Vite app: the global CSS a host really has (the kind
// the default Vite template ships), loaded after invite-kit/styles.css, and
// the dark theme forced. `?classes=host` passes a host class for the title.
import { htmlPage } from './htmlPage.mjs';
export function hostCssFiles() {
  return {
    'host-css.html': htmlPage({ title: "invite-kit under a host's global CSS", script: '/src/host-css.tsx' }),
    'src/host-css.tsx': `import { createInviteClient, InviteUserDialog } from 'invite-kit';
import 'invite-kit/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './host.css';

const client = createInviteClient({
  baseUrl: '/api/quran',
  clientId: 'consumer-app',
  getAccessToken: async () => 'token-from-the-host',
});
const withHostClass = new URLSearchParams(location.search).get('classes') === 'host';

const container = document.getElementById('root');
if (!container) throw new Error('no #root');
createRoot(container).render(
  <StrictMode>
    <h1>Group settings</h1>
    <p>Members of this group can read together.</p>
    <InviteUserDialog
      groupId="reading-circle"
      client={client}
      locale="en"
      theme="dark"
      classNames={withHostClass ? { title: 'host-title' } : undefined}
    />
  </StrictMode>,
);
`,
    // The default Vite + React template's global rules, plus one host class.
    'src/host.css': `:root {
  font-family: system-ui, Avenir, Helvetica, Arial, sans-serif;
  line-height: 1.5;
  color-scheme: light dark;
  color: #213547;
  background-color: #ffffff;
}
#root {
  max-width: 1280px;
  margin: 0 auto;
  padding: 2rem;
  text-align: center;
}
h1,
h2 {
  color: #213547;
}
p {
  color: #213547;
}
button {
  border-radius: 8px;
  border: 1px solid transparent;
  padding: 0.6em 1.2em;
  background-color: #f9f9f9;
  color: #213547;
}
.host-title {
  color: rgb(1, 2, 3);
}
`,
  };
}
