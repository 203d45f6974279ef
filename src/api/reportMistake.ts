import { isDevelopment } from './isDevelopment.js';

const reported = new Set<string>();

/**
 * Tells the developer, once per distinct mistake and only in development,
 * what in the host's setup is wrong (an empty `groupId`, a malformed
 * invitee). The person using the dialog sees only that it is not set up.
 */
export function reportMistake(error: Error): void {
  if (!isDevelopment() || reported.has(error.message)) return;
  reported.add(error.message);
  console.error(`invite-kit: ${error.message}`);
}
