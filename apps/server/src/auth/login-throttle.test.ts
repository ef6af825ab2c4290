import { describe, expect, it } from "vitest";
import { FREE_ATTEMPTS, loginLockFor, minutesUntil } from "./login-throttle.ts";

describe("loginLockFor", () => {
  it("lets the first wrong passwords through, then locks for a minute, doubling up to an hour", () => {
    expect(loginLockFor(FREE_ATTEMPTS - 1)).toBeNull();
    expect([5, 6, 7, 8, 11, 12, 30].map(loginLockFor)).toEqual([60_000, 120_000, 240_000, 480_000, 3_600_000, 3_600_000, 3_600_000]);
  });
});

describe("minutesUntil", () => {
  it("rounds up to whole minutes and never says zero", () => {
    const now = new Date("2026-11-23T10:00:00Z");
    expect(minutesUntil(new Date("2026-11-23T10:00:20Z"), now)).toBe("1 minute");
    expect(minutesUntil(new Date("2026-11-23T10:15:01Z"), now)).toBe("16 minutes");
  });
});
