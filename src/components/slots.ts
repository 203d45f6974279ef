/** Every styled part of the dialog; each carries `data-slot="<name>"` and takes a class through `classNames`. */
export type InviteUserDialogSlot =
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
  | 'server-message'
  | 'countdown'
  | 'offline'
  | 'retry'
  | 'status'
  | 'actions'
  | 'cancel'
  | 'submit'
  | 'success'
  | 'invite-another';

export type InviteUserDialogClassNames = Partial<Record<InviteUserDialogSlot, string>>;

/** Props that mark an element as a part: `data-slot` plus the host's class, if any. */
export function slot<S extends string>(name: S, classNames: Partial<Record<S, string>> | undefined, extra?: string) {
  // (A missing class joins as an empty string; trimmed away.)
  return { 'data-slot': name, className: [classNames?.[name], extra].join(' ').trim() || undefined };
}

/** Every styled part of the bulk dialog; each carries `data-slot="<name>"` and takes a class through `classNames`. */
export type BulkInviteDialogSlot =
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
  | 'count'
  | 'recipients'
  | 'recipient'
  | 'recipient-name'
  | 'recipient-status'
  | 'recipient-problem'
  | 'remove'
  | 'progress'
  | 'progress-text'
  | 'countdown'
  | 'alert'
  | 'status'
  | 'actions'
  | 'cancel'
  | 'submit'
  | 'retry'
  | 'invite-more';

export type BulkInviteDialogClassNames = Partial<Record<BulkInviteDialogSlot, string>>;

/** The close and remove buttons' visible mark, text so it shows without the stylesheet; their names come from `aria-label`. */
export const CLOSE_GLYPH = '\u00d7';
