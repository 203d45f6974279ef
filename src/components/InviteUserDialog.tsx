'use client';
import {
  cloneElement,
  isValidElement,
  useId,
  useLayoutEffect as useLayoutEffectOnClient,
  useEffect,
  useRef,
  type KeyboardEvent,
  type MouseEvent,
  type ReactElement,
} from 'react';
import type { InviteClient, InviteResult } from '../api/createInviteClient.js';
import type { RetryPolicy } from '../api/decideRetry.js';
import type { InviteError } from '../api/InviteError.js';
import { useControllableState } from '../hooks/useControllableState.js';
import { useInviteClient } from '../hooks/useInviteClient.js';
import { useInviteQueryClient } from '../hooks/useInviteQueryClient.js';
import { useTranslator } from '../hooks/useTranslator.js';
import type { Messages } from '../messages/LocaleCatalog.js';
import { composeEventHandlers } from './composeEventHandlers.js';
import { InviteUserPanel } from './InviteUserPanel.js';
import { slot, type InviteUserDialogClassNames } from './slots.js';

// useLayoutEffect warns during a server render (React 18); nothing here needs to run there.
const useLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffectOnClient;

export interface InviteUserDialogProps {
  /** The group people are invited into. */
  groupId: string;
  /** The API client; falls back to the one of `<InviteKitProvider>`. */
  client?: InviteClient;
  /** Controlled open state. */
  open?: boolean;
  /**
   * Open state on first render when uncontrolled.
   * @default false
   */
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /**
   * The element that opens the dialog; it receives `onClick` (composed with its
   * own) and ARIA attributes. `null` renders no trigger (control `open` yourself).
   * @default a button labelled with the `trigger` message
   */
  trigger?: ReactElement<TriggerProps> | null;
  /**
   * A BCP 47 tag such as `ar` or `pt-BR`.
   * @default the provider's locale, else the browser's languages, else `en`
   */
  locale?: string;
  /** Overrides for any subset of the messages (see the message keys in the README). */
  messages?: Messages;
  /** Overrides for the retry policy. @default DEFAULT_RETRY_POLICY */
  retryPolicy?: RetryPolicy;
  /** Called once per successful invitation. */
  onInvited?: (result: InviteResult) => void;
  /** Called for every failed attempt with its typed error. */
  onError?: (error: InviteError) => void;
  /** A class for the `<dialog>` element. */
  className?: string;
  /** A class for any part, by its `data-slot` name. */
  classNames?: InviteUserDialogClassNames;
  /**
   * Forces a colour scheme; otherwise it follows `prefers-color-scheme`
   * (or a `data-theme` on an ancestor).
   */
  theme?: 'light' | 'dark';
}

interface TriggerProps {
  onClick?: (event: MouseEvent<HTMLElement>) => void;
  'aria-haspopup'?: 'dialog';
  'aria-expanded'?: boolean;
  'aria-controls'?: string;
}

/**
 * A modal dialog for inviting one person into a group by email or user ID,
 * built on the native `<dialog>` (top layer, inert background, Escape).
 */
export function InviteUserDialog({
  groupId,
  client,
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  trigger,
  locale,
  messages,
  retryPolicy,
  onInvited,
  onError,
  className,
  classNames: cn,
  theme,
}: InviteUserDialogProps) {
  // Fails on first render, not on first open, when no client is supplied.
  useInviteClient(client);
  // Set up the QueryClient with the trigger, not on first open: its online
  // manager only learns of going offline from events it was listening for.
  useInviteQueryClient();
  const [open, setOpen] = useControllableState(openProp, defaultOpen, onOpenChange);
  const translator = useTranslator({ locale, messages });
  const dialogRef = useRef<HTMLDialogElement>(null);
  const id = useId();
  const dialogId = `${id}dialog`;

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      // showModal() focuses the first focusable element, which is the field;
      // focusing again would cost a second style recalculation.
      dialog.showModal();
      const field = dialog.querySelector('input');
      if (field && document.activeElement !== field) field.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  // Focus goes back to the trigger by itself: close() on a modal <dialog>
  // restores the element focused before showModal() (HTML's dialog focusing steps).

  const close = () => setOpen(false);

  // Keeps Tab inside the dialog: a modal <dialog> makes the page inert, but
  // browsers still let focus leave to their own UI from the last element.
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    // A held Enter acts once: its auto-repeats would submit again, or press
    // whatever button takes focus next ("Invite someone else" after a success).
    if (event.repeat && event.key === 'Enter') event.preventDefault();
    if (event.key !== 'Tab') return;
    // The dialog holds only our own markup: buttons and one input, never disabled.
    const focusable = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('button,input'));
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  const triggerProps: TriggerProps = {
    'aria-haspopup': 'dialog',
    'aria-expanded': open,
    'aria-controls': open ? dialogId : undefined,
  };
  const triggerElement =
    trigger === null ? null : isValidElement<TriggerProps>(trigger) ? (
      cloneElement(trigger, { ...triggerProps, onClick: composeEventHandlers(trigger.props.onClick, () => setOpen(true)) })
    ) : (
      <button
        type="button"
        data-invite-kit=""
        data-theme={theme}
        dir={translator.dir}
        lang={translator.locale}
        onClick={() => setOpen(true)}
        {...triggerProps}
        {...slot('trigger', cn)}
      >
        {translator.t('trigger')}
      </button>
    );

  return (
    <>
      {triggerElement}
      <dialog
        ref={dialogRef}
        id={dialogId}
        aria-labelledby={`${id}title`}
        aria-describedby={`${id}description`}
        aria-modal="true"
        dir={translator.dir}
        lang={translator.locale}
        data-invite-kit=""
        data-theme={theme}
        // Escape: we close through state so a controlled host stays in charge.
        onCancel={(event) => {
          event.preventDefault();
          close();
        }}
        // Closed by the browser itself (e.g. a second Escape): bring state in line.
        onClose={() => {
          if (open) close();
        }}
        onKeyDown={onKeyDown}
        {...slot('dialog', cn, className)}
      >
        {open && (
          <InviteUserPanel
            groupId={groupId}
            client={client}
            retryPolicy={retryPolicy}
            onInvited={onInvited}
            onError={onError}
            onClose={close}
            translator={translator}
            titleId={`${id}title`}
            descriptionId={`${id}description`}
            classNames={cn}
          />
        )}
      </dialog>
    </>
  );
}
