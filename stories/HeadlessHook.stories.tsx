import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { en } from '../src/index.js';
import { inviteFailThenSucceed } from '../src/msw/index.js';
import { CustomInviteForm } from './CustomInviteForm.js';
import { recordStates, say } from './playHelpers.js';

/**
 * `useInviteUser` without the dialog: the same client, retry policy and
 * waits, driving a host's own markup (see `stories/CustomInviteForm.tsx`).
 */
const meta = {
  title: 'Headless/useInviteUser',
  component: CustomInviteForm,
  tags: ['autodocs'],
  args: { groupId: 'headless' },
} satisfies Meta<typeof CustomInviteForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A 503 with `Retry-After: 1`, then success: the hook's status, wait and result shown inline. */
export const CustomUi: Story = {
  beforeEach({ msw, args }) {
    msw.use(inviteFailThenSucceed({ groupId: args.groupId, failWith: 'service_unavailable', retryAfter: 1 }));
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const form = canvasElement.querySelector('form')!;
    const states = recordStates(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: en['field.label'] }), 'someone@example.org');
    await userEvent.click(canvas.getByRole('button', { name: en.submit }));

    const status = canvas.getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent(say('success', { invitee: 'someone@example.org' })));
    states.stop();
    await expect(form).toHaveAttribute('data-status', 'success');

    // On the way: the hook's wait, shown inline, with the button refusing meanwhile.
    await expect(states.statuses()).toEqual(['idle', 'submitting', 'waiting', 'submitting', 'success']);
    const waiting = states.inStatus('waiting');
    await expect(waiting[0]?.live).toBe(`${en['error.service_unavailable']} ${say('retry.auto', { seconds: 1 })}`);
    for (const state of waiting) await expect(state.blocked).toBe(true);
  },
};
