import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { postFromPage as post, useSignedInPortal } from "./harness.ts";
import { signInAndReplacePassword } from "./sign-in.ts";

/** Where the screenshots for a person to look at go. */
const shot = (name: string) => join(process.env.E2E_SCREENSHOT_DIR ?? tmpdir(), name);

const FM_USERNAME = "frances.fm";
const FM_NAME = "Frances Manager";

type Account = { id: string; username: string; version: number; displayName: string };

/** Creates an account the way an administrator's client would, answering its id. */
async function createAccount(page: Page, username: string, displayName: string): Promise<string> {
  return page.evaluate(
    async (body) => {
      const response = await fetch("/api/users", {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Requested-With": "waymark" },
        body: JSON.stringify(body),
      });
      return ((await response.json()) as { user: { id: string } }).user.id;
    },
    { username, displayName, roles: ["fasttrack_manager"] },
  );
}

const findAccount = (page: Page, username: string) =>
  page.evaluate(async (name) => {
    const list = (await (await fetch(`/api/users?q=${encodeURIComponent(name)}&includeDisabled=true`)).json()) as { items: Account[] };
    const account = list.items.find((item) => item.username === name);
    if (!account) throw new Error(`no account ${name}`);
    return account;
  }, username);

/** A change someone else makes while the dialog is open. */
const patchAccount = (page: Page, id: string, body: Record<string, unknown>) =>
  page.evaluate(
    async ({ id, body }) =>
      (await fetch(`/api/users/${id}`, { method: "PATCH", headers: { "Content-Type": "application/json", "X-Requested-With": "waymark" }, body: JSON.stringify(body) }))
        .status,
    { id, body },
  );

/** The preview's counts as label → number. */
const countsIn = (dialog: Locator) =>
  dialog.locator("dl > div").evaluateAll((items) =>
    Object.fromEntries(items.map((item) => [item.querySelector("dt")?.textContent ?? "", Number(item.querySelector("dd")?.textContent?.replace(/,/g, ""))])),
  );

const rowOf = (page: Page, name: string) => page.getByRole("table", { name: "People" }).getByRole("row").filter({ hasText: name });

/** Runs one of a row's actions from its Actions menu. */
async function act(page: Page, name: string, action: "Edit…" | "Reset password…" | "Reassign their work…") {
  await rowOf(page, name).getByRole("button", { name: `Actions for ${name}` }).click();
  await page.getByRole("menuitem", { name: action }).click();
}

async function openPeople(page: Page, search: string) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).click();
  await page.getByRole("heading", { level: 1, name: "People" }).waitFor();
  await page.getByRole("searchbox", { name: "Search people" }).fill(search);
  await page.getByRole("status").getByText(/^Showing 1–1 of 1$/).waitFor();
}

describe("people administration", () => {
  const portal = useSignedInPortal();

  it("creates an FM account whose one-time password works, changes its roles through a conflict, resets its password and disables it", async () => {
    const page = await portal.newPage();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).click();
    await page.getByRole("heading", { level: 1, name: "People" }).waitFor();

    await page.getByRole("button", { name: "New account…" }).click();
    const create = page.getByRole("dialog", { name: "New account" });
    await create.getByLabel("Username").fill(FM_USERNAME);
    await create.getByLabel("Display name").fill(FM_NAME);
    await create.getByRole("group", { name: "Assigned level" }).getByText("FastTrack Manager (FM)", { exact: true }).click();
    await page.screenshot({ path: shot("waymark-people-new-account.png") });
    await create.getByRole("button", { name: "Create account" }).click();

    const created = page.getByRole("dialog", { name: "Account created" });
    await created.getByText("It will not be shown again. Copy it now and give it to the person.").waitFor();
    const oneTimePassword = (await created.locator("code").innerText()).trim();
    expect(oneTimePassword.length).toBeGreaterThanOrEqual(12);
    await created.getByRole("button", { name: "Copy the one-time password" }).waitFor();
    await page.screenshot({ path: shot("waymark-people-created.png") });
    await created.getByRole("button", { name: "Done, I have copied it" }).click();
    await created.waitFor({ state: "detached" });
    await page.getByText(`Created ${FM_NAME}'s account (${FM_USERNAME}).`).waitFor();

    // The new person signs in elsewhere with the one-time password and must choose their own; an FM sees no People page.
    const theirs = await page.context().browser()?.newContext();
    if (!theirs) throw new Error("no browser to open a second session");
    const theirPage = await theirs.newPage();
    theirPage.setDefaultTimeout(10_000);
    await signInAndReplacePassword(theirPage, portal.baseUrl(), FM_USERNAME, oneTimePassword);
    expect(await theirPage.getByRole("link", { name: "People" }).count()).toBe(0);

    await page.getByRole("searchbox", { name: "Search people" }).fill(FM_USERNAME);
    const row = rowOf(page, FM_NAME);
    await row.getByText("✓ Active").waitFor();
    expect(await row.getByRole("list", { name: `Roles of ${FM_NAME}` }).innerText()).toBe("FastTrack Manager");

    // Someone renames the account while the administrator adds a role: the role is re-applied on top of the rename.
    await act(page, FM_NAME, "Edit…");
    const edit = page.getByRole("dialog", { name: `Edit ${FM_NAME}` });
    await edit.getByText("Team Manager (TM)", { exact: true }).click();
    const account = await findAccount(page, FM_USERNAME);
    expect(await patchAccount(page, account.id, { version: account.version, displayName: "Frances M. Manager" })).toBe(200);
    await edit.getByRole("button", { name: "Save changes" }).click();
    await edit.getByText(/Changed by someone else meanwhile\./).waitFor();
    expect(await edit.getByRole("checkbox", { name: "Team Manager (TM)" }).isChecked()).toBe(true);
    await edit.getByRole("button", { name: "Reload and re-apply my changes" }).click();
    await edit.waitFor({ state: "detached" });
    await page.getByText("Saved Frances M. Manager's account. Someone else had changed: name; your changes were applied on top.").waitFor();
    const renamed = rowOf(page, "Frances M. Manager");
    await renamed.getByText("Assigned and Assignment", { exact: true }).waitFor();
    expect(await renamed.getByRole("list", { name: "Roles of Frances M. Manager" }).innerText()).toMatch(/FastTrack Manager\s+Team Manager/);

    // A new one-time password: asked first, shown once, and the person's session ends.
    await act(page, "Frances M. Manager", "Reset password…");
    const reset = page.getByRole("dialog", { name: "Reset Frances M. Manager's password?" });
    await reset.getByText(/current password stops working and they are signed out everywhere/).waitFor();
    await reset.getByRole("button", { name: "Reset password" }).click();
    const newPassword = page.getByRole("dialog", { name: "New one-time password" });
    await newPassword.getByText("It will not be shown again. Copy it now and give it to the person.").waitFor();
    expect((await newPassword.locator("code").innerText()).trim()).not.toBe(oneTimePassword);
    await newPassword.getByRole("button", { name: "Done, I have copied it" }).click();
    await rowOf(page, "Frances M. Manager").getByText("! Must change password").waitFor();
    await theirPage.reload();
    await theirPage.getByRole("heading", { name: "Sign in" }).waitFor();

    // Disabled: gone from the active list, and shown with its state when disabled accounts are shown.
    await act(page, "Frances M. Manager", "Edit…");
    const disable = page.getByRole("dialog", { name: "Edit Frances M. Manager" });
    await disable.getByText("Disabled (cannot sign in)", { exact: true }).click();
    await disable.getByRole("button", { name: "Save changes" }).click();
    await disable.waitFor({ state: "detached" });
    await page.getByRole("status").getByText("No accounts").waitFor();
    await page.getByText("Show disabled accounts", { exact: true }).click();
    await rowOf(page, "Frances M. Manager").getByText("⊘ Disabled").waitFor();
    await page.screenshot({ path: shot("waymark-people-disabled.png") });

    await theirs.close();
    await page.close();
  });

  it("previews a bulk reassignment to two colleagues, is told when the work changed meanwhile, and confirms it", async () => {
    const page = await portal.newPage();
    const leaver = await createAccount(page, "lee.leaver", "Lee Leaver");
    await createAccount(page, "anna.able", "Anna Able");
    await createAccount(page, "ben.busy", "Ben Busy");
    const tenants = await page.evaluate(async () => ((await (await fetch("/api/tenants?limit=4")).json()) as { items: { id: string }[] }).items.map((t) => t.id));
    for (const tenantId of tenants.slice(0, 3)) {
      expect(await post(page, `/api/tenants/${tenantId}/assignments`, { userId: leaver, role: "fm", isPrimary: true })).toBe(201);
    }

    await openPeople(page, "lee.leaver");
    // Keyboard only from here: the row, its Actions menu, the menu's last item.
    await rowOf(page, "Lee Leaver").focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.getByRole("menuitem", { name: "Reassign their work…" }).waitFor();
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Reassign Lee Leaver's work" });

    // Pick two colleagues from the search, write the reason, preview.
    const colleagues = dialog.getByRole("combobox", { name: "Colleagues who take over" });
    await colleagues.focus();
    for (const name of ["Anna Able", "Ben Busy"]) {
      await page.keyboard.type(name.split(" ")[0] ?? name);
      await page.getByRole("option", { name: new RegExp(`^${name}`) }).waitFor();
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
      await dialog.getByRole("list", { name: "Picked colleagues" }).getByText(name).waitFor();
    }
    await dialog.getByRole("button", { name: "Preview" }).click();
    await dialog.getByText(/Say why in a sentence: at least 10 characters/).waitFor();
    await dialog.getByRole("textbox", { name: "Reason" }).fill("Lee moves to the enterprise team");
    await dialog.getByRole("button", { name: "Preview" }).press("Enter");
    await dialog.getByRole("table", { name: "Moves" }).waitFor();
    expect(await countsIn(dialog)).toEqual({ Tenants: 3, "Customers (TPID level)": 0, Assignments: 3, Primaries: 3, "Merged (already held)": 0 });
    const perColleague = dialog.getByRole("table", { name: "Per colleague" });
    expect(await perColleague.getByRole("row").count()).toBe(3);
    await perColleague.getByRole("row", { name: /Anna Able/ }).getByText(/^\d \(load 0 → \d\)$/).waitFor();

    // Meanwhile Lee is given a fourth tenant: confirming shows the new preview instead of moving the old one.
    expect(await post(page, `/api/tenants/${tenants[3]}/assignments`, { userId: leaver, role: "fm", isPrimary: true })).toBe(201);
    await dialog.getByRole("button", { name: "Confirm: move 3 assignments" }).click();
    await dialog.getByRole("alert").getByText("The assignments changed since your preview.").waitFor();
    expect((await countsIn(dialog)).Tenants).toBe(4);
    await page.screenshot({ path: shot("waymark-people-preview-changed.png") });

    await dialog.getByRole("button", { name: "Confirm: move 4 assignments" }).press("Enter");
    const done = page.getByRole("dialog", { name: "Lee Leaver's work was reassigned" });
    await done.getByText(/^Done: 4 assignments on 4 tenants and 0 customers moved\./).waitFor();
    expect(await countsIn(done)).toMatchObject({ Tenants: 4, Assignments: 4, Primaries: 4 });
    await page.screenshot({ path: shot("waymark-people-reassigned.png") });
    await done.getByRole("button", { name: "Close" }).click();
    await page.getByText("Moved 4 of Lee Leaver's assignments to Anna Able and Ben Busy.").waitFor();

    const after = await page.evaluate(
      async ({ leaver, tenantId }) =>
        ((await (await fetch(`/api/tenants/${tenantId}/assignments`)).json()) as { items: { assignee: { id: string } }[] }).items.some((a) => a.assignee.id === leaver),
      { leaver, tenantId: tenants[0] },
    );
    expect(after).toBe(false);
    await page.close();
  });
});
