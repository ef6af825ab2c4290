/**
 * `npx tsx bench/note-quality.ts`: how well "Suggest" (packages/domain/rules/note-quality.ts) agrees with the
 * labelled Entitlement Status notes in bench/note-quality/labelled-notes.json — accuracy of the suggested L1, of the
 * rating (with its confusion matrix) and of the L2 where one is labelled, on the part used to tune the rules and on
 * the held-out part (every 4th note) apart. Prints figures and the misclassified notes; never asserts.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { classifyNote, type L1Status, type NoteClassification, type NoteRating } from "@waymark/domain";

export type LabelledNote = {
  id: string;
  source: "guide" | "template" | "scenario" | "test" | "written";
  body: string;
  chosenL1?: L1Status | null;
  /** Written after the rules were frozen: never seen while tuning. */
  addedAfterTuning?: boolean;
  rating: NoteRating;
  l1: L1Status | null;
  l2: string | null;
};
type Split = "tuning" | "held-out";
type Outcome = { note: LabelledNote; split: Split; result: NoteClassification; l1Right: boolean; ratingRight: boolean; l2Right: boolean | null };
type Accuracy = { right: number; of: number; percent: number };
export type SplitFigures = { notes: number; l1: Accuracy; rating: Accuracy; l2: Accuracy; ratingConfusion: Record<NoteRating, Record<NoteRating, number>> };
export type NoteQualityFigures = {
  notes: number;
  heldOutRule: string;
  all: SplitFigures;
  tuning: SplitFigures;
  heldOut: SplitFigures;
  bySource: Record<string, SplitFigures>;
  misclassified: { id: string; split: Split; body: string; expected: string; got: string; wrong: string[] }[];
};

const RATINGS: NoteRating[] = ["great", "marginal", "poor"];
const LABELLED_NOTES = new URL("./note-quality/labelled-notes.json", import.meta.url);

export function loadLabelledNotes(): LabelledNote[] {
  return (JSON.parse(readFileSync(LABELLED_NOTES, "utf8")) as { notes: LabelledNote[] }).notes;
}

/** Every 4th note (4th, 8th, …) and every note written after the rules were frozen is held out: the rules were tuned on the others only. */
export const isHeldOut = (note: LabelledNote, index: number) => index % 4 === 3 || note.addedAfterTuning === true;

function accuracy(flags: boolean[]): Accuracy {
  const right = flags.filter(Boolean).length;
  return { right, of: flags.length, percent: flags.length === 0 ? 0 : Math.round((1000 * right) / flags.length) / 10 };
}

function figuresOf(outcomes: Outcome[]): SplitFigures {
  const ratingConfusion = Object.fromEntries(RATINGS.map((e) => [e, Object.fromEntries(RATINGS.map((g) => [g, 0]))])) as SplitFigures["ratingConfusion"];
  for (const o of outcomes) ratingConfusion[o.note.rating][o.result.rating] += 1;
  return {
    notes: outcomes.length,
    l1: accuracy(outcomes.map((o) => o.l1Right)),
    rating: accuracy(outcomes.map((o) => o.ratingRight)),
    l2: accuracy(outcomes.flatMap((o) => (o.l2Right === null ? [] : [o.l2Right]))),
    ratingConfusion,
  };
}

export function measureNoteQuality(notes: LabelledNote[] = loadLabelledNotes()): NoteQualityFigures {
  const outcomes: Outcome[] = notes.map((note, index) => {
    const result = classifyNote({ body: note.body, l1: note.chosenL1 ?? null });
    return {
      note,
      split: isHeldOut(note, index) ? "held-out" : "tuning",
      result,
      l1Right: (result.suggested?.l1 ?? null) === note.l1,
      ratingRight: result.rating === note.rating,
      l2Right: note.l2 === null ? null : result.suggested?.l2 === note.l2,
    };
  });
  const sources = [...new Set(notes.map((n) => n.source))];
  return {
    notes: notes.length,
    heldOutRule: `every 4th note (positions 4, 8, 12, …) and the ${notes.filter((n) => n.addedAfterTuning).length} notes written after the rules were frozen`,
    all: figuresOf(outcomes),
    tuning: figuresOf(outcomes.filter((o) => o.split === "tuning")),
    heldOut: figuresOf(outcomes.filter((o) => o.split === "held-out")),
    bySource: {
      ...Object.fromEntries(sources.map((s) => [s, figuresOf(outcomes.filter((o) => o.note.source === s))])),
      "written after freeze": figuresOf(outcomes.filter((o) => o.note.addedAfterTuning)),
    },
    misclassified: outcomes
      .filter((o) => !o.l1Right || !o.ratingRight || o.l2Right === false)
      .map((o) => ({
        id: o.note.id,
        split: o.split,
        body: o.note.body,
        expected: `${o.note.rating} ${o.note.l1 ?? "-"}/${o.note.l2 ?? "-"}`,
        got: `${o.result.rating} ${o.result.suggested?.l1 ?? "-"}/${o.result.suggested?.l2 ?? "-"} (${o.result.confidence})`,
        wrong: [!o.ratingRight && "rating", !o.l1Right && "L1", o.l2Right === false && "L2"].filter((w): w is string => typeof w === "string"),
      })),
  };
}

const pct = (a: Accuracy) => `${a.percent.toFixed(1)} % (${a.right}/${a.of})`;

export function printNoteQuality(figures: NoteQualityFigures): void {
  const line = (name: string, f: SplitFigures) =>
    console.log(`${name.padEnd(22)} ${String(f.notes).padStart(5)}   ${pct(f.l1).padEnd(18)} ${pct(f.rating).padEnd(18)} ${pct(f.l2)}`);
  console.log(`Note quality ("Suggest") on ${figures.notes} labelled Entitlement Status notes; held out: ${figures.heldOutRule}`);
  console.log(`${"part".padEnd(22)} ${"notes".padStart(5)}   ${"L1 suggestion".padEnd(18)} ${"rating".padEnd(18)} L2 (where labelled)`);
  line("tuning", figures.tuning);
  line("held-out", figures.heldOut);
  line("all", figures.all);
  for (const [source, f] of Object.entries(figures.bySource)) line(`  source: ${source}`, f);
  for (const [name, f] of [["all", figures.all], ["held-out", figures.heldOut]] as const) {
    console.log(`\nRating confusion, ${name} (rows: labelled, columns: classifier)`);
    console.log(`${"".padEnd(10)}${RATINGS.map((r) => r.padStart(10)).join("")}`);
    for (const expected of RATINGS) console.log(`${expected.padEnd(10)}${RATINGS.map((got) => String(f.ratingConfusion[expected][got]).padStart(10)).join("")}`);
  }
  console.log(`\nMisclassified (${figures.misclassified.length}): labelled → classifier`);
  for (const m of figures.misclassified) {
    console.log(`  [${m.split}] ${m.id} (${m.wrong.join(", ")}): ${m.expected} → ${m.got}\n      "${m.body.length > 110 ? `${m.body.slice(0, 107)}...` : m.body}"`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) printNoteQuality(measureNoteQuality());
