// Runs in the benchmark page (see scripts/bench.mjs): opens the real dialog and
// a hand-written native <dialog> with one input, the same way, many times.
import { Profiler, useLayoutEffect, useRef } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createInviteClient, InviteUserDialog } from '../src/index.js';

const client = createInviteClient({ baseUrl: '/api', clientId: 'bench', getAccessToken: () => 'token' });

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

const variants = {
  library: () => <InviteUserDialog groupId="1" client={client} defaultOpen trigger={null} />,
  native: () => <HandWrittenDialog />,
};

/** Milliseconds from render to an open, laid-out, focused modal. */
function openOnce(name: keyof typeof variants): number {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const Variant = variants[name];
  const start = performance.now();
  flushSync(() => root.render(<Variant />));
  // Force style and layout so both pay for what the user would see.
  container.ownerDocument.querySelector('dialog')?.getBoundingClientRect();
  const elapsed = performance.now() - start;
  flushSync(() => root.unmount());
  container.remove();
  return elapsed;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/**
 * Median time per open, from samples of `batch` opens each: the browser's
 * clock is coarse (0.1 ms), so one open alone would mostly measure rounding.
 */
export function runOpenBenchmark(samples: number, batch = 10) {
  const sample = (name: keyof typeof variants) => {
    let total = 0;
    for (let i = 0; i < batch; i++) total += openOnce(name);
    return total / batch;
  };
  const results = { library: [] as number[], native: [] as number[] };
  // Warm up both paths, then interleave so drift hits both alike.
  sample('library');
  sample('native');
  for (let i = 0; i < samples; i++) {
    results.library.push(sample('library'));
    results.native.push(sample('native'));
  }
  return { library: median(results.library), native: median(results.native) };
}

/** Mounts the open dialog under a Profiler; the page's typing is counted in `commits`. */
export function mountForTyping() {
  const state = { commits: 0 };
  const container = document.createElement('div');
  document.body.append(container);
  flushSync(() =>
    createRoot(container).render(
      <Profiler id="dialog" onRender={() => void state.commits++}>
        <InviteUserDialog groupId="1" client={client} defaultOpen trigger={null} />
      </Profiler>,
    ),
  );
  return state;
}

Object.assign(window, { runOpenBenchmark, mountForTyping });
