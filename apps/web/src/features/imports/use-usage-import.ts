import type { TProblem, TUsageImportResult } from "@waymark/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { problemOf } from "../../lib/api.ts";
import type { Phase } from "./imports.ts";
import { problemOfLine, takeNdjsonLines, usageStreamLine } from "./ndjson.ts";
import { problemOfText, uploadWithProgress } from "./upload.ts";

const ended = {
  type: "about:blank",
  title: "The answer was cut off",
  status: 0,
  code: "network",
  detail: "The answer ended before the import's result arrived, so whether it was stored is unknown; importing the file again is safe and says what is stored.",
};

export type UsageImportState =
  | { kind: "idle" }
  | { kind: "running"; phase: Phase; done: number; total: number }
  | { kind: "stored"; result: TUsageImportResult }
  | { kind: "refused"; problem: TProblem }
  /** `late`: cancelled after the server reported every row stored, when the import may still have completed. */
  | { kind: "cancelled"; phase: Phase; late: boolean };

/** Runs a usage import with upload progress, then the server's own progress lines, then its result or problem. */
export function useUsageImport() {
  const queryClient = useQueryClient();
  const [state, setState] = useState<UsageImportState>({ kind: "idle" });
  const controller = useRef<AbortController | null>(null);
  const phase = useRef<Phase>("uploading");
  const allStored = useRef(false);

  const start = async (file: Blob) => {
    controller.current?.abort();
    const aborter = new AbortController();
    controller.current = aborter;
    phase.current = "uploading";
    allStored.current = false;
    setState({ kind: "running", phase: "uploading", done: 0, total: file.size });
    // Set from the stream callback; a holder, so the checks below see what the callback stored.
    const outcome: { final: UsageImportState | null } = { final: null };
    let rest = "";
    let read = 0;
    const take = (text: string) => {
      const { lines, rest: left } = takeNdjsonLines(rest + text.slice(read));
      read = text.length;
      rest = left;
      for (const value of lines) {
        const line = usageStreamLine(value);
        if (line?.type === "progress") {
          phase.current = line.phase;
          allStored.current = line.phase === "storing" && line.done >= line.total;
          setState({ kind: "running", phase: line.phase, done: line.done, total: line.total });
        } else if (line?.type === "result") {
          const { type: _type, ...result } = line;
          outcome.final = { kind: "stored", result };
        } else if (line?.type === "problem") outcome.final = { kind: "refused", problem: problemOfLine(line) };
      }
    };
    try {
      const answer = await uploadWithProgress({
        url: "/api/usage/imports",
        body: file,
        contentType: "text/csv",
        accept: "application/x-ndjson",
        signal: aborter.signal,
        onUpload: (sent, total) => {
          if (phase.current === "uploading") setState({ kind: "running", phase: "uploading", done: sent, total: total || file.size });
        },
        onText: take,
      });
      if (answer.status !== 200) outcome.final = { kind: "refused", problem: problemOfText(answer.status, answer.text) };
      setState(outcome.final ?? { kind: "refused", problem: ended });
      // Usage, playbook tasks and their "why" may all have changed on any tenant the file named.
      if (outcome.final?.kind === "stored") void queryClient.invalidateQueries();
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") setState({ kind: "cancelled", phase: phase.current, late: allStored.current });
      else setState({ kind: "refused", problem: problemOf(error) });
    } finally {
      if (controller.current === aborter) controller.current = null;
    }
  };

  return { state, start, cancel: () => controller.current?.abort(), reset: () => setState({ kind: "idle" }) };
}
