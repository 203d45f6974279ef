'use client';
import type { InviteResult } from '../api/createInviteClient.js';
import type { RetryPolicy } from '../api/decideRetry.js';
import type { InviteError } from '../api/InviteError.js';
import { useInviteClient } from '../hooks/useInviteClient.js';
import { useInviteQueryClient } from '../hooks/useInviteQueryClient.js';
import { useTranslator } from '../hooks/useTranslator.js';
import type { CheckedMessages, Messages } from '../messages/LocaleCatalog.js';
import { InviteUserPanel } from './InviteUserPanel.js';
import { ModalDialog } from './ModalDialog.js';
import type { SharedDialogProps } from './SharedDialogProps.js';
import type { InviteUserDialogClassNames } from './slots.js';

export interface InviteUserDialogProps<M extends Messages = Messages> extends SharedDialogProps {
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
  /** A class for any part, by its `data-slot` name. */
  classNames?: InviteUserDialogClassNames | undefined;
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
