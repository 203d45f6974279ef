/**
 * Runs the host's handler first, then ours unless the host called
 * `event.preventDefault()`, so hosts can extend or veto a part's behaviour.
 */
export function composeEventHandlers<E extends { defaultPrevented: boolean }>(
  theirs: ((event: E) => void) | undefined,
  ours: (event: E) => void,
): (event: E) => void {
  return (event) => {
    theirs?.(event);
    if (!event.defaultPrevented) ours(event);
  };
}
