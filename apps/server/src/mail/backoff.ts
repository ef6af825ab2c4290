/** A message is tried this many times before it is given up as `failed`. */
export const MAX_SEND_ATTEMPTS = 8;
const FIRST_DELAY_MS = 60_000;
const LONGEST_DELAY_MS = 60 * 60_000;

/**
 * When a message that failed `attempts` times (this one included) is tried again: 1 min after the first failure,
 * then 2, 4, … minutes, never more than an hour; null once it has had all its attempts.
 */
export function nextSendAttemptAt(attempts: number, failedAt: Date): Date | null {
  if (attempts >= MAX_SEND_ATTEMPTS) return null;
  const delay = Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_DELAY_MS);
  return new Date(failedAt.getTime() + delay);
}
