// Extra variants and instruments for bench/profile.mjs, in the page of
// openDialog.tsx: the floor with phase marks (`nativePhases`), the floor with
// the library's DOM (`nativeFull`) and with react-hook-form too
// (`nativeFullForm`) as references; which components each React commit
// rendered; phase timings from marks placed in patched copies.
import { commitListeners } from './commitCounter.js';
import { zodResolver } from '@hookform/resolvers/zod';
import { useLayoutEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { inviteFormSchema, type InviteFormInput, type InviteFormOutput } from '../src/api/inviteFormSchema.js';
import { addVariant, lastOpen, openOnce } from './openDialog.js';

const phase = (label: string) => (window as unknown as { __phase?: (l: string) => void }).__phase?.(label);

// The floor again, with phase marks.
function HandWrittenDialogWithPhases() {
  phase('render');
  const ref = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    phase('layout effect');
    ref.current?.showModal();
    phase('after showModal');
    ref.current?.querySelector('input')?.focus();
    phase('after focus');
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
addVariant('nativePhases', HandWrittenDialogWithPhases);

// The floor with the library's element structure (the same 15 elements, ids and
// ARIA, no stylesheet, no react-hook-form): how much of the gap is the DOM itself.
// Both variants below render it; one of them adds react-hook-form.
function FullDialogMarkup({ form }: { form?: ReturnType<typeof useForm<InviteFormInput, unknown, InviteFormOutput>> }) {
  const ref = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    ref.current?.showModal();
  }, []);
  const error = form?.formState.errors.invitee?.message;
  return (
    <dialog ref={ref} aria-labelledby="full-title" aria-describedby="full-description" dir="ltr" lang="en">
      <div>
        <h2 id="full-title">Invite someone to this group</h2>
        <p id="full-description">Enter their email or user ID to send them an invitation.</p>
        <form noValidate data-status="idle" onSubmit={form?.handleSubmit(() => {})}>
          <div>
            <label htmlFor="full-input">Email or user ID</label>
            <input
              id="full-input"
              type="text"
              inputMode="email"
              autoComplete="off"
              spellCheck={false}
              dir="auto"
              aria-invalid={error ? true : undefined}
              {...(form ? form.register('invitee') : { name: 'invitee' })}
            />
          </div>
          <div role="alert" />
          <div role="status" />
          <div>
            <button type="button">Cancel</button>
            <button type="submit">Send invitation</button>
          </div>
        </form>
        <button type="button" aria-label="Close">
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </dialog>
  );
}
addVariant('nativeFull', () => <FullDialogMarkup />);

// The same, plus what react-hook-form and its zod resolver cost (the library's own schema).
function HandWrittenFullDialogWithForm() {
  const form = useForm<InviteFormInput, unknown, InviteFormOutput>({ resolver: zodResolver(inviteFormSchema), defaultValues: { invitee: '' } });
  return <FullDialogMarkup form={form} />;
}
addVariant('nativeFullForm', HandWrittenFullDialogWithForm);

interface Fiber {
  type: unknown;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
  memoizedProps: unknown;
  memoizedState: unknown;
}

const seen = new WeakMap<Fiber, [unknown, unknown]>();
let log: string[][] | null = null;
// Off outside commitsOfOpen: walking the tree on every commit would slow every variant down.
let tracking = false;

const nameOf = (type: unknown): string | null => {
  if (typeof type === 'function') return (type as { displayName?: string }).displayName || type.name || 'anonymous';
  if (type && typeof type === 'object') {
    const inner = (type as { render?: unknown; type?: unknown; displayName?: string });
    return inner.displayName || nameOf(inner.render ?? inner.type);
  }
  return null;
};

// A component rendered in this commit when its props or hooks are new objects
// (every render makes new hook objects); a bailed-out fiber keeps both.
commitListeners.add((root) => {
  if (!tracking) return;
  const rendered: string[] = [];
  const visit = (fiber: Fiber | null) => {
    for (let f = fiber; f; f = f.sibling) {
      const name = nameOf(f.type);
      // A bailed-out fiber is a clone of its alternate, with the alternate's props and hooks.
      const records = [seen.get(f), f.alternate ? seen.get(f.alternate) : undefined];
      const same = records.some((r) => r && r[0] === f.memoizedProps && r[1] === f.memoizedState);
      if (name && !same) rendered.push(name);
      seen.set(f, [f.memoizedProps, f.memoizedState]);
      visit(f.child);
    }
  };
  visit((root as { current: Fiber }).current);
  log?.push(rendered);
});

/** The components each commit of one open rendered, settled (deferred commits included). */
export async function commitsOfOpen(name: string) {
  tracking = true;
  await openOnce(name);
  log = [];
  const sample = await openOnce(name);
  const commits = log;
  log = null;
  tracking = false;
  // The last commit is the close.
  return { sample, commits: commits.slice(0, sample.commits + sample.deferredCommits) };
}

const med = (v: number[]) => v.sort((a, b) => a - b)[v.length >> 1] ?? NaN;

/**
 * Phase timings of `n` opens of each of `names`, interleaved (each round in a
 * shuffled order), from copies instrumented with `window.__phase?.(label)`
 * calls: per variant and label, the median time from the start of the open.
 */
export async function phasesOfOpen(names: string[], n: number) {
  const runs = new Map<string, Array<Array<[string, number]>>>(names.map((name) => [name, []]));
  const w = window as unknown as { __phase?: (label: string) => void };
  let current: Array<[string, number]> = [];
  w.__phase = (label) => {
    const seen = current.filter(([l]) => l === label || l.startsWith(`${label} #`)).length;
    current.push([seen ? `${label} #${seen + 1}` : label, performance.now()]);
  };
  for (let i = 0; i < n + 10; i++) {
    const order = [...names].sort(() => Math.random() - 0.5);
    for (const name of order) {
      current = [];
      await openOnce(name);
      const marks = current.filter(([, t]) => t <= lastOpen.end).map(([l, t]) => [l, t - lastOpen.start] as [string, number]);
      if (i >= 10) runs.get(name)!.push([...marks, ['end', lastOpen.end - lastOpen.start]]);
    }
  }
  delete w.__phase;
  return names.map((name) => {
    const list = runs.get(name)!;
    const at = (label: string) => med(list.map((r) => r.find(([l]) => l === label)?.[1] ?? NaN).filter((v) => !Number.isNaN(v)));
    const labels = [...new Set(list.flatMap((r) => r.map(([l]) => l)))].sort((a, b) => at(a) - at(b));
    return [name, labels.map((label) => [label, at(label)])] as const;
  });
}
