import { Checkbox, Dialog, DialogTrigger, Heading, Popover } from "react-aria-components";
import { Button } from "../../components/button.tsx";
import checkbox from "../../components/checkbox.module.css";
import type { ColumnMeta } from "./portfolio-filters.ts";
import styles from "./portfolio-toolbar.module.css";

type ColumnsChooserProps = {
  columns: readonly ColumnMeta[];
  shown: string[];
  onChange: (keys: string[]) => void;
  onReset: () => void;
};

/** Show, hide and order columns; the tenant name always stays first. */
export function ColumnsChooser({ columns, shown, onChange, onReset }: ColumnsChooserProps) {
  const hidden = columns.filter((column) => !shown.includes(column.key));
  const label = (key: string) => columns.find((column) => column.key === key)?.label ?? key;
  const move = (index: number, step: number) => {
    const next = [...shown];
    const [key] = next.splice(index, 1);
    if (key) next.splice(index + step, 0, key);
    onChange(next);
  };
  return (
    <DialogTrigger>
      <Button className={styles.toolButton}>Columns</Button>
      <Popover className={styles.panel} placement="bottom end">
        <Dialog className={styles.panelDialog} aria-label="Columns">
          <Heading slot="title" className={styles.panelTitle}>
            Columns ({shown.length} shown)
          </Heading>
          <ol className={styles.columnList} aria-label="Shown columns, in order">
            {shown.map((key, index) => (
              <li key={key} className={styles.columnItem}>
                <Checkbox className={checkbox.checkbox} isSelected isDisabled={key === "name"} onChange={() => onChange(shown.filter((other) => other !== key))}>
                  <span aria-hidden="true" className={checkbox.checkMark} />
                  {label(key)}
                </Checkbox>
                <span className={styles.columnMoves}>
                  <Button size="small" variant="quiet" aria-label={`Move ${label(key)} earlier`} isDisabled={index <= 1 || key === "name"} onPress={() => move(index, -1)}>
                    ↑
                  </Button>
                  <Button size="small" variant="quiet" aria-label={`Move ${label(key)} later`} isDisabled={index === shown.length - 1 || key === "name"} onPress={() => move(index, 1)}>
                    ↓
                  </Button>
                </span>
              </li>
            ))}
          </ol>
          <p className={styles.panelSub}>Hidden</p>
          <ul className={styles.columnList} aria-label="Hidden columns">
            {hidden.map((column) => (
              <li key={column.key} className={styles.columnItem}>
                <Checkbox className={checkbox.checkbox} isSelected={false} onChange={() => onChange([...shown, column.key])}>
                  <span aria-hidden="true" className={checkbox.checkMark} />
                  <span title={column.description}>{column.label}</span>
                </Checkbox>
              </li>
            ))}
          </ul>
          <Button size="small" onPress={onReset}>
            Use the display's columns
          </Button>
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
