import { describe, expect, it } from "vitest";
import { problemOfLine, takeNdjsonLines, usageStreamLine } from "./ndjson.ts";

describe("reading the usage import's progress stream", () => {
  it("hands on complete lines as they arrive and keeps a line cut in two until its end comes", () => {
    const first = takeNdjsonLines('{"type":"progress","phase":"checking","done":0,"total":9}\n{"type":"progr');
    expect(first.lines).toEqual([{ type: "progress", phase: "checking", done: 0, total: 9 }]);
    expect(first.rest).toBe('{"type":"progr');
    const second = takeNdjsonLines(`${first.rest}ess","phase":"storing","done":9,"total":9}\n\n{"type":"result","rows":9}\n`);
    expect(second.lines.map(usageStreamLine)).toEqual([
      { type: "progress", phase: "storing", done: 9, total: 9 },
      { type: "result", rows: 9 },
    ]);
    expect(second.rest).toBe("");
    expect(takeNdjsonLines("no line end yet")).toEqual({ lines: [], rest: "no line end yet" });
  });

  it("ignores lines of kinds it does not know and gives a problem line back its problem type", () => {
    expect(usageStreamLine({ type: "heartbeat" })).toBeNull();
    expect(usageStreamLine("text")).toBeNull();
    const line = { type: "problem" as const, problemType: "/problems/validation-failed", title: "t", status: 422, detail: "Nothing was imported", code: "validation_failed" };
    expect(problemOfLine(line)).toEqual({ type: "/problems/validation-failed", title: "t", status: 422, detail: "Nothing was imported", code: "validation_failed" });
  });
});
