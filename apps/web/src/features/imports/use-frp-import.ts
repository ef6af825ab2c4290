import type { TFrpListPreview, TProblem } from "@waymark/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { problemOf } from "../../lib/api.ts";
import { problemOfText, uploadWithProgress } from "./upload.ts";

export type FrpImportState =
  | { kind: "idle" }
  | { kind: "sending"; step: "preview" | "import"; sent: number; total: number; preview?: TFrpListPreview }
  | { kind: "previewed"; preview: TFrpListPreview; changedSince?: string }
  | { kind: "applied"; preview: TFrpListPreview }
  | { kind: "refused"; problem: TProblem; preview?: TFrpListPreview }
  | { kind: "cancelled"; preview?: TFrpListPreview };

const isPreview = (value: unknown): value is TFrpListPreview =>
  typeof value === "object" && value !== null && "previewFingerprint" in value && "counts" in value;

/** Previews the FastTrack Ready Partner list, then imports exactly that preview; a 409 brings the new preview to confirm. */
export function useFrpImport() {
  const queryClient = useQueryClient();
  const [state, setState] = useState<FrpImportState>({ kind: "idle" });
  const controller = useRef<AbortController | null>(null);

  const send = async (file: Blob, step: "preview" | "import", preview?: TFrpListPreview) => {
    controller.current?.abort();
    const aborter = new AbortController();
    controller.current = aborter;
    const kept = preview ? { preview } : {};
    setState({ kind: "sending", step, sent: 0, total: file.size, ...kept });
    const url = step === "preview" ? "/api/partners/frp-list/preview" : `/api/partners/frp-list?previewFingerprint=${encodeURIComponent(preview?.previewFingerprint ?? "")}`;
    try {
      const answer = await uploadWithProgress({
        url,
        body: file,
        contentType: "text/csv",
        accept: "application/json",
        signal: aborter.signal,
        onUpload: (sent, total) => setState({ kind: "sending", step, sent, total: total || file.size, ...kept }),
      });
      if (answer.status === 200) {
        const body = JSON.parse(answer.text) as TFrpListPreview;
        setState(step === "preview" ? { kind: "previewed", preview: body } : { kind: "applied", preview: body });
        if (step === "import") void queryClient.invalidateQueries({ queryKey: ["partners"] });
        return;
      }
      const problem = problemOfText(answer.status, answer.text);
      if (answer.status === 409 && isPreview(problem.current)) setState({ kind: "previewed", preview: problem.current, changedSince: problem.detail });
      else setState({ kind: "refused", problem, ...kept });
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") setState({ kind: "cancelled", ...kept });
      else setState({ kind: "refused", problem: problemOf(error), ...kept });
    } finally {
      if (controller.current === aborter) controller.current = null;
    }
  };

  return {
    state,
    preview: (file: Blob) => send(file, "preview"),
    confirm: (file: Blob, preview: TFrpListPreview) => send(file, "import", preview),
    cancel: () => controller.current?.abort(),
    reset: () => setState({ kind: "idle" }),
  };
}
