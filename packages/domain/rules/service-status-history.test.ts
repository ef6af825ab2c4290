import { describe, expect, it } from "vitest";
import { daysInStatus, daysInStay } from "./service-status-history.ts";

describe("days in a service status", () => {
  const stays = [
    { status: "initiate", enteredOn: "2026-11-02", leftOn: "2026-11-20" },
    { status: "assess", enteredOn: "2026-11-20", leftOn: null },
  ];

  it("counts a past stay from the day it entered to the day it left, and the current one to today", () => {
    expect(daysInStay(stays[0]!, "2026-12-01")).toBe(18);
    expect(daysInStay(stays[1]!, "2026-12-01")).toBe(11);
  });

  it("gives the days in the current status, crossing a month end and a daylight-saving change", () => {
    expect(daysInStatus(stays, "2026-11-20", "2027-04-01")).toBe(132);
  });

  it("falls back to the status-since date without history, and to 0 without either", () => {
    expect(daysInStatus([], "2026-11-28", "2026-12-01")).toBe(3);
    expect(daysInStatus([], null, "2026-12-01")).toBe(0);
  });

  it("never counts negative days when the clock is behind the stay", () => {
    expect(daysInStay({ status: "assess", enteredOn: "2026-12-05", leftOn: null }, "2026-12-01")).toBe(0);
  });
});
