import { describe, expect, it } from "vitest";
import { MAX_SEND_ATTEMPTS, nextSendAttemptAt } from "./backoff.ts";

const failedAt = new Date("2026-11-23T09:00:00Z");
const minutesLater = (attempts: number) => {
  const next = nextSendAttemptAt(attempts, failedAt);
  return next && (next.getTime() - failedAt.getTime()) / 60_000;
};

describe("the retry of a message that could not be sent", () => {
  it("waits 1 minute after the first failure, then twice as long each time", () => {
    expect([1, 2, 3, 4, 5, 6].map(minutesLater)).toEqual([1, 2, 4, 8, 16, 32]);
  });

  it("never waits more than an hour", () => {
    expect(minutesLater(7)).toBe(60);
  });

  it("gives up after 8 attempts", () => {
    expect(MAX_SEND_ATTEMPTS).toBe(8);
    expect(nextSendAttemptAt(8, failedAt)).toBeNull();
    expect(nextSendAttemptAt(9, failedAt)).toBeNull();
  });
});
