import { useEffect, useState } from "react";
import { Button } from "./button.tsx";

type CopyButtonProps = { value: string; label: string };

/** Copies a value and says so in place; the polite status text reaches screen readers too. */
export function CopyButton({ value, label }: CopyButtonProps) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      setState("failed");
    }
  };

  return (
    <>
      <Button size="small" variant="quiet" aria-label={label} onPress={() => void copy()}>
        {state === "copied" ? "Copied" : "Copy"}
      </Button>
      <span role="status" className="visually-hidden">
        {state === "copied" ? "Copied to the clipboard" : state === "failed" ? "Could not copy; select the text instead" : ""}
      </span>
    </>
  );
}
