import { useState, type FormEvent } from "react";
import { Dialog, DialogTrigger, Heading, Popover } from "react-aria-components";
import { Button } from "../../components/button.tsx";
import { SelectField } from "../../components/select-field.tsx";
import { TextField } from "../../components/text-field.tsx";
import { addFilter, describeFilter, filterValueProblem, OPS_BY_TYPE, opLabel, removeFilter, type ColumnMeta } from "./portfolio-filters.ts";
import type { FilterOp, PortfolioFilter } from "./portfolio-state.ts";
import styles from "./portfolio-toolbar.module.css";

type FilterChipsProps = {
  columns: readonly ColumnMeta[];
  filters: PortfolioFilter[];
  onChange: (filters: PortfolioFilter[]) => void;
};

/** The applied filters as removable chips, then "Add filter". */
export function FilterChips({ columns, filters, onChange }: FilterChipsProps) {
  return (
    <div className={styles.chips} role="group" aria-label="Filters">
      {filters.map((filter, index) => {
        const text = describeFilter(filter, columns);
        return (
          <span key={`${filter.column}:${filter.op}:${filter.value}`} className={styles.chip}>
            {text}
            <Button variant="quiet" size="small" className={styles.chipRemove} aria-label={`Remove filter ${text}`} onPress={() => onChange(removeFilter(filters, index))}>
              ×
            </Button>
          </span>
        );
      })}
      <AddFilter columns={columns} onAdd={(filter) => onChange(addFilter(filters, filter))} />
    </div>
  );
}

function AddFilter({ columns, onAdd }: { columns: readonly ColumnMeta[]; onAdd: (filter: PortfolioFilter) => void }) {
  const [isOpen, setOpen] = useState(false);
  const [columnKey, setColumnKey] = useState<string | undefined>(undefined);
  const [op, setOp] = useState<FilterOp | undefined>(undefined);
  const [value, setValue] = useState("");
  const [tried, setTried] = useState(false);
  const column = columns.find((candidate) => candidate.key === columnKey);
  const ops = column ? OPS_BY_TYPE[column.type] : [];
  const chosenOp = op && ops.includes(op) ? op : ops[0];
  const problem = column && chosenOp ? filterValueProblem(column.type, chosenOp, value) : "Choose a column.";
  const needsValue = chosenOp !== "empty" && chosenOp !== "notempty";

  const reset = () => {
    setColumnKey(undefined);
    setOp(undefined);
    setValue("");
    setTried(false);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (problem || !column || !chosenOp) return;
    onAdd({ column: column.key, op: chosenOp, value: needsValue ? value.trim() : "" });
    reset();
    setOpen(false);
  };

  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={(open) => (setOpen(open), open || reset())}>
      <Button size="small" className={styles.addFilter}>
        + Add filter
      </Button>
      <Popover className={styles.panel} placement="bottom start">
        <Dialog className={styles.panelDialog} aria-label="Add filter">
          <Heading slot="title" className={styles.panelTitle}>
            Add filter
          </Heading>
          <form className={styles.filterForm} onSubmit={submit} noValidate>
            <SelectField
              label="Column"
              options={columns.map((candidate) => ({ value: candidate.key, label: candidate.label }))}
              value={columnKey}
              onChange={(key) => (setColumnKey(key), setOp(undefined), setValue(""))}
            />
            {column && (
              <SelectField
                label="Condition"
                options={ops.map((candidate) => ({ value: candidate, label: opLabel(candidate, column.type) }))}
                value={chosenOp}
                onChange={(next) => setOp(next as FilterOp | undefined)}
              />
            )}
            {column && needsValue && <ValueInput column={column} op={chosenOp} value={value} onChange={setValue} error={tried ? problem : undefined} />}
            {tried && !column && <p className={styles.formError}>{problem}</p>}
            <div className={styles.formActions}>
              <Button type="submit" variant="primary" size="small">
                Apply filter
              </Button>
            </div>
          </form>
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}

type ValueInputProps = { column: ColumnMeta; op: FilterOp | undefined; value: string; onChange: (value: string) => void; error: string | undefined };

function ValueInput({ column, op, value, onChange, error }: ValueInputProps) {
  if (column.type === "boolean") {
    return <SelectField label="Value" options={[{ value: "true", label: "Yes" }, { value: "false", label: "No" }]} value={value || undefined} onChange={(next) => onChange(next ?? "")} />;
  }
  if (column.type === "enum" && op !== "in") {
    const options = (column.options ?? []).map((option) => ({ value: option.code, label: option.label }));
    return <SelectField label="Value" options={options} value={value || undefined} onChange={(next) => onChange(next ?? "")} />;
  }
  const hint =
    column.type === "enum" ? `Codes separated by commas: ${(column.options ?? []).map((option) => option.code).join(", ")}` : undefined;
  return (
    <TextField
      label="Value"
      value={value}
      onChange={onChange}
      error={error}
      type={column.type === "date" ? "date" : "text"}
      inputMode={column.type === "number" ? "decimal" : undefined}
      {...(hint ? { description: hint } : {})}
    />
  );
}
