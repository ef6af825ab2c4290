import { type KeyboardEvent, useEffect, useRef, useState } from "react";

/** Keys that move the focused row: a step, or the first or last row. */
export type RowKeys = Readonly<Record<string, number | "first" | "last">>;

/**
 * A list that is one tab stop: one row is focusable at a time and keys move it. The focused index stays within the
 * rows when the list shrinks.
 */
export function useRowFocus(count: number, keys: RowKeys, initialIndex = 0) {
  const [focusedIndex, setFocusedIndex] = useState(initialIndex);
  const rowRefs = useRef<(HTMLTableRowElement | null)[]>([]);
  useEffect(() => setFocusedIndex((index) => Math.min(index, Math.max(count - 1, 0))), [count]);

  const focusRow = (index: number) => {
    const clamped = Math.max(0, Math.min(count - 1, index));
    setFocusedIndex(clamped);
    rowRefs.current[clamped]?.focus();
  };

  /** Moves the focus when the key is one of `keys`; true when it was. */
  const moveFocus = (event: KeyboardEvent): boolean => {
    const move = keys[event.key];
    if (move === undefined) return false;
    event.preventDefault();
    focusRow(move === "first" ? 0 : move === "last" ? count - 1 : focusedIndex + move);
    return true;
  };

  return { focusedIndex, setFocusedIndex, rowRefs, moveFocus };
}
