import type { TProblem } from "@waymark/contracts";

/** Maps a problem's field errors ("/newPassword" or "newPassword") to field names, first message wins. */
export function fieldErrors(problem: TProblem | null): Record<string, string> {
  const result: Record<string, string> = {};
  for (const error of problem?.errors ?? []) {
    const name = error.path.replace(/^[/#.]+/, "").split(/[/.]/)[0] ?? "";
    if (name && !(name in result)) result[name] = error.message;
  }
  return result;
}
