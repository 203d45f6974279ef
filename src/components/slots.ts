/**
 * The parts both dialogs have, from the trigger and the shell to the form
 * around the field, its messages and its actions.
 */
type SharedSlot =
  | 'trigger'
  | 'dialog'
  | 'content'
  | 'title'
  | 'close'
  | 'description'
  | 'form'
  | 'field'
  | 'label'
  | 'input'
  | 'field-error'
  | 'alert'
  | 'countdown'
  | 'retry'
  | 'status'
  | 'actions'
  | 'cancel'
  | 'submit';

/** Every styled part of the dialog; each carries `data-slot="<name>"` and takes a class through `classNames`. */
export type InviteUserDialogSlot = SharedSlot | 'server-message' | 'offline' | 'success' | 'invite-another';

export type InviteUserDialogClassNames = Partial<Record<InviteUserDialogSlot, string>>;

/** Props that mark an element as a part: `data-slot` plus the host's class, if any. */
export function slot<S extends string>(name: S, classNames: Partial<Record<S, string>> | undefined, extra?: string) {
  // (A missing class joins as an empty string; trimmed away.)
  return { 'data-slot': name, className: [classNames?.[name], extra].join(' ').trim() || undefined };
}

/** Every styled part of the bulk dialog; each carries `data-slot="<name>"` and takes a class through `classNames`. */
export type BulkInviteDialogSlot =
  | SharedSlot
  | 'count'
  | 'recipients'
  | 'recipient'
  | 'recipient-name'
  | 'recipient-status'
  | 'recipient-problem'
  | 'remove'
  | 'progress'
  | 'progress-text'
  | 'invite-more';

export type BulkInviteDialogClassNames = Partial<Record<BulkInviteDialogSlot, string>>;

/** The close and remove buttons' visible mark, text so it shows without the stylesheet; their names come from `aria-label`. */
export const CLOSE_GLYPH = '\u00d7';
