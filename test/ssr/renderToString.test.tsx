// @vitest-environment node
import { describe, expect, it } from 'vitest';

describe('given a server render (no window, no document)', () => {
  it('should import the library without touching browser globals', async () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    await expect(import('../../src/index.js')).resolves.toHaveProperty('InviteUserDialog');
  });

  it('should render the closed dialog with its trigger', async () => {
    const { renderToString } = await import('react-dom/server');
    const { createInviteClient, InviteUserDialog } = await import('../../src/index.js');
    const client = createInviteClient({ baseUrl: '/api', clientId: 'c', getAccessToken: () => 'secret-token' });
    const html = renderToString(<InviteUserDialog groupId="1" client={client} />);
    expect(html).toContain('Invite someone</button>');
    expect(html).toMatch(/<dialog[^>]*data-slot="dialog"/);
    expect(html).not.toMatch(/<dialog[^>]* open/);
    expect(html).not.toContain('secret-token');
  });

  it('should render defaultOpen with its content inside a dialog that opens on the client', async () => {
    const { renderToString } = await import('react-dom/server');
    const { createInviteClient, InviteUserDialog } = await import('../../src/index.js');
    const client = createInviteClient({ baseUrl: '/api', clientId: 'c', getAccessToken: () => 'secret-token' });
    const html = renderToString(<InviteUserDialog groupId="1" client={client} defaultOpen />);
    expect(html).toContain('Invite someone to this group');
    expect(html).toContain('Email or user ID');
    // showModal() can only run in the browser; the markup must not claim the dialog is open.
    expect(html).not.toMatch(/<dialog[^>]* open/);
  });

  it('should render the bulk dialog, closed and open, without touching browser globals', async () => {
    const { renderToString } = await import('react-dom/server');
    const { BulkInviteDialog, createInviteClient } = await import('../../src/index.js');
    const client = createInviteClient({ baseUrl: '/api', clientId: 'c', getAccessToken: () => 'secret-token' });
    expect(renderToString(<BulkInviteDialog groupId="1" client={client} />)).toContain('Invite several people</button>');
    const open = renderToString(<BulkInviteDialog groupId="1" client={client} defaultOpen />);
    expect(open).toContain('Emails or user IDs');
    expect(open).not.toMatch(/<dialog[^>]* open/);
  });
});
