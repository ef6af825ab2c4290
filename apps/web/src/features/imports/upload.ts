import type { TProblem } from "@waymark/contracts";
import { ApiError } from "../../lib/api.ts";

export type UploadOptions = {
  url: string;
  body: Blob | string;
  contentType: string;
  accept: string;
  signal: AbortSignal;
  /** Bytes sent so far, from the browser's upload events. */
  onUpload?: (sent: number, total: number) => void;
  /** The answer's text so far, as it arrives (a streamed answer arrives in pieces). */
  onText?: (textSoFar: string) => void;
};

const networkProblem = (): TProblem => ({
  type: "about:blank",
  title: "Request failed",
  status: 0,
  detail: "Could not reach the Waymark server. Check your connection and try again.",
  code: "network",
});

/**
 * Sends a file with XMLHttpRequest, the one browser API that reports upload progress, and hands on the answer as it
 * streams in. Resolves with the status and whole text; rejects with an AbortError when the signal aborts.
 */
export function uploadWithProgress(options: UploadOptions): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", options.url);
    xhr.setRequestHeader("Content-Type", options.contentType);
    xhr.setRequestHeader("Accept", options.accept);
    xhr.setRequestHeader("X-Requested-With", "waymark");
    xhr.upload.onprogress = (event) => options.onUpload?.(event.loaded, event.lengthComputable ? event.total : 0);
    xhr.onprogress = () => options.onText?.(xhr.responseText);
    xhr.onload = () => {
      options.onText?.(xhr.responseText);
      resolve({ status: xhr.status, text: xhr.responseText });
    };
    xhr.onerror = () => reject(new ApiError(networkProblem()));
    xhr.onabort = () => reject(new DOMException("The import was cancelled", "AbortError"));
    if (options.signal.aborted) return xhr.abort();
    options.signal.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(options.body);
  });
}

/** The problem document of a JSON error answer, or a plain one naming the status. */
export function problemOfText(status: number, text: string): TProblem {
  try {
    const body = JSON.parse(text) as Partial<TProblem>;
    if (typeof body.detail === "string" || typeof body.title === "string") {
      return { type: body.type ?? "about:blank", title: body.title ?? "Request failed", status: body.status ?? status, detail: body.detail ?? "", code: body.code ?? "http_error", ...(body.errors ? { errors: body.errors } : {}), ...(body.current !== undefined ? { current: body.current } : {}) };
    }
  } catch {
    // Not JSON: described below.
  }
  return { type: "about:blank", title: "Request failed", status, detail: `The server answered HTTP ${status}.`, code: "http_error" };
}
