'use client';
import type { ReactElement } from 'react';
import type { InviteClient, InviteResult } from '../api/createInviteClient.js';
import type { RetryPolicy } from '../api/decideRetry.js';
import type { InviteError } from '../api/InviteError.js';
import { useInviteClient } from '../hooks/useInviteClient.js';
import { useInviteQueryClient } from '../hooks/useInviteQueryClient.js';
import { useTranslator } from '../hooks/useTranslator.js';
import type { CheckedMessages, Messages } from '../messages/LocaleCatalog.js';
import { InviteUserPanel } from './InviteUserPanel.js';
import { ModalDialog, type TriggerProps } from './ModalDialog.js';
import type { InviteUserDialogClassNames } from './slots.js';

export interface InviteUserDialogProps<M extends Messages = Messages> {
  /** The group people are invited into. */
  groupId: string;
  /** The API client; falls back to the one of `<InviteKitProvider>`. */
  client?: InviteClient | undefined;
  /** Controlled open state. */
  open?: boolean | undefined;
  /**
   * Open state on first render when uncontrolled.
   * @default false
   */
  defaultOpen?: boolean | undefined;
  onOpenChange?: ((open: boolean) => void) | undefined;
  /**
   * The element that opens the dialog; it receives `onClick` (composed with its
   * own) and ARIA attributes. `null` renders no trigger (control `open` yourself).
   * @default a button showing the `trigger` message
   */
  trigger?: ReactElement<TriggerProps> | null | undefined;
  /**
   * A BCP 47 tag such as `ar` or `pt-BR`.
   * @default the provider's locale, else the browser's languages, else `en`
   */
  locale?: string | undefined;
  /**
   * Overrides for any subset of the messages (see the message keys in the
   * README). A message may leave out its placeholders but not add any.
   */
  messages?: (M & CheckedMessages<M>) | undefined;
  /** Overrides for the retry policy. @default DEFAULT_RETRY_POLICY */
  retryPolicy?: RetryPolicy | undefined;
  /** Called once per successful invitation. */
  onInvited?: ((result: InviteResult) => void) | undefined;
  /** Called for every failed attempt with its typed error. */
  onError?: ((error: InviteError) => void) | undefined;
  /** A class for the `<dialog>` element. */
  className?: string | undefined;
  /** A class for any part, by its `data-slot` name. */
  classNames?: InviteUserDialogClassNames | undefined;
  /**
   * Forces a colour scheme; otherwise it follows `prefers-color-scheme`
   * (or a `data-theme` on an ancestor).
   */
  theme?: 'light' | 'dark' | undefined;
}

/**
 * A modal dialog for inviting one person into a group by email or user ID,
 * built on the native `<dialog>` (top layer, inert background, Escape).
 */
export function InviteUserDialog<const M extends Messages = Messages>({
  groupId,
  client,
  locale,
  messages,
  retryPolicy,
  onInvited,
  onError,
  classNames,
  ...shell
}: InviteUserDialogProps<M>) {
  // Fails on first render, not on first open, when no client is supplied.
  useInviteClient(client);
  // Set up the QueryClient with the trigger, not on first open: its online
  // manager only learns of going offline from events it was listening for.
  useInviteQueryClient();
  const translator = useTranslator({ locale, messages });

  return (
    <ModalDialog {...shell} classNames={classNames} translator={translator} triggerLabel={translator.t('trigger')}>
      {(panel) => (
        <InviteUserPanel
          {...panel}
          groupId={groupId}
          client={client}
          retryPolicy={retryPolicy}
          onInvited={onInvited}
          onError={onError}
          translator={translator}
          classNames={classNames}
        />
      )}
    </ModalDialog>
  );
}
