import type { Meta, StoryObj } from '@storybook/react-vite';
import { getResponse, http, type HttpHandler } from 'msw';
import { useEffect, useMemo, useState } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import { DEFAULT_RETRY_POLICY, InviteUserDialog } from '../src/index.js';
import { BUILT_IN_LOCALES } from '../src/locales/index.js';
import { INVITE_USER_PATH, inviteHandlers, type InviteScenario } from '../src/msw/index.js';
import { createMockClient } from './createMockClient.js';
import { say, submitInvitee } from './playHelpers.js';

interface PlaygroundProps {
  /** How the mock API answers (any scenario of `inviteHandlers`). */
  scenario: InviteScenario;
  locale: string;
  theme: 'light' | 'dark';
  /** `retryPolicy.maxAutoRetries` */
  maxAutoRetries: number;
  /** `retryPolicy.maxRetryAfterMs`, in seconds */
  maxRetryAfterSeconds: number;
}

// The scenario the controls picked, read by the one handler the story installs,
// so a change of control takes effect without reloading the story.
const selected: { scenario: InviteScenario; handler: HttpHandler | null; madeFor: InviteScenario | null } = {
  scenario: 'success',
  handler: null,
  madeFor: null,
};

function currentHandler(): HttpHandler {
  if (!selected.handler || selected.madeFor !== selected.scenario) {
    // Stateful scenarios (fail then succeed, rate limiter) start over when picked.
    selected.handler = inviteHandlers[selected.scenario]();
    selected.madeFor = selected.scenario;
  }
  return selected.handler;
}

function PlaygroundDialog({ scenario, locale, theme, maxAutoRetries, maxRetryAfterSeconds }: PlaygroundProps) {
  useEffect(() => {
    selected.scenario = scenario;
  }, [scenario]);
  // A fresh client per scenario: a client remembers the waits a server asked for.
  const client = useMemo(() => createMockClient(), [scenario]); // eslint-disable-line react-hooks/exhaustive-deps
  const retryPolicy = useMemo(
    () => ({ maxAutoRetries, maxRetryAfterMs: maxRetryAfterSeconds * 1000 }),
    [maxAutoRetries, maxRetryAfterSeconds],
  );
  const [open, setOpen] = useState(true);
  return (
    <div data-theme={theme}>
      <InviteUserDialog
        key={scenario}
        groupId="playground"
        client={client}
        locale={locale}
        theme={theme}
        retryPolicy={retryPolicy}
        open={open}
        onOpenChange={setOpen}
      />
    </div>
  );
}

const meta = {
  title: 'InviteUserDialog/Playground',
  component: PlaygroundDialog,
  args: {
    scenario: 'success',
    locale: 'en',
    theme: 'light',
    maxAutoRetries: DEFAULT_RETRY_POLICY.maxAutoRetries,
    maxRetryAfterSeconds: DEFAULT_RETRY_POLICY.maxRetryAfterMs / 1000,
  },
  argTypes: {
    scenario: { control: 'select', options: Object.keys(inviteHandlers) },
    locale: { control: 'select', options: BUILT_IN_LOCALES },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    maxAutoRetries: { control: { type: 'number', min: 0, max: 5, step: 1 } },
    maxRetryAfterSeconds: { control: { type: 'range', min: 0, max: 120, step: 1 } },
  },
  beforeEach({ msw, args }) {
    selected.scenario = args.scenario;
    selected.handler = null;
    msw.use(http.put(INVITE_USER_PATH, ({ request }) => getResponse([currentHandler()], request)));
  },
} satisfies Meta<typeof PlaygroundDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Pick how the mock API answers, the locale, the theme and the retry policy in the controls. */
export const Playground: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await submitInvitee(canvasElement, 'someone@example.org');
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent(say('success', { invitee: 'someone@example.org' })),
    );
  },
};
