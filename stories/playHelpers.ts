import { expect, userEvent, within } from 'storybook/test';
import { createTranslator, en } from '../src/index.js';

/** English messages with their placeholders filled, e.g. `say('retry.auto', { seconds: 2 })`. */
export const say = createTranslator('en', en).t;

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
