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
