import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { openTenantTab, postFromPage as post, screenshotPath as shot, useSignedInPortal } from "./harness.ts";

const EMPTY = "No findings: nothing the playbooks need from a person right now.";
const OD_PROMPT = "Update the OneDrive L1/L2/L3 and Entitlement Status Notes: after the BVD the customer is blocked.";
const SP_PROMPT = /^Update the SharePoint L1\/L2\/L3 and Entitlement Status Notes: after the BVD the customer is blocked\./;
const CLASSIFY_WHY = "Why: After the BVD the customer is blocked or has no intent, which only the FM can classify.";
const REASON = "Classified in the customer's own tracker";

/** A demo tenant with OneDrive and SharePoint, High or Medium priority (the BVD playbooks apply), found through the API. */
async function tenantWithBothBvdServices(page: Page): Promise<string> {
  const id = await page.evaluate(async () => {
    const list = (await (await fetch("/api/tenants?limit=50")).json()) as { items: { id: string }[] };
    for (const { id } of list.items) {
      const tenant = (await (await fetch(`/api/tenants/${id}`)).json()) as { effectivePriority: string; services: { service: string }[] };
      const codes = tenant.services.map((service) => service.service);
      if (codes.includes("onedrive") && codes.includes("sharepoint") && tenant.effectivePriority !== "low") return id;
    }
    return null;
  });
  if (!id) throw new Error("no High or Medium demo tenant has both OneDrive and SharePoint");
  return id;
}

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/** The messages of the open findings, in the order the page lists them. */
const openMessages = (findings: Locator) =>
  findings.locator("li:has(button)").evaluateAll((items) => items.map((item) => item.querySelector("p")?.textContent ?? ""));

/** The message of the finding whose "Accept as it stands…" button has focus, or null when focus is elsewhere. */
const focusedFinding = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return element?.textContent === "Accept as it stands…" ? (element.closest("li")?.querySelector("p")?.textContent ?? null) : null;
  });

/** Where focus should go once `message` leaves the list: the next finding, else the previous one, else none. */
const neighbour = (messages: string[], message: string) => {
  const index = messages.indexOf(message);
  return messages[index + 1] ?? messages[index - 1] ?? null;
};

describe("findings on the tenant page", () => {
  const portal = useSignedInPortal();

  it("lists the prompts a BVD raises by service and accepts them by keyboard, handling one accepted meanwhile", async () => {
    const page = await portal.newPage();
    const tenantId = await tenantWithBothBvdServices(page);

    await page.goto(`${portal.baseUrl()}/tenants/${tenantId}`);
    await openTenantTab(page, "Findings");
    const findings = page.getByRole("region", { name: /^Findings/ });
    await findings.getByText(EMPTY, { exact: true }).waitFor();

    // A SharePoint BVD recorded elsewhere (the API), then a OneDrive one through the page: the list follows both.
    expect(await post(page, `/api/tenants/${tenantId}/playbook-events`, { type: "bvd.delivered", service: "sharepoint", data: { intent: "blocked" } })).toBe(200);
    await page.reload();
    await findings.getByText(SP_PROMPT).waitFor();
    await openTenantTab(page, "Playbook");
    await page.getByRole("button", { name: /^Record BVD outcome/ }).click();
    const dialog = page.getByRole("dialog", { name: "Record BVD outcome" });
    await dialog.getByRole("button", { name: /Service/ }).click();
    await page.getByRole("option", { name: "OneDrive", exact: true }).click();
    await dialog.getByText("Delivered: blocked", { exact: true }).click();
    await dialog.getByRole("button", { name: "Record outcome" }).click();
    await dialog.waitFor({ state: "detached" });
    await openTenantTab(page, "Findings");

    const odFinding = findings.getByRole("listitem").filter({ hasText: OD_PROMPT });
    await odFinding.waitFor();
    // Grouped by service in the tenant's order (the SharePoint BVD may raise more than its prompt, e.g. data points).
    const groups = await findings.getByRole("heading", { level: 3 }).allInnerTexts();
    expect(groups[0]).toBe("OneDrive (1)");
    expect(groups[1]).toMatch(/^SharePoint \(\d+\)$/);
    expect(await odFinding.getByText("FastTrack Manager", { exact: true }).isVisible()).toBe(true);
    expect(await odFinding.getByText("od-classify-after-bvd", { exact: true }).isVisible()).toBe(true);
    await odFinding.getByText(CLASSIFY_WHY, { exact: true }).waitFor();

    // Keyboard only: open the form, Escape gives focus back, a too-short reason is refused in place.
    const odAccept = odFinding.getByRole("button", { name: "Accept as it stands…" });
    await odAccept.focus();
    await page.keyboard.press("Enter");
    const odReason = odFinding.getByRole("textbox", { name: "Why accept it as it stands?" });
    await odReason.waitFor();
    expect(await isFocused(odReason)).toBe(true);
    await page.keyboard.press("Escape");
    await odReason.waitFor({ state: "detached" });
    expect(await isFocused(odAccept)).toBe(true);

    await page.keyboard.press("Enter");
    await page.keyboard.type("ok");
    await page.keyboard.press("Control+Enter");
    await odFinding.getByText(/at least 3 characters/).waitFor();
    expect(await isFocused(odReason)).toBe(true);
    // A reload keeps the half-written reason: the button says so, and the form opens with it.
    await page.reload();
    await odFinding.getByRole("button", { name: "Accept as it stands… (draft)" }).click();
    await odReason.waitFor();
    expect(await odReason.inputValue()).toBe("ok");
    expect(await isFocused(odReason)).toBe(true);
    await page.keyboard.press("Control+A");
    await page.keyboard.type(REASON);
    const beforeAccept = await openMessages(findings);
    await page.keyboard.press("Control+Enter");

    await odFinding.waitFor({ state: "detached" });
    await findings.getByRole("status").getByText(`Accepted as it stands and moved to Accepted findings: “${OD_PROMPT}”`, { exact: true }).waitFor();
    // Focus moves to the next finding, so a keyboard user carries on where they were.
    expect(await focusedFinding(page)).toBe(neighbour(beforeAccept, OD_PROMPT));

    // Someone accepts the SharePoint prompt while the form is open: the conflict is said in place, with a reload.
    const spFinding = findings.getByRole("listitem").filter({ hasText: SP_PROMPT });
    const spMessage = await spFinding.locator("p").first().innerText();
    await spFinding.getByRole("button", { name: "Accept as it stands…" }).focus();
    await page.keyboard.press("Enter");
    await page.keyboard.type("Serialized after OneDrive");
    const spId = await page.evaluate(
      async ({ id, message }) =>
        ((await (await fetch(`/api/tenants/${id}/findings`)).json()) as { items: { id: string; message: string }[] }).items.find(
          (finding) => finding.message === message,
        )?.id,
      { id: tenantId, message: spMessage },
    );
    expect(await post(page, `/api/tenants/${tenantId}/findings/${spId}/accept`, { reason: "Handled with the partner" })).toBe(200);
    await page.keyboard.press("Control+Enter");
    const conflict = spFinding.getByRole("alert");
    await conflict.getByText("The finding was already accepted.", { exact: true }).waitFor();
    const beforeReload = await openMessages(findings);
    await conflict.getByRole("button", { name: "Reload findings" }).press("Enter");
    await spFinding.waitFor({ state: "detached" });
    await findings.getByRole("status").getByText(/^The findings are up to date\. No longer open \(accepted or closed meanwhile\): “Update the SharePoint/).waitFor();
    const next = neighbour(beforeReload, spMessage);
    if (next) expect(await focusedFinding(page)).toBe(next);
    else {
      await findings.getByText(EMPTY, { exact: true }).waitFor();
      expect(await isFocused(findings.getByRole("heading", { level: 2, name: /^Findings/ }))).toBe(true);
    }

    // Both are listed under the accepted findings, with who accepted them and why.
    await findings.getByRole("button", { name: /^Accepted findings/ }).press("Enter");
    const accepted = findings.getByRole("list", { name: "Accepted findings" });
    const odAccepted = accepted.getByRole("listitem").filter({ hasText: OD_PROMPT });
    await odAccepted.getByText(REASON).waitFor();
    await odAccepted.getByText(/accepted by .+ \(you\) on /).waitFor();
    await accepted.getByRole("listitem").filter({ hasText: SP_PROMPT }).getByText("Handled with the partner").waitFor();
    await findings.screenshot({ path: shot("waymark-findings-accepted.png") });

    await page.close();
  }, 60_000);
});
