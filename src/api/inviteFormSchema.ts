import { z } from 'zod/mini';
import { parseInvitee } from './parseInvitee.js';

/**
 * The invite form's one field. The issue message is a message key
 * (`validation.email`, …), translated when rendered, never prose.
 * `zod/mini` keeps the schema a few KB instead of the full zod bundle.
 */
export const inviteFormSchema = z.object({
  invitee: z.pipe(
    z.string(),
    z.transform((value: string, payload) => {
      const parsed = parseInvitee(value);
      if (parsed.ok) return parsed.invitee;
      payload.issues.push({ code: 'custom', message: parsed.problem, input: value });
      return z.NEVER;
    }),
  ),
});

export type InviteFormInput = z.input<typeof inviteFormSchema>;
export type InviteFormOutput = z.output<typeof inviteFormSchema>;
