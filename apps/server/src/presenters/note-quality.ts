import type { TNoteClassification } from "@waymark/contracts";
import { l1Label, l2Label, type NoteClassification } from "@waymark/domain";

export function presentNoteClassification(result: NoteClassification): TNoteClassification {
  const { suggested } = result;
  return {
    ...result,
    suggested: suggested && { l1: suggested.l1, l1Label: l1Label(suggested.l1), l2: suggested.l2, l2Label: suggested.l2 && l2Label(suggested.l2) },
  };
}
