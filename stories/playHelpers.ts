import { expect, userEvent, within } from 'storybook/test';
import { createTranslator, en } from '../src/index.js';
import { bulkEn } from '../src/locales/bulk/en.js';

/** English messages with their placeholders filled, e.g. `say('retry.auto', { seconds: 2 })`. */
export const say = createTranslator('en', en).t;

/** The bulk dialog's English messages (its own and the shared ones), e.g. `sayBulk('bulk.submit', { count: 3 })`. */
export const sayBulk = createTranslator('en', { ...en, ...bulkEn }).t;

/** Finds the open dialog, types `value` into its field (if any) and presses "Send invitation". */
export async function submitInvitee(canvasElement: HTMLElement, value: string): Promise<HTMLElement> {
  const dialog = await within(canvasElement).findByRole('dialog', { name: en.title });
  const field = within(dialog).getByRole('textbox', { name: en['field.label'] });
  await userEvent.clear(field);
  if (value) await userEvent.type(field, value);
  await userEvent.click(within(dialog).getByRole('button', { name: en.submit }));
  return dialog;
}

/** The dialog's form, whose `data-status` tells idle, submitting, waiting, success and error apart. */
export function formIn(dialog: HTMLElement): HTMLFormElement {
  const form = dialog.querySelector('form');
  expect(form).not.toBeNull();
  return form!;
}

/** Matches exactly one of `texts`: a countdown may already have ticked by the time it is read. */
export function oneOf(...texts: string[]): RegExp {
  return new RegExp(`^(?:${texts.map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);
}

/** What a form showed at one moment. */
export interface SeenState {
  /** The form's `data-status`. */
  status: string | null;
  /** The countdown's text (`role="timer"`), or `null` when there is none. */
  timer: string | null;
  /** The alert region's text, or `null` when there is none. */
  alert: string | null;
  /** The polite live region's text (`role="status"`), or `null` when there is none. */
  live: string | null;
  /** Whether "Try again" is offered. */
  retry: boolean;
  /** Whether the submit button refuses (disabled or `aria-disabled`). */
  blocked: boolean;
}

/**
 * Records every state the form in `root` shows from now on, one entry per
 * change, read as the DOM stands after each update. A wait of a second or two
 * that runs out on its own cannot slip between two looks of a busy machine:
 * a play waits for the state the story ends in, then checks what came before.
 */
export function recordStates(root: HTMLElement) {
  const seen: SeenState[] = [];
  const text = (selector: string) => root.querySelector(selector)?.textContent ?? null;
  const take = () => {
    const form = root.querySelector('form');
    const submit = form?.querySelector<HTMLButtonElement>('button[type="submit"]');
    const state: SeenState = {
      status: form?.getAttribute('data-status') ?? null,
      timer: text('[role="timer"]'),
      alert: text('[role="alert"]'),
      live: text('[role="status"]'),
      retry: Array.from(root.querySelectorAll('button')).some((button) => button.textContent === en['retry.now']),
      blocked: !!submit && (submit.disabled || submit.getAttribute('aria-disabled') === 'true'),
    };
    const last = seen.at(-1);
    if (!last || JSON.stringify(last) !== JSON.stringify(state)) seen.push(state);
  };
  const observer = new MutationObserver(take);
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  take();
  return {
    seen,
    /** The statuses shown, in order, each stretch once: `['idle', 'submitting', 'waiting', …]`. */
    statuses: () => seen.map((state) => state.status).filter((status, i, all) => i === 0 || status !== all[i - 1]),
    /** The states seen with the given status. */
    inStatus: (status: string) => seen.filter((state) => state.status === status),
    stop: () => observer.disconnect(),
  };
}

/**
 * Finds the open bulk dialog and pastes `text` into its field, as a person
 * pasting a column or an address list does: the field empties into the list
 * of recipients.
 */
export async function pasteInvitees(canvasElement: HTMLElement, text: string): Promise<HTMLElement> {
  const dialog = await within(canvasElement).findByRole('dialog', { name: bulkEn['bulk.title'] });
  const field = within(dialog).getByRole('textbox', { name: bulkEn['bulk.field.label'] });
  await userEvent.click(field);
  await userEvent.paste(text);
  return dialog;
}

/** The rows of the bulk dialog's list of recipients (`data-slot="recipient"`), in order. */
export function recipientsIn(dialog: HTMLElement): HTMLElement[] {
  return within(within(dialog).getByRole('list', { name: bulkEn['bulk.recipients'] })).getAllByRole('listitem');
}

/** What a bulk dialog showed at one moment. */
export interface SeenBatch {
  /** The form's `data-status`. */
  status: string | null;
  /** Each recipient row's `data-status` (`null` while composing). */
  rows: Array<string | null>;
  /** The progress bar as `value/max`, or `null` when there is none. */
  progress: string | null;
  /** The countdown's text (`role="timer"`), or `null` when there is none. */
  timer: string | null;
  /** The alert region's text, or `null` when there is none. */
  alert: string | null;
  /** The polite live region's text (`role="status"`), or `null` when there is none. */
  live: string | null;
}

/**
 * Records every state the bulk dialog in `root` shows from now on, one entry
 * per change, as `recordStates` does for the single dialog: a play waits for
 * the state its story ends in, then checks what came before.
 */
export function recordBatchStates(root: HTMLElement) {
  const seen: SeenBatch[] = [];
  const text = (selector: string) => root.querySelector(selector)?.textContent ?? null;
  const take = () => {
    const progress = root.querySelector('progress');
    const state: SeenBatch = {
      status: root.querySelector('form')?.getAttribute('data-status') ?? null,
      rows: Array.from(root.querySelectorAll('[data-slot="recipient"]'), (row) => row.getAttribute('data-status')),
      progress: progress ? `${progress.value}/${progress.max}` : null,
      timer: text('[role="timer"]'),
      alert: text('[role="alert"]'),
      live: text('[role="status"]'),
    };
    const last = seen.at(-1);
    if (!last || JSON.stringify(last) !== JSON.stringify(state)) seen.push(state);
  };
  const observer = new MutationObserver(take);
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  take();
  const stretches = (values: Array<string | null>) => values.filter((value, i, all) => i === 0 || value !== all[i - 1]);
  return {
    seen,
    /** The statuses shown, in order, each stretch once: `['idle', 'running', 'waiting', …]`. */
    statuses: () => stretches(seen.map((state) => state.status)),
    /** What the live region said, in order, each announcement once (silences left out). */
    announcements: () => stretches(seen.map((state) => state.live ?? '')).filter(Boolean),
    /** The states seen with the given status. */
    inStatus: (status: string) => seen.filter((state) => state.status === status),
    stop: () => observer.disconnect(),
  };
}
