import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render } from 'vitest-browser-react';
import { cdp, page } from 'vitest/browser';
import { createInviteClient, en, InviteUserDialog, type InviteUserDialogProps } from '../../src/index.js';
import '../../src/styles.css';
import { INVITE_URL, useMockWorker, warmUpTheDriver } from './support/mockWorker.js';

const worker = useMockWorker();

beforeAll(async () => {
  await warmUpTheDriver();
});
afterEach(async () => {
  await cleanup();
});

function renderDialog(props: Partial<InviteUserDialogProps> = {}) {
  // Each test's client keeps the server's waits to itself: shared across tabs
  // (the default in a real browser), one test's 429 would hold back the next.
  const client = createInviteClient({
    baseUrl: '/api',
    clientId: 'test-client',
    getAccessToken: () => 'test-token',
    shareWaitAcrossTabs: false,
  });
  return render(<InviteUserDialog groupId="42" client={client} {...props} />);
}

async function openDialog() {
  await page.getByRole('button', { name: en.trigger }).click();
  await expect.element(page.getByRole('dialog', { name: en.title })).toBeVisible();
}

async function submitEmail() {
  await page.getByRole('textbox', { name: en['field.label'] }).fill('someone@example.org');
  await page.getByRole('button', { name: en.submit }).click();
}

/**
 * Runs axe's WCAG 2.0–2.2 A/AA rules on the whole document (the modal dialog
 * makes the rest of the page inert, which axe has to see too), once the
 * opening animation has finished so colours are measured at full opacity.
 */
async function expectNoAxeViolations() {
  await Promise.all(document.getAnimations().map((animation) => animation.finished));
  const results = await axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  });
  const report = results.violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n` +
        violation.nodes
          .map((node) => `  ${node.target.join(' ')} ${node.html}\n    ${node.failureSummary ?? ''}`)
          .join('\n'),
    )
    .join('\n');
  expect(
    results.violations.map((violation) => violation.id),
    `axe violations:\n${report}`,
  ).toEqual([]);
  // Contrast must really be measured, or a regression in the theme would pass unnoticed.
  const evaluated = [...results.passes, ...results.incomplete].map((rule) => rule.id);
  expect(evaluated, 'color-contrast was not evaluated').toContain('color-contrast');
  const contrastNodes = results.passes.find((rule) => rule.id === 'color-contrast')?.nodes.length ?? 0;
  expect(contrastNodes, 'color-contrast passed on no element').toBeGreaterThan(0);
}

/** Relative luminance (WCAG 2.x) of a computed `rgb(…)` colour. */
function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function dialogBackground(): string {
  const dialog = document.querySelector('dialog[data-slot="dialog"]');
  if (!dialog) throw new Error('no dialog rendered');
  return getComputedStyle(dialog).backgroundColor;
}

describe.each(['light', 'dark'] as const)('given theme="%s"', (theme) => {
  it('should have no axe violations while closed (trigger only)', async () => {
    await renderDialog({ theme });
    await expect.element(page.getByRole('button', { name: en.trigger })).toBeVisible();
    await expectNoAxeViolations();
  });

  it('should have no axe violations when open, in the requested colour scheme', async () => {
    await renderDialog({ theme });
    await openDialog();
    // The dark case must really be dark, or it would only test the light theme twice.
    if (theme === 'dark') expect(luminance(dialogBackground())).toBeLessThan(0.1);
    else expect(luminance(dialogBackground())).toBeGreaterThan(0.8);
    await expectNoAxeViolations();
  });

  // axe does not measure non-text contrast (WCAG 1.4.11), so the field's edge and the focus ring are checked here.
  it('should give the field border and the focus ring at least 3:1 contrast against the dialog', async () => {
    await renderDialog({ theme });
    await openDialog();
    const field = page.getByRole('textbox', { name: en['field.label'] });
    await expect.element(field).toHaveFocus();
    const style = getComputedStyle(field.element());
    expect(style.outlineStyle).toBe('solid');
    expect(contrast(style.borderColor, dialogBackground())).toBeGreaterThanOrEqual(3);
    expect(contrast(style.outlineColor, dialogBackground())).toBeGreaterThanOrEqual(3);
  });

  it('should have no axe violations with a validation error at the field', async () => {
    await renderDialog({ theme });
    await openDialog();
    await page.getByRole('button', { name: en.submit }).click();
    await expect.element(page.getByText(en['validation.required'])).toBeVisible();
    await expect.element(page.getByRole('textbox', { name: en['field.label'] })).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations();
  });

  it('should have no axe violations with a 422 shown at the field', async () => {
    worker.use(
      http.put(INVITE_URL, () =>
        HttpResponse.json(
          { success: false, type: 'unprocessable_entity', message: 'The invitee cannot be invited.' },
          { status: 422 },
        ),
      ),
    );
    await renderDialog({ theme });
    await openDialog();
    await submitEmail();
    await expect.element(page.getByText(en['error.unprocessable_entity'])).toBeVisible();
    await expect.element(page.getByText('The invitee cannot be invited.', { exact: false })).toBeVisible();
    await expectNoAxeViolations();
  });

  it('should have no axe violations during a 429 countdown', async () => {
    worker.use(
      http.put(INVITE_URL, () =>
        HttpResponse.json(
          { success: false, type: 'rate_limit_exceeded', message: 'Slow down.' },
          { status: 429, headers: { 'Retry-After': '30' } },
        ),
      ),
    );
    // No automatic retry, so the wait is the user's countdown. It lasts 30 s, twice
    // the test's own timeout: the countdown cannot end while this test runs.
    await renderDialog({ theme, retryPolicy: { maxAutoRetries: 0 } });
    await openDialog();
    await submitEmail();
    await expect.element(page.getByRole('timer')).toHaveTextContent(/You can try again in \d+ seconds/);
    await expect.element(page.getByRole('alert')).toHaveTextContent(en['error.rate_limit_exceeded']);
    await expectNoAxeViolations();
  });

  it('should have no axe violations while waiting for an automatic retry after a 503', async () => {
    worker.use(
      http.put(INVITE_URL, () =>
        HttpResponse.json(
          { success: false, type: 'service_unavailable', message: 'Maintenance.' },
          { status: 503, headers: { 'Retry-After': '30' } },
        ),
      ),
    );
    // The retry waits 30 s, twice the test's own timeout: it cannot go out while this test runs.
    await renderDialog({ theme });
    await openDialog();
    await submitEmail();
    await expect.element(page.getByRole('timer')).toHaveTextContent(/Retrying automatically in \d+ seconds/);
    await expect.element(page.getByRole('alert')).toHaveTextContent(en['error.service_unavailable']);
    await expectNoAxeViolations();
  });

  it('should have no axe violations after a successful invitation', async () => {
    worker.use(
      http.put(INVITE_URL, () => HttpResponse.json({ success: true, data: { message: 'User has been invited successfully.' } })),
    );
    await renderDialog({ theme });
    await openDialog();
    await submitEmail();
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent(en.success.replace('{invitee}', 'someone@example.org'));
    await expect.element(page.getByRole('button', { name: en.inviteAnother })).toBeVisible();
    await expectNoAxeViolations();
  });
});

describe('given the system asks for a dark colour scheme', () => {
  beforeAll(async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
  });
  afterAll(async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [] });
  });

  it('should follow it without a theme prop and have no axe violations with a field error', async () => {
    expect(matchMedia('(prefers-color-scheme: dark)').matches).toBe(true);
    worker.use(
      http.put(INVITE_URL, () =>
        HttpResponse.json({ success: false, type: 'unprocessable_entity', message: 'No.' }, { status: 422 }),
      ),
    );
    await renderDialog();
    await openDialog();
    expect(luminance(dialogBackground())).toBeLessThan(0.1);
    await submitEmail();
    await expect.element(page.getByText(en['error.unprocessable_entity'])).toBeVisible();
    await expectNoAxeViolations();
  });

  it('should stay light with theme="light" and have no axe violations', async () => {
    await renderDialog({ theme: 'light' });
    await openDialog();
    expect(luminance(dialogBackground())).toBeGreaterThan(0.8);
    await expectNoAxeViolations();
  });
});
