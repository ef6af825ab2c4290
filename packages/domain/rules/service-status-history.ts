import { calendarDaysBetween } from "../calendar/business-days.ts";

/** One stay of a service in a status; `leftOn` is null for the status it is in now. Dates are the tenant's. */
export type StatusStay = { status: string; enteredOn: string; leftOn: string | null };

/** Calendar days a stay lasted, or has lasted until `today` (the tenant's local date) while it is open. */
export function daysInStay(stay: StatusStay, today: string): number {
  return Math.max(0, calendarDaysBetween(stay.enteredOn, stay.leftOn ?? today));
}

/**
 * "Days in Service Status" (seed 002 DIBS reporting, research §1 and rule 59): days since the service entered its current status,
 * from the open stay, else from the status-since date; 0 when neither is known.
 */
export function daysInStatus(stays: readonly StatusStay[], statusSince: string | null, today: string): number {
  const open = stays.find((stay) => stay.leftOn === null);
  if (open) return daysInStay(open, today);
  return statusSince ? Math.max(0, calendarDaysBetween(statusSince, today)) : 0;
}
