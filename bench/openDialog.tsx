// Runs in the benchmark page (see scripts/bench.mjs). Opens three dialogs the
// same way, interleaved, many times:
//
// - `native`: a hand-written native <dialog> with one input — the floor;
// - `library`: the real <InviteUserDialog> from src/;
// - `handBuilt`: what a host would build instead — Radix Dialog with
//   react-hook-form, zod (zod/mini), @hookform/resolvers and a react-query
//   useMutation.
//
// What one open includes, the same for all three (see `openOnce`): from the
// state update that shows the dialog (`flushSync`, the way React renders a
// click handler's update) until focus is in the field *and* style and layout
// are done. That is React's render and every commit it makes synchronously
// (react-hook-form's re-render from its mount layout effect, Radix's portal
// and focus-scope commits), layout and passive effects (passive effects of a
// sync render run before flushSync returns; Radix moves focus in one),
// showModal() or the portal, the focus move with its events, and one forced
// layout (`getBoundingClientRect()` on the field). Should focus not be in the
// field by then, the clock runs on through microtasks and tasks until it is;
// in practice all three are ready when flushSync returns (`waits` 0).
// Not included: paint, and commits React defers to a later task (one in the
// hand-built stack), which are counted (`deferredCommits`) and allowed to run
// before the dialog closes. Closing, and the style and layout it leaves
// behind, happen outside the clock, so no open pays for the previous one.
//
// The page is a host app: one QueryClientProvider at its root, mounted once;
// a button that has focus before each open (the trigger the user pressed);
// invite-kit's styles.css as a host loads it, and a stylesheet of the same look
// for the hand-built dialog (bench/handBuilt.css); the floor keeps the
// browser's own dialog styles. Stylesheets apply page-wide, so every variant's
// style recalculation matches against all of them. The page is cross-origin
// isolated, so performance.now() counts in 5 µs steps and each open is timed on
// its own.
import { commits } from './commitCounter.js';
import { zodResolver } from '@hookform/resolvers/zod';
import * as Dialog from '@radix-ui/react-dialog';
import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query';
import { useId, useLayoutEffect, useRef, useState, type ComponentType } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { useForm } from 'react-hook-form';
import { object, refine, string, trim } from 'zod/mini';
import { createInviteClient, InviteUserDialog } from '../src/index.js';

const client = createInviteClient({ baseUrl: '/api', clientId: 'bench', getAccessToken: () => 'token' });
const queryClient = new QueryClient();

function HandWrittenDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    ref.current?.showModal();
    ref.current?.querySelector('input')?.focus();
  }, []);
  return (
    <dialog ref={ref} aria-labelledby="bench-title">
      <h2 id="bench-title">Invite</h2>
      <form>
        <label htmlFor="bench-input">Email or user ID</label>
        <input id="bench-input" name="invitee" />
        <button type="submit">Send</button>
      </form>
    </dialog>
  );
}

// The hand-built stack, written the way its libraries' docs show. The schema
// weighs about what the library's does: a trimmed string, an email or digits.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DIGITS = /^[1-9]\d*$/;
const handBuiltSchema = object({
  invitee: string().check(
    trim(),
    refine((value) => EMAIL.test(value) || DIGITS.test(value), 'Enter an email address or a user ID'),
  ),
});

function HandBuiltForm() {
  const id = useId();
  const form = useForm<{ invitee: string }>({ resolver: zodResolver(handBuiltSchema), defaultValues: { invitee: '' } });
  const mutation = useMutation({
    mutationFn: async ({ invitee }: { invitee: string }) => {
      const response = await fetch('/api/v1/groups/1/inviteUser', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(/^\d+$/.test(invitee) ? { userId: Number(invitee) } : { email: invitee }),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    },
  });
  const fieldError = form.formState.errors.invitee?.message;
  return (
    <form className="hb-form" noValidate onSubmit={form.handleSubmit((values) => mutation.mutate(values))}>
      <label htmlFor={`${id}input`}>Email or user ID</label>
      <input
        id={`${id}input`}
        type="text"
        inputMode="email"
        autoComplete="off"
        aria-invalid={fieldError ? true : undefined}
        aria-describedby={fieldError ? `${id}error` : undefined}
        {...form.register('invitee')}
      />
      {fieldError && <p id={`${id}error`}>{fieldError}</p>}
      <div role="alert">{mutation.isError && 'The invitation could not be sent.'}</div>
      <button type="submit" aria-disabled={mutation.isPending || undefined}>
        Send invitation
      </button>
    </form>
  );
}

function HandBuiltDialog() {
  const [open, setOpen] = useState(true);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Portal>
        <Dialog.Overlay className="hb-overlay" />
        <Dialog.Content className="hb-content">
          <Dialog.Title className="hb-title">Invite someone</Dialog.Title>
          <Dialog.Description className="hb-description">They will get access to this group.</Dialog.Description>
          <HandBuiltForm />
          <Dialog.Close className="hb-close" aria-label="Close">
            ×
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

const variants: Record<string, ComponentType> = {
  native: HandWrittenDialog,
  library: () => <InviteUserDialog groupId="1" client={client} defaultOpen trigger={null} />,
  handBuilt: HandBuiltDialog,
};

export type VariantName = string;
const names = Object.keys(variants);

/** Shows one variant (or none) and leaves it open, for screenshots. */
export function showVariant(name: VariantName | null) {
  flushSync(() => show(name));
}

/** Adds a variant to compare (bench/profile.mjs adds patched copies of the library). */
export function addVariant(name: string, component: ComponentType) {
  variants[name] = component;
  names.push(name);
}
export { client as benchClient };

// The host page: mounted once; `show` swaps which dialog is mounted (open).
let show: (name: VariantName | null) => void = () => {};
function HostPage() {
  const [shown, setShown] = useState<VariantName | null>(null);
  show = setShown;
  const Variant = shown ? variants[shown] : null;
  return (
    <QueryClientProvider client={queryClient}>
      <button type="button" id="bench-trigger">
        Open
      </button>
      {Variant && <Variant />}
    </QueryClientProvider>
  );
}

const container = document.createElement('div');
document.body.append(container);
flushSync(() => createRoot(container).render(<HostPage />));
const trigger = () => document.getElementById('bench-trigger')!;

// The dialog's field: the input inside the native <dialog> or Radix's role="dialog".
const field = () => document.querySelector<HTMLInputElement>('dialog input, [role="dialog"] input');

const channel = new MessageChannel();
const nextTask = () =>
  new Promise<void>((resolve) => {
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
const timeout = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface OpenSample {
  ms: number;
  /** React commits before focus was in the field. */
  commits: number;
  /** Commits React made afterwards, in later tasks, before the page settled. */
  deferredCommits: number;
  /** 0: ready when flushSync returned; otherwise how many microtasks and tasks it took. */
  waits: number;
}

// Named steps, so a CPU profile can keep the samples that fall inside the clock.
function renderOpen(name: VariantName) {
  flushSync(() => show(name));
}
function layoutField(input: HTMLElement) {
  input.getBoundingClientRect();
}

/** When the last open's clock started and stopped (bench/profile.mjs lines phases up with it). */
export const lastOpen = { start: 0, end: 0 };

// Set by bench/profile.mjs: each open becomes a user-timing measure in a trace.
let marks = false;
export const markOpens = (on: boolean) => void (marks = on);

/** One open, timed as described at the top of this file; then closed, outside the clock. */
export async function openOnce(name: VariantName): Promise<OpenSample> {
  trigger().focus();
  const before = commits.count;
  if (marks) performance.mark(`open ${name}`);
  const start = performance.now();
  renderOpen(name);
  let waits = 0;
  let input = field();
  while (!input || document.activeElement !== input) {
    // Microtasks first, then whole tasks: whatever the variant needs.
    if (++waits > 200) throw new Error(`${name}: focus never reached the field`);
    await (waits <= 3 ? Promise.resolve() : nextTask());
    input = field();
  }
  layoutField(input);
  const end = performance.now();
  const ms = end - start;
  lastOpen.start = start;
  lastOpen.end = end;
  if (marks) performance.measure(`open ${name}`, `open ${name}`);
  const openCommits = commits.count - before;

  // Let deferred work run (commits scheduled at default priority), then close
  // and let teardown finish (Radix returns focus in a timeout), with style and
  // layout brought up to date before the next open.
  await nextTask();
  await nextTask();
  const deferredCommits = commits.count - before - openCommits;
  flushSync(() => show(null));
  await nextTask();
  await timeout();
  document.documentElement.getBoundingClientRect();
  return { ms, commits: openCommits, deferredCommits, waits };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export interface OpenResult {
  /** Median milliseconds per open. */
  ms: number;
  commits: number;
  deferredCommits: number;
  waits: number;
  /** Every open's milliseconds, round by round (the same round of each variant ran back to back). */
  all: number[];
}

/**
 * `samples` opens of each variant, interleaved round by round, each round in
 * a shuffled order (so no variant always follows the same one), after
 * `warmup` rounds that are thrown away (JIT, first-use caches).
 */
export async function runOpenBenchmark(
  samples = 150,
  warmup = 20,
  only: VariantName[] = names,
): Promise<Record<VariantName, OpenResult>> {
  const list = only.filter((name) => name in variants);
  const results = Object.fromEntries(list.map((name) => [name, [] as OpenSample[]])) as Record<VariantName, OpenSample[]>;
  // A fixed pseudo-random sequence: the same orders on every run.
  let seed = 0x2545f491;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (let round = 0; round < warmup + samples; round++) {
    const order = [...list];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const name of order) {
      const sample = await openOnce(name);
      if (round >= warmup) results[name]!.push(sample);
    }
  }
  const summary = (list: OpenSample[]): OpenResult => {
    return {
      ms: median(list.map((s) => s.ms)),
      commits: median(list.map((s) => s.commits)),
      deferredCommits: median(list.map((s) => s.deferredCommits)),
      waits: Math.max(...list.map((s) => s.waits)),
      all: list.map((s) => s.ms),
    };
  };
  return Object.fromEntries(list.map((name) => [name, summary(results[name]!)])) as Record<VariantName, OpenResult>;
}

/**
 * Opens each variant once and checks it is what it claims to be: a modal
 * (native top layer, or Radix's aria-hidden page), focus on the labelled
 * field, the field laid out.
 */
export async function checkVariants() {
  const report: Record<string, { label: string; modal: boolean; width: number }> = {};
  for (const name of names) {
    trigger().focus();
    flushSync(() => show(name));
    for (let i = 0; i < 5 && document.activeElement !== field(); i++) await nextTask();
    const input = field();
    if (!input || document.activeElement !== input) throw new Error(`${name}: focus is not in the field`);
    const dialog = input.closest<HTMLElement>('dialog, [role="dialog"]')!;
    report[name] = {
      label: input.labels?.[0]?.textContent ?? '',
      modal: dialog.matches(':modal') || container.getAttribute('aria-hidden') === 'true',
      width: Math.round(input.getBoundingClientRect().width),
    };
    flushSync(() => show(null));
    await nextTask();
    await timeout();
  }
  return report;
}

/** Mounts the open dialog on its own; once it has settled, the page's typing is counted in `commits`. */
export async function mountForTyping() {
  flushSync(() => show('library'));
  await nextTask();
  await nextTask();
  return commits.count;
}

Object.assign(window, { runOpenBenchmark, checkVariants, mountForTyping, markOpens, openOnce, commits });
