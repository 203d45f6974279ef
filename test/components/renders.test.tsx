import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createInviteClient } from '../../src/api/createInviteClient.js';
import { InviteUserDialog } from '../../src/components/InviteUserDialog.js';
import { en } from '../../src/locales/en.js';

afterEach(() => {
  cleanup();
});

const TYPED = 'someone@example.test'; // 20 characters

describe('InviteUserDialog renders', () => {
  describe('given an open dialog', () => {
    it(`should commit no re-render of the dialog while ${TYPED.length} characters are typed into the field`, async () => {
      const user = userEvent.setup();
      const client = createInviteClient({ baseUrl: 'https://api.example.test', clientId: 'c', getAccessToken: () => 't' });
      const commits: string[] = [];
      render(
        <Profiler id="invite-user-dialog" onRender={(_id, phase) => commits.push(phase)}>
          <InviteUserDialog groupId="1234" client={client} defaultOpen />
        </Profiler>,
      );
      const field = screen.getByRole('textbox', { name: en['field.label'] });
      expect(commits.length, 'the dialog should have rendered before typing').toBeGreaterThan(0);
      commits.length = 0;

      await user.type(field, TYPED);

      expect(field).toHaveValue(TYPED);
      expect(commits, `measured ${commits.length} commits (${commits.join(', ')}) for ${TYPED.length} keystrokes`).toEqual([]);
    });
  });
});
