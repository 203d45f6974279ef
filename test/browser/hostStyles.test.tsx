import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'vitest-browser-react';
import { page } from 'vitest/browser';
import { createInviteClient, en, InviteUserDialog, type InviteUserDialogProps } from '../../src/index.js';
import styles from '../../src/styles.css?raw';

// No stylesheet is imported: each test puts the theme and the host's own CSS
// on the page in the order a host would, and takes them away afterwards.
const added: HTMLStyleElement[] = [];
function addStyles(css: string) {
  const element = document.createElement('style');
  element.textContent = css;
  document.head.append(element);
  added.push(element);
}
afterEach(async () => {
  await cleanup();
  for (const element of added.splice(0)) element.remove();
});

const client = createInviteClient({ baseUrl: '/api', clientId: 'c', getAccessToken: () => 't' });

async function renderOpen(props: Partial<InviteUserDialogProps> = {}) {
  await render(
    <div id="root">
      <InviteUserDialog groupId="42" client={client} defaultOpen {...props} />
    </div>,
  );
  const dialog = page.getByRole('dialog', { name: en.title });
  await expect.element(dialog).toBeVisible();
  await Promise.all(document.getAnimations().map((animation) => animation.finished));
  return dialog.element() as HTMLDialogElement;
}

/** How far the dialog's centre is from the viewport's, in CSS px. */
function offCentre(dialog: HTMLElement) {
  const box = dialog.getBoundingClientRect();
  return {
    x: Math.abs(box.left + box.width / 2 - window.innerWidth / 2),
    y: Math.abs(box.top + box.height / 2 - window.innerHeight / 2),
  };
}

const slot = (dialog: HTMLElement, name: string) => dialog.querySelector<HTMLElement>(`[data-slot="${name}"]`)!;
const rgb = (color: string) => {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
};

describe('given a host stylesheet with a reset after the theme', () => {
  it('should keep the dialog centred under `* { margin: 0; padding: 0 }`', async () => {
    addStyles(styles);
    addStyles('* { margin: 0; padding: 0; box-sizing: border-box }');
    const dialog = await renderOpen();

    const { x, y } = offCentre(dialog);
    expect(x).toBeLessThan(2);
    expect(y).toBeLessThan(2);
  });
});

describe('given the default Vite template’s global rules after the theme', () => {
  const viteTemplate = `
    #root { text-align: center; }
    h2 { color: #213547; font-size: 3.2em; letter-spacing: 2px; }
    p, label { color: #213547; }
    button { background-color: #f9f9f9; border-radius: 0; font-family: Georgia, serif; }
    input { font-size: 2em; }
  `;

  it('should keep the dark theme’s colours and start alignment', async () => {
    addStyles(styles);
    addStyles(viteTemplate);
    const dialog = await renderOpen({ theme: 'dark' });
    const token = (name: string) => rgb(getComputedStyle(dialog).getPropertyValue(`--invite-kit-${name}`).trim());

    for (const [name, colour] of [['title', 'fg'], ['label', 'fg'], ['description', 'muted']] as const) {
      expect(getComputedStyle(slot(dialog, name)).color, name).toBe(token(colour));
      expect(getComputedStyle(slot(dialog, name)).textAlign, name).toBe('start');
    }
    expect(getComputedStyle(slot(dialog, 'title')).letterSpacing).toBe('normal');
    expect(getComputedStyle(slot(dialog, 'title')).fontSize).toBe('18px');
    expect(getComputedStyle(slot(dialog, 'submit')).backgroundColor).toBe(token('accent'));
    expect(getComputedStyle(slot(dialog, 'submit')).fontFamily).not.toContain('Georgia');
    expect(getComputedStyle(slot(dialog, 'input')).fontSize).toBe('16px');
  });

  it('should still let a class the host passes through classNames win', async () => {
    addStyles(styles);
    addStyles(`${viteTemplate} .host-title { color: rgb(1, 2, 3); } .host-submit { border-radius: 0; }`);
    const dialog = await renderOpen({ classNames: { title: 'host-title', submit: 'host-submit' } });

    expect(getComputedStyle(slot(dialog, 'title')).color).toBe('rgb(1, 2, 3)');
    expect(getComputedStyle(slot(dialog, 'submit')).borderRadius).toBe('0px');
  });
});

describe('given cascade layers, as Tailwind v4 orders them', () => {
  // What the README's recipe does: our layer between the reset and the utilities.
  const layered = (utilities: string) => `
    @layer theme, base, invite-kit, components, utilities;
    @layer base { *, ::before, ::after { margin: 0; padding: 0; border: 0 solid; } h2 { font-size: inherit; } }
    @layer invite-kit { ${styles} }
    @layer utilities { ${utilities} }
  `;

  it('should let a utility class passed through classNames win, and keep the dialog centred', async () => {
    addStyles(layered('.text-red-600 { color: rgb(220, 38, 38); } .rounded-none { border-radius: 0; }'));
    const dialog = await renderOpen({ classNames: { title: 'text-red-600', submit: 'rounded-none' } });

    expect(getComputedStyle(slot(dialog, 'title')).color).toBe('rgb(220, 38, 38)');
    expect(getComputedStyle(slot(dialog, 'submit')).borderRadius).toBe('0px');
    const { x, y } = offCentre(dialog);
    expect(x).toBeLessThan(2);
    expect(y).toBeLessThan(2);
  });

  it('should lose to every utility when unlayered, which is why the layered file exists', async () => {
    addStyles(`@layer utilities { .text-red-600 { color: rgb(220, 38, 38); } }`);
    addStyles(styles);
    const dialog = await renderOpen({ classNames: { title: 'text-red-600' } });

    expect(getComputedStyle(slot(dialog, 'title')).color).not.toBe('rgb(220, 38, 38)');
  });
});
