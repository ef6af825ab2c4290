import { useState } from "react";
import { Button, OverlayArrow, Tooltip, TooltipTrigger } from "react-aria-components";
import { assignmentsLabel } from "./assignment-rights.ts";
import styles from "./assignments-button.module.css";

type AssignmentsButtonProps = {
  /** The record's name: the button is "Assignments of <name>". */
  name: string;
  /** Only the focused row's button is in the tab order, so a list stays one tab stop plus its row's action. */
  isTabStop: boolean;
  /**
   * While the dialog is open the tooltip stays shut: an open tooltip would take Escape (it closes itself first) and
   * show over the dialog's backdrop.
   */
  isTooltipSuppressed: boolean;
  onPress: () => void;
};

/** The action column's assignment icon: named and with a tooltip, so the icon is never the only signal. */
export function AssignmentsButton({ name, isTabStop, isTooltipSuppressed, onPress }: AssignmentsButtonProps) {
  const label = assignmentsLabel(name);
  const [isTooltipOpen, setTooltipOpen] = useState(false);
  return (
    <TooltipTrigger delay={400} closeDelay={0} isOpen={isTooltipOpen && !isTooltipSuppressed} onOpenChange={setTooltipOpen}>
      <Button className={styles.button} aria-label={label} aria-keyshortcuts="A" excludeFromTabOrder={!isTabStop} onPress={onPress}>
        <svg className={styles.icon} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <circle cx="7" cy="6.5" r="3" />
          <path d="M1.5 16.5c0-3 2.5-5 5.5-5s5.5 2 5.5 5" />
          <circle cx="14" cy="7.5" r="2.4" />
          <path d="M13 12c2.9-.4 5.5 1.4 5.5 4.5" />
        </svg>
      </Button>
      <Tooltip className={styles.tooltip} offset={6} placement="top">
        <OverlayArrow className={styles.arrow}>
          <svg width={8} height={8} viewBox="0 0 8 8" aria-hidden="true">
            <path d="M0 0 L4 4 L8 0" />
          </svg>
        </OverlayArrow>
        <span>{label}</span>
        <kbd className={styles.key}>A</kbd>
      </Tooltip>
    </TooltipTrigger>
  );
}
