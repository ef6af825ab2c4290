import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { createTenantFromPage, okFromPage as ok, screenshotPath, useSignedInPortal } from "./harness.ts";
import { signInAndReplacePassword } from "./sign-in.ts";

type Task = { id: string; catalogTaskId: number; status: string; percentComplete: number; version: number };

/** A tenant with the OneDrive (task 3718) and SharePoint (task 3737) BVD playbooks started. */
async function tenantWithTwoTasks(page: Page, name: string): Promise<string> {
  const tenantId = await createTenantFromPage(page, name);
  for (const service of ["onedrive", "sharepoint"]) {
    await ok(page, "POST", `/api/tenants/${tenantId}/services`, { service, totalEntitlements: 500 });
    await ok(page, "POST", `/api/tenants/${tenantId}/playbook-events`, { type: "playbook.started", service });
  }
  return tenantId;
}

async function taskOf(page: Page, tenantId: string, catalogTaskId: number): Promise<Task> {
  const tasks = await ok<{ items: Task[] }>(page, "GET", `/api/tenants/${tenantId}/tasks`);
  const task = tasks.items.find((t) => t.catalogTaskId === catalogTaskId);
  if (!task) throw new Error(`no task ${catalogTaskId}`);
  return task;
}

const tasksTable = (page: Page) => page.getByRole("table", { name: "Playbook tasks" });
const row = (page: Page, id: number) => tasksTable(page).getByRole("row", { name: new RegExp(`^${id} `) });
const statusOf = (task: Locator) => task.getByRole("combobox", { name: /^Status of/ });
const percentOf = (task: Locator) => task.getByRole("textbox", { name: /^% complete of/ });

async function pick(page: Page, field: string, option: string) {
  await page.getByRole("group", { name: "Playbook filters" }).getByRole("button", { name: new RegExp(field) }).click();
  await page.getByRole("listbox").getByRole("option", { name: option, exact: true }).click();
}

async function waitUntilSaved(task: Locator) {
  await task.page().waitForFunction((element) => !element?.getAttribute("aria-busy"), await task.elementHandle());
}

describe("the Playbook tab", () => {
  const portal = useSignedInPortal();

  it("filters by status and search in the URL, and saves a task's status and % inline across a reload", async () => {
    const page = await portal.newPage();
    await page.setViewportSize({ width: 1440, height: 1000 });
    const tenantId = await tenantWithTwoTasks(page, "Contoso Playbook Tab");
    await page.goto(`${portal.baseUrl()}/tenants/${tenantId}?tab=playbook`);

    const onedrive = row(page, 3718);
    await onedrive.waitFor();
    await row(page, 3737).waitFor();
    await tasksTable(page).getByText("Conduct Adoption & Change Management Conversation", { exact: true }).waitFor();
    expect(await onedrive.getByText("Required", { exact: true }).isVisible()).toBe(true);

    await statusOf(onedrive).selectOption({ label: "In Progress" });
    await waitUntilSaved(onedrive);
    await percentOf(onedrive).fill("50");
    await percentOf(onedrive).press("Enter");
    await page.waitForFunction(async (id) => {
      const tasks = (await (await fetch(`/api/tenants/${id}/tasks`)).json()) as { items: Task[] };
      return tasks.items.some((t) => t.catalogTaskId === 3718 && t.status === "in_progress" && t.percentComplete === 50);
    }, tenantId);

    // Escape puts back what is saved, without saving.
    await percentOf(row(page, 3737)).fill("80");
    await percentOf(row(page, 3737)).press("Escape");
    expect(await percentOf(row(page, 3737)).inputValue()).toBe("0");

    await page.reload();
    expect(await statusOf(row(page, 3718)).inputValue()).toBe("in_progress");
    expect(await percentOf(row(page, 3718)).inputValue()).toBe("50");

    await pick(page, "Status", "In Progress");
    await page.waitForURL(/pb\.status=in_progress/);
    await row(page, 3737).waitFor({ state: "detached" });
    expect(await row(page, 3718).isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath("waymark-playbook-tab-status-filter.png"), fullPage: true });

    await pick(page, "Status", "Any status");
    await page.getByRole("searchbox", { name: "Search tasks" }).fill("value workshop");
    await page.waitForURL(/pb\.q=value/);
    await row(page, 3718).waitFor({ state: "detached" });
    expect(await row(page, 3737).isVisible()).toBe(true);
    await page.getByRole("searchbox", { name: "Search tasks" }).fill("nothing like this");
    await page.getByText(/No tasks match these filters/).waitFor();
    await page.getByRole("button", { name: "Clear filters" }).click();
    await row(page, 3718).waitFor();
    await page.close();
  }, 90_000);

  it("says when a task changed meanwhile, and re-applies the change on top", async () => {
    const page = await portal.newPage();
    await page.setViewportSize({ width: 1440, height: 1000 });
    const tenantId = await tenantWithTwoTasks(page, "Fabrikam Playbook Conflict");
    await page.goto(`${portal.baseUrl()}/tenants/${tenantId}?tab=playbook`);
    const onedrive = row(page, 3718);
    await onedrive.waitFor();

    // Someone else sets the task to Warning after this page read it.
    const task = await taskOf(page, tenantId, 3718);
    await ok(page, "PATCH", `/api/tasks/${task.id}`, { version: task.version, status: "warning", percentComplete: 10 });

    await percentOf(onedrive).fill("70");
    await percentOf(onedrive).press("Enter");
    const alert = page.getByRole("alert").filter({ hasText: "changed meanwhile" });
    await alert.getByText("Task 3718 was changed meanwhile").waitFor();
    await page.screenshot({ path: screenshotPath("waymark-playbook-tab-conflict.png"), fullPage: true });
    await alert.getByRole("button", { name: "Apply my change again" }).click();
    await alert.waitFor({ state: "detached" });
    await page.waitForFunction(
      async ({ tenantId: id }) => {
        const tasks = (await (await fetch(`/api/tenants/${id}/tasks`)).json()) as { items: Task[] };
        return tasks.items.some((t) => t.catalogTaskId === 3718 && t.status === "warning" && t.percentComplete === 70);
      },
      { tenantId },
    );
    expect(await statusOf(onedrive).inputValue()).toBe("warning");
    await page.close();
  }, 90_000);

  it("shows a person who may only read the tasks without inputs", async () => {
    const admin = await portal.newPage();
    const tenantId = await tenantWithTwoTasks(admin, "Tailspin Playbook Read Only");
    const password = (await ok<{ oneTimePassword: string }>(admin, "POST", "/api/users", { username: "slt.playbook", displayName: "Sam Playbook", roles: ["senior_leadership"] }))
      .oneTimePassword;
    const browser = admin.context().browser();
    await admin.close();
    if (!browser) throw new Error("no browser");
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await signInAndReplacePassword(page, portal.baseUrl(), "slt.playbook", password);
    await page.goto(`${portal.baseUrl()}/tenants/${tenantId}?tab=playbook`);

    const onedrive = row(page, 3718);
    await onedrive.getByRole("cell", { name: "Not Started", exact: true }).waitFor();
    expect(await onedrive.getByRole("cell", { name: "0%", exact: true }).isVisible()).toBe(true);
    expect(await tasksTable(page).getByRole("combobox").count()).toBe(0);
    expect(await tasksTable(page).getByRole("textbox").count()).toBe(0);
    expect(await page.getByRole("button", { name: /Start .* BVD|Record BVD outcome/ }).count()).toBe(0);
    await page.screenshot({ path: screenshotPath("waymark-playbook-tab-read-only.png"), fullPage: true });

    // The task's detail reads the same: no inputs and no "Create note".
    await onedrive.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("heading", { name: /Task 3718/ }).waitFor();
    expect(await dialog.getByText("FastTrack Manager", { exact: true }).isVisible()).toBe(true);
    expect(await dialog.getByRole("combobox").count()).toBe(0);
    expect(await dialog.getByRole("textbox").count()).toBe(0);
    expect(await dialog.getByRole("button", { name: "Create note" }).count()).toBe(0);
    await context.close();
  }, 90_000);
});
