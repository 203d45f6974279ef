import type { QueryClient } from '@tanstack/react-query';
import type { InviteResult, Invitee } from '../api/createInviteClient.js';

/** What a host sees of an invitation in its mutation cache (devtools, `useMutationState`). */
export interface InviteMutationVariables {
  groupId: string;
  invitee: Invitee;
}

/**
 * Runs one request as a TanStack Query mutation in `queryClient`'s cache,
 * so the host's devtools, `useIsMutating` and mutation-cache callbacks see
 * it, while nothing of the host's configuration changes what happens:
 *
 * - the options that decide behaviour are pinned (no retries of its own, no
 *   pausing by network mode, no queueing behind a host's default `scope`);
 * - the outcome is the request's own, recorded when the mutation function
 *   runs: a host callback that throws (say a global `onSuccess`) does not
 *   turn a sent invitation into a failure, and one that stops the mutation
 *   before it runs (a throwing `onMutate`) does not stop the invitation;
 * - there is no mutation observer, so a host's `throwOnError` default has
 *   no render to throw an expected error into;
 * - nothing here waits on the cache, so `queryClient.clear()` cannot leave a
 *   request hanging.
 */
export function executeInviteMutation(
  queryClient: QueryClient,
  mutationKey: readonly unknown[],
  variables: InviteMutationVariables,
  send: () => Promise<InviteResult>,
): Promise<InviteResult> {
  let request: Promise<InviteResult> | undefined;
  const run = () => (request ??= send());
  const mutation = queryClient.getMutationCache().build(queryClient, {
    mutationKey,
    mutationFn: run,
    retry: false,
    networkMode: 'always',
    scope: undefined,
  });
  return mutation.execute(variables).then(run, run);
}
