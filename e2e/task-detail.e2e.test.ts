import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createTenantFromPage, okFromPage as ok, screenshotPath, useSignedInPortal } from "./harness.ts";

type Task = { id: string; catalogTaskId: number; status: string; percentComplete: number; responsibleRole: string; version: number };
type Note = { taskId: number | null; category: string; body: string; services: string[] };

async function tenantWithTwoTasks(page: Page, name: string): Promise<string> {
  const tenantId = await createTenantFromPage(page, name);
  for (const service of ["onedrive", "sharepoint"]) {
    await ok(page, "POST", `/api/tenants/${tenantId}/services`, { service, totalEntitlements: 500 });
    await ok(page, "POST", `/api/tenants/${tenantId}/playbook-events`, { type: "playbook.started", service });
  }
  return tenantId;
}

const tasksTable = (page: Page) => page.getByRole("table", { name: "Playbook tasks" });
/** The catalogue id of the task row that has the focus, or null when focus is elsewhere. */
const focusedTaskId = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active instanceof HTMLTableRowElement ? Number(active.querySelector("th")?.textContent?.match(/^\d+/)?.[0]) : null;
  });

async function waitForTask(page: Page, tenantId: string, catalogTaskId: number, expected: Partial<Task>) {
  await page.waitForFunction(
    async ({ id, taskId, want }) => {
      const tasks = (await (await fetch(`/api/tenants/${id}/tasks`)).json()) as { items: Record<string, unknown>[] };
      const task = tasks.items.find((t) => t.catalogTaskId === taskId);
      return task !== undefined && Object.entries(want).every(([key, value]) => task[key] === value);
    },
    { id: tenantId, taskId: catalogTaskId, want: expected },
  );
}

describe("a playbook task's detail", () => {
  const portal = useSignedInPortal();

  it("opens from the keyboard, changes the role and status, and creates a Technical Enablement note about the task", async () => {
    const page = await portal.newPage();
    await page.setViewportSize({ width: 1440, height: 1000 });
    const tenantId = await tenantWithTwoTasks(page, "Northwind Task Detail");
    await page.goto(`${portal.baseUrl()}/tenants/${tenantId}?tab=playbook`);
    await tasksTable(page).getByRole("row", { name: /^3718 / }).waitFor();
    const order = await tasksTable(page).locator("tbody tr[tabindex]").evaluateAll((rows) => rows.map((row) => Number(row.textContent?.match(/^\d+/)?.[0])));
    expect(order).toEqual(expect.arrayContaining([3718, 3737]));

    // j from the page comes to the first task, j / k then move down and up.
    await page.locator("body").press("j");
    expect(await focusedTaskId(page)).toBe(order[0]);
    await page.keyboard.press("j");
    expect(await focusedTaskId(page)).toBe(order[1]);
    await page.keyboard.press("k");
    expect(await focusedTaskId(page)).toBe(order[0]);
    if (order[0] !== 3718) await page.keyboard.press("j");
    expect(await focusedTaskId(page)).toBe(3718);

    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("heading", { name: /Task 3718/ }).waitFor();
    // What the task asks, from the OneDrive BVD seed playbook, with its source named.
    expect(await dialog.getByText(/^FastTrack Managers \(FM\) deliver the OneDrive pitch\/BVD deck linked to task 3718/).isVisible()).toBe(true);
    expect(await dialog.getByText("From OneDrive BVD playbook", { exact: true }).isVisible()).toBe(true);
    expect(await dialog.getByText("No description", { exact: true }).count()).toBe(0);
    expect(await dialog.getByText(/^Mandatory/).isVisible()).toBe(true);
    expect(await dialog.getByText("Conduct Adoption & Change Management Conversation", { exact: true }).isVisible()).toBe(true);
    expect(await dialog.getByRole("list", { name: /Why task 3718/ }).getByRole("listitem").count()).toBeGreaterThan(0);

    await dialog.getByRole("combobox", { name: /^Responsible role of 3718/ }).selectOption({ label: "Migration Engagement Lead" });
    await waitForTask(page, tenantId, 3718, { responsibleRole: "migration_engagement_lead" });
    await dialog.getByRole("combobox", { name: /^Status of 3718/ }).selectOption({ label: "In Progress" });
    await waitForTask(page, tenantId, 3718, { status: "in_progress", responsibleRole: "migration_engagement_lead" });
    await page.waitForFunction(() => !document.querySelector("[role=dialog] select[disabled]"));
    await page.screenshot({ path: screenshotPath("waymark-task-detail-dialog.png"), fullPage: true });

    // Escape closes it and the focus is back on the task's row, which shows the new role.
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(await focusedTaskId(page)).toBe(3718);
    expect(await tasksTable(page).getByRole("row", { name: /^3718 / }).getByText("Migration Engagement Lead").isVisible()).toBe(true);

    await page.keyboard.press("Enter");
    await dialog.getByRole("button", { name: "Create note" }).click();
    await page.waitForURL(/tab=notes/);
    expect(page.url()).toMatch(/noteTask=3718/);
    expect(page.url()).toMatch(/noteService=onedrive/);
    const composer = page.getByRole("form", { name: /Write a note/ });
    const taskField = composer.getByRole("textbox", { name: "Task ID (optional)" });
    await page.waitForFunction(() => (document.querySelector<HTMLInputElement>("input[inputmode=numeric]")?.value ?? "") === "3718");
    expect(await composer.getByRole("button", { name: /Category/ }).textContent()).toContain("Technical Enablement");

    // A reload keeps the request.
    await page.reload();
    await page.waitForFunction(() => (document.querySelector<HTMLInputElement>("input[inputmode=numeric]")?.value ?? "") === "3718");
    expect(await taskField.inputValue()).toBe("3718");
    expect(await composer.getByRole("checkbox", { name: "OneDrive" }).isChecked()).toBe(true);
    expect(await composer.getByRole("checkbox", { name: "SharePoint" }).isChecked()).toBe(false);
    await page.getByRole("status").filter({ hasText: "New Technical Enablement note about task 3718" }).waitFor();
    await page.screenshot({ path: screenshotPath("waymark-task-detail-note-prefilled.png"), fullPage: true });

    await composer.getByRole("textbox", { name: "Note" }).fill("Ran the adoption and change management conversation with the customer's PM.");
    await composer.getByRole("button", { name: "Save note" }).click();
    const saved = page.getByRole("list", { name: "Notes" }).getByRole("listitem").filter({ hasText: "adoption and change management conversation" });
    await saved.waitFor();
    expect(await saved.getByText("3718", { exact: true }).isVisible()).toBe(true);
    await page.waitForURL((url) => !url.search.includes("noteTask"));
    expect(await taskField.inputValue()).toBe("");
    const notes = await ok<{ items: Note[] }>(page, "GET", `/api/tenants/${tenantId}/notes`);
    expect(notes.items).toEqual([expect.objectContaining({ taskId: 3718, category: "technical_enablement", services: ["onedrive"] })]);
    await page.screenshot({ path: screenshotPath("waymark-task-detail-note.png"), fullPage: true });
    await page.close();
  }, 120_000);

  it("shows a conflict inside the detail and applies the role again on top; Create note points to a draft about the task and keeps it", async () => {
    const page = await portal.newPage();
    await page.setViewportSize({ width: 1440, height: 1000 });
    const tenantId = await tenantWithTwoTasks(page, "Adatum Task Detail Conflict");
    await page.goto(`${portal.baseUrl()}/tenants/${tenantId}?tab=playbook`);
    await tasksTable(page).getByRole("button", { name: "Deliver OneDrive Business Value Deck", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("heading", { name: /Task 3718/ }).waitFor();

    // Someone else sets the task to Warning after this page read it.
    const tasks = await ok<{ items: Task[] }>(page, "GET", `/api/tenants/${tenantId}/tasks`);
    const task = tasks.items.find((t) => t.catalogTaskId === 3718);
    if (!task) throw new Error("no task 3718");
    await ok(page, "PATCH", `/api/tasks/${task.id}`, { version: task.version, status: "warning" });

    await dialog.getByRole("combobox", { name: /^Responsible role of 3718/ }).selectOption({ label: "SME" });
    const alert = dialog.getByRole("alert").filter({ hasText: "changed meanwhile" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain("role SME");
    await page.screenshot({ path: screenshotPath("waymark-task-detail-conflict.png"), fullPage: true });
    await alert.getByRole("button", { name: "Apply my change again" }).click();
    await alert.waitFor({ state: "detached" });
    await waitForTask(page, tenantId, 3718, { status: "warning", responsibleRole: "sme" });
    await page.waitForFunction(() => (document.querySelector<HTMLSelectElement>("[role=dialog] select[aria-label^='Status of']")?.value ?? "") === "warning");

    // A draft already about the task is pointed to, and left as it is.
    await ok(page, "POST", `/api/tenants/${tenantId}/drafts`, { category: "technical_enablement", taskId: 3718, body: "Half-written BVD follow-up" });
    await dialog.getByRole("button", { name: "Create note" }).click();
    await page.getByRole("status").filter({ hasText: "You already keep a draft about task 3718" }).waitFor();
    const drafts = await ok<{ items: { taskId: number | null; body: string }[] }>(page, "GET", "/api/drafts");
    expect(drafts.items.filter((d) => d.taskId === 3718).map((d) => d.body)).toEqual(["Half-written BVD follow-up"]);
    await page.close();
  }, 120_000);
});
