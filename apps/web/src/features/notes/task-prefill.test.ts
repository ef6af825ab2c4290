import type { TDraft } from "@waymark/contracts";
import { describe, expect, it } from "vitest";
import { emptyForm } from "./notes.ts";
import { noteTaskOf, prefillMessage, taskNoteForm, taskPrefillPlan } from "./task-prefill.ts";

const draft = (taskId: number | null): TDraft => ({
  id: crypto.randomUUID(),
  tenantId: "t1",
  tenantName: "Contoso",
  category: "technical_enablement",
  services: [],
  taskId,
  body: "Half a note",
  hashtags: [],
  escalated: false,
  nextAction: null,
  nextActionDate: null,
  nextActionOwnerId: null,
  authorId: null,
  authorName: null,
  createdAt: "2026-11-23T09:00:00.000Z",
});

const fresh = { form: emptyForm(), editing: null, draftId: null };

describe("the noteTask parameter", () => {
  it("names a task by its whole positive id; anything else is ignored", () => {
    expect(noteTaskOf("3718")).toBe(3718);
    expect(noteTaskOf(" 2453 ")).toBe(2453);
    expect([noteTaskOf(undefined), noteTaskOf(""), noteTaskOf("0"), noteTaskOf("12a"), noteTaskOf("-4"), noteTaskOf("1.5")]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe("Create note from a playbook task", () => {
  it("prefills a Technical Enablement note about the task, as FTOP's Notes Editor does", () => {
    expect(taskNoteForm(3718)).toMatchObject({ category: "technical_enablement", taskId: "3718", body: "", services: [] });
  });

  it("files the note under the task's service when the tenant has it, else under the whole tenant", () => {
    expect(taskNoteForm(3718, "onedrive", ["onedrive", "sharepoint"]).services).toEqual(["onedrive"]);
    expect(taskNoteForm(3718, "exchange", ["onedrive"]).services).toEqual([]);
  });

  it("fills an empty editor", () => {
    expect(taskPrefillPlan(fresh, 3718, [])).toEqual({ action: "fill", draftsOfTask: 0 });
  });

  it("never replaces text being written, a restored draft or an edit: the person is asked", () => {
    expect(taskPrefillPlan({ ...fresh, form: { ...emptyForm(), body: "Met the CIO" } }, 3718, []).action).toBe("ask");
    expect(taskPrefillPlan({ ...fresh, draftId: "d1" }, 3718, []).action).toBe("ask");
    expect(taskPrefillPlan({ ...fresh, editing: { id: "n1" } }, 3718, []).action).toBe("ask");
  });

  it("points to drafts already about the task, so one is continued rather than written twice", () => {
    const plan = taskPrefillPlan(fresh, 3718, [draft(3718), draft(1042), draft(null)]);
    expect(plan.draftsOfTask).toBe(1);
    expect(prefillMessage(3718, plan.draftsOfTask)).toMatch(/already keep a draft about task 3718/);
    expect(prefillMessage(3718, 0)).not.toMatch(/draft/);
  });
});
