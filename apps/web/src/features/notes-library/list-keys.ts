import type { KeyboardEvent } from "react";

/** j / k move between the rows of a list, focusing each row's first link; other keys and typing in fields are left alone. */
export function onListKeys(event: KeyboardEvent<HTMLElement>): void {
  if ((event.key !== "j" && event.key !== "k") || event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.target as HTMLElement;
  if (target.closest("input, textarea, [contenteditable=true]")) return;
  const rows = [...event.currentTarget.querySelectorAll<HTMLElement>(":scope > li")];
  const current = rows.findIndex((row) => row.contains(target));
  const next = rows[Math.min(rows.length - 1, Math.max(0, current + (event.key === "j" ? 1 : -1)))];
  const link = next?.querySelector<HTMLElement>("a[href], button");
  if (!link) return;
  event.preventDefault();
  link.focus();
}
