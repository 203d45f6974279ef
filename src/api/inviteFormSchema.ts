import { NEVER, object, pipe, string, transform, type input, type output } from 'zod/mini';
import { parseInvitee } from './parseInvitee.js';

/**
 * The invite form's one field. The issue message is a message key
 * (`validation.email`, …), translated when rendered, never prose.
 * Named imports from `zod/mini` let bundlers keep only these few functions.
 */
export const inviteFormSchema = object({
  invitee: pipe(
    string(),
    transform((value: string, payload) => {
      const parsed = parseInvitee(value);
      if (parsed.ok) return parsed.invitee;
      payload.issues.push({ code: 'custom', message: parsed.problem, input: value });
      return NEVER;
    }),
  ),
});

export type InviteFormInput = input<typeof inviteFormSchema>;
export type InviteFormOutput = output<typeof inviteFormSchema>;
