'use client';
import {
  cloneElement,
  Fragment,
  isValidElement,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { useControllableState } from '../hooks/useControllableState.js';
import { useIsomorphicLayoutEffect } from '../hooks/useIsomorphicLayoutEffect.js';
import type { Translator } from '../messages/createTranslator.js';
import { composeEventHandlers } from './composeEventHandlers.js';
import type { SharedDialogProps } from './SharedDialogProps.js';
import { slot } from './slots.js';

/** What a custom trigger receives. */
export interface TriggerProps {
  onClick?: (event: MouseEvent<HTMLElement>) => void;
  'aria-haspopup'?: 'dialog';
  'aria-expanded'?: boolean;
  'aria-controls'?: string | undefined;
}

/** What the open panel is told: its title's and description's ids, and how to close. */
export interface PanelProps {
  titleId: string;
  descriptionId: string;
  onClose: () => void;
}

export interface ModalDialogProps
  extends Pick<SharedDialogProps, 'open' | 'defaultOpen' | 'onOpenChange' | 'trigger' | 'theme' | 'className'> {
  /** The default trigger's text. */
  triggerLabel: string;
  translator: Translator;
  classNames?: Partial<Record<string, string>> | undefined;
  /** The content, mounted while open; a fresh one each time the dialog is shown. */
  children: (panel: PanelProps) => ReactNode;
}

/**
 * The shell both dialogs share: the trigger and a native `<dialog>` shown
 * modally (top layer, inert background), open state controlled or not, Escape,
 * Tab kept inside, focus back to where it was. Its panel is mounted only while
 * open, so closing unmounts it and stops all its network activity.
 */
export function ModalDialog({
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  trigger,
  triggerLabel,
  translator,
  theme,
  className,
  classNames: cn,
  children,
}: ModalDialogProps) {
  const [open, setOpen] = useControllableState(openProp, defaultOpen, onOpenChange);
  // Bumped when the browser closes the dialog by itself: the panel is replaced.
  const [session, setSession] = useState(0);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const restoreFocus = useRef<HTMLElement | null>(null);
  const id = useId();
  const dialogId = `${id}dialog`;

  useIsomorphicLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    // Where the platform's modal dialog is missing (jsdom, very old browsers),
    // the dialog opens with the `open` attribute and handles focus itself.
    const modal = !!dialog.showModal;
    if (open && !dialog.open) {
      if (modal) {
        // showModal() focuses the first focusable element, the field; focusing
        // again would cost a second style recalculation.
        dialog.showModal();
      } else {
        restoreFocus.current = document.activeElement as HTMLElement | null;
        dialog.open = true;
      }
      const field = dialog.querySelector<HTMLElement>('input,textarea');
      if (field && document.activeElement !== field) field.focus();
    } else if (!open && dialog.open) {
      // close() restores the element focused before showModal() (HTML's dialog focusing steps).
      if (modal) dialog.close();
      else {
        dialog.open = false;
        restoreFocus.current?.focus();
      }
    }
  }, [open, session]);

  const close = () => setOpen(false);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    // A held Enter acts once: its auto-repeats would submit again, or press
    // whatever button takes focus next ("Invite someone else" after a success).
    if (event.repeat && event.key === 'Enter') event.preventDefault();
    // Escape closes through state, so a controlled host stays in charge (and
    // without showModal there is no `cancel` event to do it).
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      close();
    }
    if (event.key !== 'Tab') return;
    // Keeps Tab inside: a modal <dialog> makes the page inert, but browsers
    // still let focus leave to their own UI from the last element.
    const focusable = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('button,input,textarea'));
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

  // What the trigger and the dialog both carry: the theme's scope, the language and direction of their text.
  const scope = { 'data-invite-kit': '', 'data-theme': theme, dir: translator.dir, lang: translator.lang };
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
        {...scope}
        onClick={() => setOpen(true)}
        {...triggerProps}
        {...slot('trigger', cn)}
      >
        {triggerLabel}
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
        {...scope}
        // Other close requests (a platform back gesture): through state as well.
        onCancel={(event) => {
          event.preventDefault();
          close();
        }}
        // Closed by the browser itself, whatever we asked (Chromium closes on a
        // second close request): the prop and the DOM must agree again. The
        // panel is replaced (its request aborted), the host is told, and if it
        // keeps `open` true the dialog is shown again, fresh.
        onClose={() => {
          if (!open) return;
          setSession((n) => n + 1);
          close();
        }}
        onKeyDown={onKeyDown}
        {...slot('dialog', cn, className)}
      >
        {open && (
          <Fragment key={session}>{children({ titleId: `${id}title`, descriptionId: `${id}description`, onClose: close })}</Fragment>
        )}
      </dialog>
    </>
  );
}
