const TEXT_INPUT_EXCLUDED = ["button", "checkbox", "radio", "submit", "reset", "range", "color", "file"];

/**
 * True when a keystroke belongs to a text field or to a widget with type-ahead (list boxes, menus),
 * so single-letter shortcuts must leave it alone.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !TEXT_INPUT_EXCLUDED.includes(target.type);
  return target.closest('[role="textbox"],[role="combobox"],[role="listbox"],[role="menu"],[role="tree"]') !== null;
}
