import { useId, useState, type DragEvent } from "react";
import { countDataRows, firstRows } from "./csv-file.ts";
import styles from "./imports.module.css";

/** A chosen file and what the browser read from it. */
export type ChosenFile = { file: File; text: string; rows: number; header: string[]; first: string[][] };

const PREVIEW_ROWS = 5;

async function read(file: File): Promise<ChosenFile> {
  const text = await file.text();
  const { header, rows } = firstRows(text, PREVIEW_ROWS);
  return { file, text, rows: countDataRows(text), header, first: rows };
}

type FilePickerProps = { label: string; hint: string; isDisabled?: boolean; onChosen: (chosen: ChosenFile) => void };

/** Pick a CSV file with the button (keyboard) or drop it on the area; the file is read in the browser at once. */
export function FilePicker({ label, hint, isDisabled = false, onChosen }: FilePickerProps) {
  const inputId = useId();
  const hintId = useId();
  const [dragging, setDragging] = useState(false);
  const [reading, setReading] = useState(false);
  const take = async (file: File | undefined) => {
    if (!file || isDisabled) return;
    setReading(true);
    try {
      onChosen(await read(file));
    } finally {
      setReading(false);
    }
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void take(event.dataTransfer.files[0]);
  };
  return (
    <div
      className={[styles.drop, dragging && styles.dragging].filter(Boolean).join(" ")}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <label htmlFor={inputId} className={styles.pick}>
        {reading ? "Reading the file…" : label}
      </label>
      <input
        id={inputId}
        className={styles.fileInput}
        type="file"
        accept=".csv,text/csv"
        disabled={isDisabled}
        aria-describedby={hintId}
        onChange={(event) => {
          void take(event.target.files?.[0]);
          event.target.value = "";
        }}
      />
      <span id={hintId} className={styles.hint}>
        {hint} Or drop the file here.
      </span>
    </div>
  );
}
