/**
 * Per-account sign-in throttling, on top of the per-address rate limit of the login route: after
 * FREE_ATTEMPTS wrong passwords in a row the account cannot sign in for a minute, and each further wrong password
 * doubles the wait, up to an hour. A successful sign-in starts the count again.
 */
export const FREE_ATTEMPTS = 5;
const FIRST_LOCK_MS = 60_000;
const LONGEST_LOCK_MS = 60 * 60_000;

/** How long sign-in stays locked after this many wrong passwords in a row; null while it does not. */
export function loginLockFor(failedLogins: number): number | null {
  if (failedLogins < FREE_ATTEMPTS) return null;
  return Math.min(FIRST_LOCK_MS * 2 ** (failedLogins - FREE_ATTEMPTS), LONGEST_LOCK_MS);
}

/** "1 minute", "16 minutes": how long until `until`, rounded up to whole minutes. */
export function minutesUntil(until: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}
