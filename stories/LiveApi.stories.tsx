import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId, useMemo, useRef, useState } from 'react';
import { createInviteClient, InviteUserDialog } from '../src/index.js';

interface LiveApiProps {
  /** Where the API lives; a host usually points this at its own proxy. */
  baseUrl: string;
  groupId: string;
}

/** Try the real service: the token stays in this page's memory and goes only into the `x-auth-token` header. */
function LiveApiForm(props: LiveApiProps) {
  const [baseUrl, setBaseUrl] = useState(props.baseUrl);
  const [clientId, setClientId] = useState('');
  const [token, setToken] = useState('');
  const [groupId, setGroupId] = useState(props.groupId);
  const tokenRef = useRef(token);
  tokenRef.current = token;
  const client = useMemo(
    () =>
      baseUrl.trim() === ''
        ? null
        : createInviteClient({ baseUrl, clientId, getAccessToken: () => tokenRef.current }),
    [baseUrl, clientId],
  );
  const ids = { baseUrl: useId(), clientId: useId(), token: useId(), groupId: useId() };
  const field = { display: 'grid', gap: '0.25rem' } as const;
  const input = { minBlockSize: '2.5rem', font: 'inherit', padding: '0 0.5rem' } as const;

  return (
    <div style={{ display: 'grid', gap: '1rem', maxInlineSize: '36rem' }}>
      <p style={{ margin: 0 }}>
        Requests leave this browser for the address below. The provider may refuse direct browser calls (CORS): use a
        proxy of your own as the base URL if it does.
      </p>
      <div style={field}>
        <label htmlFor={ids.baseUrl}>Base URL</label>
        <input id={ids.baseUrl} style={input} value={baseUrl} onChange={(e) => setBaseUrl(e.target.value)} />
      </div>
      <div style={field}>
        <label htmlFor={ids.clientId}>Client ID (x-client-id)</label>
        <input id={ids.clientId} style={input} value={clientId} onChange={(e) => setClientId(e.target.value)} />
      </div>
      <div style={field}>
        <label htmlFor={ids.token}>Access token (x-auth-token)</label>
        <input
          id={ids.token}
          style={input}
          type="password"
          autoComplete="off"
          value={token}
          onChange={(e) => setToken(e.target.value)}
        />
      </div>
      <div style={field}>
        <label htmlFor={ids.groupId}>Group ID</label>
        <input id={ids.groupId} style={input} value={groupId} onChange={(e) => setGroupId(e.target.value)} />
      </div>
      <div>{client && groupId.trim() !== '' ? <InviteUserDialog groupId={groupId} client={client} /> : null}</div>
    </div>
  );
}

const meta = {
  title: 'InviteUserDialog/Live API',
  component: LiveApiForm,
  // Needs the network and real credentials: never part of the test run.
  tags: ['!test'],
  args: { baseUrl: 'https://apis-prelive.quran.foundation/auth', groupId: '' },
} satisfies Meta<typeof LiveApiForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Type a base URL, a client id and a user's token to invite through the real service. */
export const LiveApi: Story = {};
