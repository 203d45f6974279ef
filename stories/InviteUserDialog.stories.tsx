import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type CSSProperties } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { en, InviteUserDialog } from '../src/index.js';
import { ar } from '../src/locales/ar.js';
import { inviteRateLimited, inviteSlow, inviteSuccess } from '../src/msw/index.js';
import { createCountingMockClient } from './createMockClient.js';
import { formIn, say, submitInvitee } from './playHelpers.js';
import { dialogArgTypes } from './dialogArgTypes.js';

const meta = {
  title: 'InviteUserDialog',
  component: InviteUserDialog,
  tags: ['autodocs'],
  args: {
    groupId: 'demo',
    defaultOpen: true,
    onInvited: fn(),
    onError: fn(),
    onOpenChange: fn(),
  },
  argTypes: dialogArgTypes,
  parameters: {
    docs: {
      description: {
        component:
          'A modal dialog that invites one person into a group by email or user ID. Every example runs on the built-in mock API (`invite-kit/msw`).',
      },
    },
  },
} satisfies Meta<typeof InviteUserDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The page before anyone opens the dialog: only the default trigger. */
export const Closed: Story = {
  args: { groupId: 'closed', defaultOpen: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: en.trigger });
    await expect(trigger).toBeVisible();
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await expect(canvas.queryByRole('dialog')).not.toBeInTheDocument();
  },
};

/** Opened from its trigger: focus moves into the field; closing returns focus to the trigger. */
export const Open: Story = {
  args: { groupId: 'open', defaultOpen: false },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: en.trigger });
    await userEvent.click(trigger);

    const dialog = await canvas.findByRole('dialog', { name: en.title });
    await expect(dialog).toHaveAccessibleDescription(en.description);
    await expect(within(dialog).getByRole('textbox', { name: en['field.label'] })).toHaveFocus();
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await expect(args.onOpenChange).toHaveBeenLastCalledWith(true);

    await userEvent.click(within(dialog).getByRole('button', { name: en.close }));
    await waitFor(() => expect(canvas.queryByRole('dialog')).not.toBeInTheDocument());
    await expect(trigger).toHaveFocus();
    await expect(args.onOpenChange).toHaveBeenLastCalledWith(false);

    // Left open for the accessibility check.
    await userEvent.click(trigger);
    await canvas.findByRole('dialog', { name: en.title });
  },
};

/** Sending an empty field: the message sits at the field and nothing is sent. */
export const ValidationEmpty: Story = {
  args: { groupId: 'validation-empty' },
  play: async ({ canvasElement, args }) => {
    const dialog = await submitInvitee(canvasElement, '');
    const field = within(dialog).getByRole('textbox', { name: en['field.label'] });
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    await expect(field).toHaveAccessibleDescription(en['validation.required']);
    await expect(formIn(dialog)).toHaveAttribute('data-status', 'idle');
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

/** Something with an `@` that is not an email address. */
export const ValidationBadEmail: Story = {
  args: { groupId: 'validation-email' },
  play: async ({ canvasElement, args }) => {
    const dialog = await submitInvitee(canvasElement, 'name@example');
    const field = within(dialog).getByRole('textbox', { name: en['field.label'] });
    await waitFor(() => expect(field).toHaveAccessibleDescription(en['validation.email']));
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveValue('name@example');
    await expect(formIn(dialog)).toHaveAttribute('data-status', 'idle');
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

/** Digits that are not a user ID (a user ID is a positive whole number). */
export const ValidationBadUserId: Story = {
  args: { groupId: 'validation-user-id' },
  play: async ({ canvasElement, args }) => {
    const dialog = await submitInvitee(canvasElement, '15.3');
    const field = within(dialog).getByRole('textbox', { name: en['field.label'] });
    await waitFor(() => expect(field).toHaveAccessibleDescription(en['validation.userId']));
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(formIn(dialog)).toHaveAttribute('data-status', 'idle');
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

// The Submitting story's client, made afresh for each run of the story.
let submitting = createCountingMockClient({ timeoutMs: Infinity });

/**
 * While the request is on its way. The mock never answers and this story's
 * client never gives up, so the story stays in this state.
 */
export const Submitting: Story = {
  args: { groupId: 'submitting' },
  beforeEach({ msw, args }) {
    submitting = createCountingMockClient({ timeoutMs: Infinity });
    msw.use(inviteSlow({ groupId: args.groupId, delay: 'infinite' }));
  },
  render: function Render(args) {
    const [client] = useState(() => submitting.client);
    return <InviteUserDialog {...args} client={client} />;
  },
  play: async ({ canvasElement, args }) => {
    const dialog = await submitInvitee(canvasElement, 'someone@example.org');
    const submit = await within(dialog).findByRole('button', { name: en.submitting });
    await expect(submit).toHaveAttribute('aria-disabled', 'true');
    await expect(formIn(dialog)).toHaveAttribute('data-status', 'submitting');
    await expect(submitting.sent()).toBe(1);

    // A second click while busy sends nothing more and changes nothing.
    await userEvent.click(submit);
    await expect(submitting.sent()).toBe(1);
    await expect(formIn(dialog)).toHaveAttribute('data-status', 'submitting');
    await expect(submit).toHaveAttribute('aria-disabled', 'true');
    await expect(args.onInvited).not.toHaveBeenCalled();
  },
};

/** The invitation went through: a confirmation, the callback called once, focus on "Invite someone else". */
export const Success: Story = {
  args: { groupId: 'success' },
  beforeEach({ msw, args }) {
    msw.use(inviteSuccess({ groupId: args.groupId }));
  },
  play: async ({ canvasElement, args }) => {
    const dialog = await submitInvitee(canvasElement, 'Someone@Example.ORG');
    const status = within(dialog).getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent(say('success', { invitee: 'Someone@example.org' })));
    await expect(formIn(dialog)).toHaveAttribute('data-status', 'success');
    await expect(args.onInvited).toHaveBeenCalledTimes(1);
    await expect(args.onInvited).toHaveBeenCalledWith(
      expect.objectContaining({ groupId: 'success', invitee: { email: 'Someone@example.org' } }),
    );
    await expect(within(dialog).queryByRole('textbox', { name: en['field.label'] })).not.toBeInTheDocument();
    const again = within(dialog).getByRole('button', { name: en.inviteAnother });
    await waitFor(() => expect(again).toHaveFocus());
  },
};

/** After a success, "Invite someone else" starts over: an empty field, with focus, ready for the next person. */
export const InviteAnother: Story = {
  args: { groupId: 'invite-another' },
  beforeEach({ msw, args }) {
    msw.use(inviteSuccess({ groupId: args.groupId }));
  },
  play: async ({ canvasElement, args }) => {
    const dialog = await submitInvitee(canvasElement, 'someone@example.org');
    const again = await within(dialog).findByRole('button', { name: en.inviteAnother });
    await expect(args.onInvited).toHaveBeenCalledTimes(1);

    await userEvent.click(again);
    const field = await within(dialog).findByRole('textbox', { name: en['field.label'] });
    await expect(field).toHaveValue('');
    await waitFor(() => expect(field).toHaveFocus());
    await expect(formIn(dialog)).toHaveAttribute('data-status', 'idle');
    await expect(within(dialog).queryByRole('button', { name: en.inviteAnother })).not.toBeInTheDocument();
    await expect(within(dialog).getByRole('button', { name: en.submit })).not.toHaveAttribute('aria-disabled');
    await expect(within(dialog).getByRole('status')).not.toHaveTextContent(say('success', { invitee: 'someone@example.org' }));
    await expect(args.onInvited).toHaveBeenCalledTimes(1);
  },
};

/** Forced dark through the `theme` prop and the toolbar's theme. */
export const DarkTheme: Story = {
  args: { groupId: 'dark', theme: 'dark' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement).findByRole('dialog', { name: en.title });
    await expect(dialog).toHaveAttribute('data-theme', 'dark');
    await expect(getComputedStyle(dialog).colorScheme).toBe('dark');
    // --invite-kit-bg's dark value.
    await expect(getComputedStyle(dialog).backgroundColor).toBe('rgb(28, 28, 33)');
  },
};

/** A host's own look, set only through `--invite-kit-*` custom properties on an ancestor. */
export const CustomTheme: Story = {
  args: { groupId: 'custom-theme' },
  render: (args) => (
    <div
      style={
        {
          '--invite-kit-accent': '#7c2d12',
          '--invite-kit-accent-fg': '#ffffff',
          '--invite-kit-focus': '#7c2d12',
          '--invite-kit-bg': '#fffbeb',
          '--invite-kit-fg': '#1c1917',
          '--invite-kit-muted': '#57534e',
          '--invite-kit-border': '#78716c',
          '--invite-kit-radius': '0px',
          '--invite-kit-font': 'Georgia, "Times New Roman", serif',
        } as CSSProperties
      }
    >
      <InviteUserDialog {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement).findByRole('dialog', { name: en.title });
    const submit = within(dialog).getByRole('button', { name: en.submit });
    await expect(getComputedStyle(submit).backgroundColor).toBe('rgb(124, 45, 18)');
    await expect(getComputedStyle(submit).borderTopLeftRadius).toBe('0px');
    await expect(getComputedStyle(dialog).backgroundColor).toBe('rgb(255, 251, 235)');
    await expect(getComputedStyle(dialog).fontFamily).toContain('Georgia');
  },
};

/** Arabic: right to left, the Arabic catalog (loaded on demand), Arabic messages at the field. */
export const RtlArabic: Story = {
  args: { groupId: 'rtl', locale: 'ar' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const dialog = await canvas.findByRole('dialog', { name: ar.title });
    await expect(dialog).toHaveAttribute('dir', 'rtl');
    await expect(canvas.getByRole('button', { name: ar.trigger })).toHaveAttribute('dir', 'rtl');

    await userEvent.click(within(dialog).getByRole('button', { name: ar.submit }));
    const field = within(dialog).getByRole('textbox', { name: ar['field.label'] });
    await waitFor(() => expect(field).toHaveAccessibleDescription(ar['validation.required']));
  },
};

/**
 * Egyptian Arabic counts down in Arabic-Indic digits (٣٠، ٢٩، …) while the
 * server asks to wait. The wait is 30 s, so the story stays in its countdown
 * well past its own checks.
 */
export const ArabicCountdown: Story = {
  args: { groupId: 'rtl-countdown', locale: 'ar-EG' },
  beforeEach({ msw, args }) {
    msw.use(inviteRateLimited({ groupId: args.groupId, retryAfter: 30 }));
  },
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement).findByRole('dialog', { name: ar.title });
    await userEvent.type(within(dialog).getByRole('textbox', { name: ar['field.label'] }), '153');
    await userEvent.click(within(dialog).getByRole('button', { name: ar.submit }));
    const timer = await within(dialog).findByRole('timer');
    // Two digits: at least 15 of the 30 seconds are left while the story's test can still be running.
    await expect(timer.textContent).toMatch(/[٠-٩]{2}/);
    await expect(timer.textContent).not.toMatch(/[0-9]/);
    await expect(within(dialog).getByRole('alert')).toHaveTextContent(ar['error.rate_limit_exceeded']);
  },
};
