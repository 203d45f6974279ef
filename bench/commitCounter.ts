// Counts React commits in the benchmark page through the hook React DevTools
// uses. React's production build never calls a <Profiler>'s onRender (only
// the profiling build does), but it does report every commit to this hook, at
// the cost of one function call. Imported first, so it exists before
// react-dom starts and looks for it.
export const commits = { count: 0 };
/** bench/profile.mjs looks at what each commit rendered. */
export const commitListeners = new Set<(root: unknown) => void>();

const hook = {
  supportsFiber: true,
  renderers: new Map(),
  inject: () => 1,
  checkDCE: () => {},
  onScheduleFiberRoot: () => {},
  onCommitFiberRoot: (_id: number, root: unknown) => {
    commits.count++;
    for (const listener of commitListeners) listener(root);
  },
  onPostCommitFiberRoot: () => {},
  onCommitFiberUnmount: () => {},
  setStrictMode: () => {},
};

Object.assign(window, { __REACT_DEVTOOLS_GLOBAL_HOOK__: hook });
