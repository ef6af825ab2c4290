import { FieldError, Input, Label, Text, TextField as AriaTextField, type TextFieldProps as AriaProps } from "react-aria-components";
import styles from "./field.module.css";

type TextFieldProps = Omit<AriaProps, "className" | "children" | "isInvalid"> & {
  label: string;
  description?: string;
  /** Shown under the field; its presence marks the field invalid. */
  error?: string | undefined;
  placeholder?: string;
  inputClassName?: string;
  className?: string;
};

export function TextField({ label, description, error, placeholder, inputClassName, className, ...props }: TextFieldProps) {
  return (
    <AriaTextField
      {...props}
      validationBehavior="aria"
      isInvalid={Boolean(error)}
      className={[styles.field, className].filter(Boolean).join(" ")}
    >
      <Label className={styles.label}>{label}</Label>
      <Input className={[styles.input, inputClassName].filter(Boolean).join(" ")} placeholder={placeholder} />
      {description && (
        <Text slot="description" className={styles.description}>
          {description}
        </Text>
      )}
      <FieldError className={styles.error}>{error}</FieldError>
    </AriaTextField>
  );
}
