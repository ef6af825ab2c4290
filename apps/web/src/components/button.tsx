import { Button as AriaButton, type ButtonProps as AriaButtonProps } from "react-aria-components";
import styles from "./button.module.css";

type ButtonProps = Omit<AriaButtonProps, "className"> & {
  variant?: "primary" | "secondary" | "quiet";
  size?: "normal" | "small";
  className?: string;
};

export function Button({ variant = "secondary", size = "normal", className, ...props }: ButtonProps) {
  const classes = [styles.button, variant === "primary" && styles.primary, variant === "quiet" && styles.quiet,
    size === "small" && styles.small, className].filter(Boolean).join(" ");
  return <AriaButton {...props} className={classes} />;
}
