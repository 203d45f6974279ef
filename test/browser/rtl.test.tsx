import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { page } from 'vitest/browser';
import { createInviteClient, en, InviteUserDialog } from '../../src/index.js';
import { ar } from '../../src/locales/ar.js';
import '../../src/styles.css';
import { localeLoaders } from '../../src/locales/index.js';
import { registerCatalogLoaders } from '../../src/index.js';
import { warmUpTheDriver } from './support/mockWorker.js';

// The host offers the built-in languages.
registerCatalogLoaders(localeLoaders);

beforeAll(async () => {
  await warmUpTheDriver();
});

async function renderOpenDialog(locale: string) {
  const client = createInviteClient({ baseUrl: '/api', clientId: 'test-client', getAccessToken: () => 'test-token' });
  const screen = await render(<InviteUserDialog groupId="42" client={client} locale={locale} defaultOpen />);
  await expect.element(page.getByRole('dialog')).toBeVisible();
  // Measure the settled layout, not a frame of the opening animation.
  await Promise.all(document.getAnimations().map((animation) => animation.finished));
  return screen;
}

const rectOf = (element: Element) => element.getBoundingClientRect();

/** The box of the text itself, not of its (full-width) element. */
function textRectOf(element: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect();
}

describe('given locale="ar"', () => {
  const messages = ar;

  it('should set dir="rtl" and lang on the dialog', async () => {
    await renderOpenDialog('ar');
    const dialog = page.getByRole('dialog', { name: messages.title });
    await expect.element(dialog).toBeVisible();
    await expect.element(dialog).toHaveAttribute('dir', 'rtl');
    await expect.element(dialog).toHaveAttribute('lang', 'ar');
  });

  it('should put the close button on the left of the title', async () => {
    await renderOpenDialog('ar');
    await expect.element(page.getByRole('dialog', { name: messages.title })).toHaveAttribute('dir', 'rtl');
    const close = rectOf(page.getByRole('button', { name: messages.close }).element());
    const title = rectOf(page.getByRole('heading', { name: messages.title }).element());
    expect(close.left).toBeLessThan(title.left);
    expect(close.right).toBeLessThanOrEqual(title.left);
  });

  it('should put the submit button on the left of Cancel', async () => {
    await renderOpenDialog('ar');
    await expect.element(page.getByRole('dialog', { name: messages.title })).toHaveAttribute('dir', 'rtl');
    const submit = rectOf(page.getByRole('button', { name: messages.submit }).element());
    const cancel = rectOf(page.getByRole('button', { name: messages.cancel }).element());
    expect(submit.right).toBeLessThanOrEqual(cancel.left);
    // The actions sit at the inline end, which is the left.
    const dialog = rectOf(page.getByRole('dialog', { name: messages.title }).element());
    expect(submit.left - dialog.left).toBeLessThan(dialog.right - cancel.right);
  });

  it('should align the label text with the right edge of the field', async () => {
    await renderOpenDialog('ar');
    const field = page.getByRole('textbox', { name: messages['field.label'] });
    await expect.element(page.getByRole('dialog', { name: messages.title })).toHaveAttribute('dir', 'rtl');
    const input = rectOf(field.element());
    const labelText = textRectOf(page.getByText(messages['field.label'], { exact: true }).element());
    expect(Math.abs(labelText.right - input.right)).toBeLessThanOrEqual(2);
    expect(labelText.left - input.left).toBeGreaterThan(20);
  });

  it('should align the title with the right edge of the description', async () => {
    await renderOpenDialog('ar');
    await expect.element(page.getByRole('dialog', { name: messages.title })).toHaveAttribute('dir', 'rtl');
    const title = textRectOf(page.getByRole('heading', { name: messages.title }).element());
    const description = rectOf(page.getByText(messages.description).element());
    expect(Math.abs(title.right - description.right)).toBeLessThanOrEqual(2);
  });
});

describe('given locale="en"', () => {
  const messages = en;

  it('should set dir="ltr" on the dialog', async () => {
    await renderOpenDialog('en');
    await expect.element(page.getByRole('dialog', { name: messages.title })).toHaveAttribute('dir', 'ltr');
  });

  it('should put the close button on the right of the title', async () => {
    await renderOpenDialog('en');
    const close = rectOf(page.getByRole('button', { name: messages.close }).element());
    const title = rectOf(page.getByRole('heading', { name: messages.title }).element());
    expect(close.left).toBeGreaterThan(title.left);
    expect(close.left).toBeGreaterThanOrEqual(title.right);
  });

  it('should put the submit button on the right of Cancel', async () => {
    await renderOpenDialog('en');
    const submit = rectOf(page.getByRole('button', { name: messages.submit }).element());
    const cancel = rectOf(page.getByRole('button', { name: messages.cancel }).element());
    expect(submit.left).toBeGreaterThanOrEqual(cancel.right);
    const dialog = rectOf(page.getByRole('dialog', { name: messages.title }).element());
    expect(dialog.right - submit.right).toBeLessThan(cancel.left - dialog.left);
  });

  it('should align the label text with the left edge of the field', async () => {
    await renderOpenDialog('en');
    const input = rectOf(page.getByRole('textbox', { name: messages['field.label'] }).element());
    const labelText = textRectOf(page.getByText(messages['field.label'], { exact: true }).element());
    expect(Math.abs(labelText.left - input.left)).toBeLessThanOrEqual(2);
    expect(input.right - labelText.right).toBeGreaterThan(20);
  });
});

describe.each([
  ['en', en],
  ['ar', ar],
] as const)('given locale="%s" in a 320 CSS px wide viewport', (locale, messages) => {
  const initial = { width: window.innerWidth, height: window.innerHeight };
  afterEach(async () => {
    await page.viewport(initial.width, initial.height);
  });

  it('should fit the dialog and its error without horizontal scrolling (WCAG 1.4.10)', async () => {
    await page.viewport(320, 640);
    await renderOpenDialog(locale);
    const dialog = page.getByRole('dialog', { name: messages.title });
    await expect.element(dialog).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
    await page.getByRole('button', { name: messages.submit }).click();
    await expect.element(page.getByText(messages['validation.required'])).toBeVisible();
    const element = dialog.element();
    const box = rectOf(element);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(320);
    expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
    for (const part of element.querySelectorAll('[data-slot]')) {
      expect(rectOf(part).right, part.getAttribute('data-slot') ?? '').toBeLessThanOrEqual(box.right);
      expect(rectOf(part).left, part.getAttribute('data-slot') ?? '').toBeGreaterThanOrEqual(box.left);
    }
  });
});
