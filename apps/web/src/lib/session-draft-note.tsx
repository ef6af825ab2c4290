import { Button } from "../components/button.tsx";
import sectionStyles from "../components/section.module.css";
import type { SessionDraft } from "./session-draft-hook.ts";

/** The quiet line a form shows when it brought back what was typed before a reload, with a way to drop it. */
export function SessionDraftNote<T>({ draft, onDiscard }: { draft: SessionDraft<T>; onDiscard?: () => void }) {
  if (!draft.restored) return null;
  return (
    <p role="status" className={sectionStyles.muted} style={{ display: "flex", alignItems: "center", gap: "var(--space-2)", flexWrap: "wrap" }}>
      <span>Restored what you were typing.</span>
      <Button size="small" variant="quiet" onPress={() => (onDiscard ? onDiscard() : draft.clear())}>
        Discard
      </Button>
    </p>
  );
}
