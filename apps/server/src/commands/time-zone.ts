import { AppError } from "../errors.ts";

/** Business days are counted in the tenant's time zone, so it must be one the runtime knows. */
export function assertValidTimeZone(timeZone: string | undefined): void {
  if (timeZone === undefined) return;
  try {
    new Intl.DateTimeFormat("en", { timeZone });
  } catch {
    throw new AppError("validation_failed", `"${timeZone}" is not an IANA time zone; use a name like Europe/Berlin.`, {
      errors: [{ path: "/body/timeZone", message: "unknown time zone" }],
    });
  }
}
