import type { ReactElement } from 'react';
import type { InviteClient } from '../api/createInviteClient.js';
import type { TriggerProps } from './ModalDialog.js';

/** The props both dialogs take the same way: the group, the client and the shell around their content. */
export interface SharedDialogProps {
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
   * @default a button showing the dialog's trigger message (`trigger`, or `bulk.trigger`)
   */
  trigger?: ReactElement<TriggerProps> | null | undefined;
  /**
   * A BCP 47 tag such as `ar` or `pt-BR`.
   * @default the provider's locale, else the browser's languages, else `en`
   */
  locale?: string | undefined;
  /** A class for the `<dialog>` element. */
  className?: string | undefined;
  /**
   * Forces a colour scheme; otherwise it follows `prefers-color-scheme`
   * (or a `data-theme` on an ancestor).
   */
  theme?: 'light' | 'dark' | undefined;
}
