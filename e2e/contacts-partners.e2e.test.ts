import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createTenantFromPage, okFromPage as ok, openTenantTab, screenshotPath as shot, signedInUserWithEmail, useSignedInPortal } from "./harness.ts";

/** A German tenant whose primary FM is the signed-in user (with an e-mail address, so the customer's notices can go). */
async function germanTenant(page: Page, name: string): Promise<string> {
  const myId = await signedInUserWithEmail(page, "first.admin@fasttrack.example");
  const tenantId = await createTenantFromPage(page, name, { managed: false });
  await ok(page, "POST", `/api/tenants/${tenantId}/services`, { service: "exchange", totalEntitlements: 500 });
  await ok(page, "POST", `/api/tenants/${tenantId}/assignments`, { userId: myId, role: "fm", isPrimary: true });
  return tenantId;
}

describe("contacts, partners and referrals on the tenant page", () => {
  const portal = useSignedInPortal();

  it("adds a survey-eligible customer contact once the problems the form points out are fixed, records their consent, and keeps an edit through a conflict", async () => {
    const page = await portal.newPage();
    // Tall enough that the dialogs fit whole in their screenshots.
    await page.setViewportSize({ width: 1280, height: 1400 });
    const tenantId = await germanTenant(page, "Fabrikam Contacts");
    await page.goto(`${portal.baseUrl()}/tenants/${tenantId}`);
    await openTenantTab(page, "Contacts");

    const contacts = page.getByRole("region", { name: /^Contacts/ });
    await contacts.getByText("No customer contacts.").waitFor();
    await contacts.getByRole("button", { name: "Add contact…" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a contact" });
    await dialog.getByRole("textbox", { name: "Name" }).fill("Jonas Weber");
    await dialog.getByRole("textbox", { name: "E-mail" }).fill("jonas.weber@fabrikam.example");
    await dialog.getByText("Survey eligible", { exact: true }).click();
    // The hint says at once what a survey-eligible contact lacks; saving puts each at its field.
    await dialog.getByRole("status").getByText("A survey-eligible contact still needs:").waitFor();
    await dialog.getByRole("button", { name: "Add contact" }).click();
    await dialog.getByRole("alert").getByText("The contact was not saved: see what to fix at the fields above.").waitFor();
    expect(await dialog.getByText("Add the survey language.").count()).toBe(2);
    expect(await dialog.getByText("Tick Is engaged.").count()).toBe(2);
    await dialog.screenshot({ path: shot("waymark-contact-survey-problems.png") });

    await dialog.getByText("Is engaged", { exact: true }).click();
    await dialog.getByRole("textbox", { name: "Country" }).fill("DE");
    await dialog.getByRole("textbox", { name: "Survey language" }).fill("de");
    await dialog.getByText("Exchange", { exact: true }).click();
    await dialog.getByText(/^Ready for the survey/).waitFor();
    expect(await dialog.getByText("Add the survey language.").count()).toBe(0);
    await dialog.getByRole("button", { name: "Add contact" }).click();

    await contacts.getByRole("status").getByText("Added Jonas Weber as a customer contact.").waitFor();
    const row = contacts.getByRole("row", { name: /Jonas Weber/ });
    await row.getByText("jonas.weber@fabrikam.example").waitFor();
    await row.getByText("de · DE · exchange").waitFor();
    await contacts.getByRole("tab", { name: "Customer (1)" }).waitFor();
    await contacts.screenshot({ path: shot("waymark-contacts-table.png") });
    // The type tabs are one tab stop; the arrow keys move between them.
    await contacts.getByRole("tab", { name: "Customer (1)" }).focus();
    await page.keyboard.press("ArrowRight");
    await contacts.getByRole("tab", { name: "Partner (0)", selected: true }).waitFor();
    await contacts.getByText("No partner contacts.").waitFor();
    await page.keyboard.press("ArrowLeft");
    await contacts.getByRole("tab", { name: "Customer (1)", selected: true }).waitFor();

    await row.getByRole("button", { name: "Consents of Jonas Weber" }).click();
    const consents = page.getByRole("dialog", { name: "Consents of Jonas Weber" });
    await consents.getByText(/^No consent recorded/).waitFor();
    await consents.getByRole("button", { name: "Record consent…" }).click();
    await consents.getByRole("textbox", { name: "Statement" }).fill("Agreed on the kickoff call that we pass his details to up to 3 partners.");
    await consents.getByRole("button", { name: "Record consent", exact: true }).click();
    await consents.getByRole("status").getByText("Recorded: Jonas Weber agreed to “Share contact details with referred partners”.").waitFor();
    const recorded = consents.getByRole("list", { name: "Consents of Jonas Weber" }).getByRole("listitem");
    await recorded.getByText("“Agreed on the kickoff call that we pass his details to up to 3 partners.”").waitFor();
    await recorded.getByText(/recorded by /).waitFor();
    await consents.screenshot({ path: shot("waymark-contact-consents.png") });
    await consents.getByRole("button", { name: "Close" }).click();

    // Someone else changes the contact while it is being edited: nothing typed is lost, their change neither.
    await row.getByRole("button", { name: "Edit Jonas Weber" }).click();
    const edit = page.getByRole("dialog", { name: "Edit Jonas Weber" });
    await edit.getByRole("textbox", { name: "Phone" }).fill("+49 30 1234567");
    const listed = await ok<{ items: { id: string; version: number }[] }>(page, "GET", `/api/tenants/${tenantId}/contacts`);
    const jonas = listed.items[0];
    if (!jonas) throw new Error("the contact is not listed");
    await ok(page, "PATCH", `/api/contacts/${jonas.id}`, { version: jonas.version, role: "CIO" });
    await edit.getByRole("button", { name: "Save contact" }).click();
    await edit.getByRole("alert").getByText("Someone changed this contact since you opened it.").waitFor();
    await edit.getByRole("button", { name: "Reload and re-apply" }).click();
    await edit.getByRole("status").getByText(/^Reloaded: the form shows the contact as it is now with your changes applied/).waitFor();
    expect(await edit.getByRole("textbox", { name: "Phone" }).inputValue()).toBe("+49 30 1234567");
    expect(await edit.getByRole("textbox", { name: "Job title" }).inputValue()).toBe("CIO");
    await edit.screenshot({ path: shot("waymark-contact-conflict.png") });
    await edit.getByRole("button", { name: "Save contact" }).click();
    await contacts.getByRole("status").getByText("Saved Jonas Weber.").waitFor();
    await row.getByText("+49 30 1234567").waitFor();
    await row.getByText("CIO").waitFor();
    await page.close();
  }, 60_000);

  it("adds a partner through the picker, refers the customer to it once consent is recorded, and removes it with a reason", async () => {
    const page = await portal.newPage();
    // Tall enough that the dialogs fit whole in their screenshots.
    await page.setViewportSize({ width: 1280, height: 1400 });
    const tenantId = await germanTenant(page, "Northwind Partners");
    const partnerName = `Frankfurt Projects ${Math.floor(Math.random() * 1_000_000)}`;
    const mpnId = String(1_000_000 + Math.floor(Math.random() * 8_000_000));
    await ok(page, "POST", "/api/partners", { name: partnerName, mpnId, country: "DE", city: "Frankfurt", specialties: ["project_management"] });
    await ok(page, "POST", `/api/tenants/${tenantId}/contacts`, { type: "customer", name: "Mia Schulz", email: "mia.schulz@northwind.example", country: "DE" });
    await page.goto(`${portal.baseUrl()}/tenants/${tenantId}`);
    await openTenantTab(page, "Partners");

    const partners = page.getByRole("region", { name: /^Partners/ });
    await partners.getByRole("row", { name: /No Partner Identified/ }).waitFor();
    await partners.getByRole("combobox", { name: "Add a partner" }).fill(partnerName);
    await page.getByRole("option", { name: partnerName }).click();
    await partners.getByRole("button", { name: "Add partner" }).click();
    await partners.getByRole("status").getByText(`${partnerName} was added to Northwind Partners.`).waitFor();
    await partners.getByRole("row", { name: new RegExp(partnerName) }).getByText(mpnId).waitFor();
    expect(await partners.getByRole("row", { name: /No Partner Identified/ }).count()).toBe(0);

    await partners.getByRole("button", { name: "Refer to partners…" }).click();
    const dialog = page.getByRole("dialog", { name: "Refer Northwind Partners to partners" });
    const preview = dialog.getByRole("region", { name: /^Who would get it/ });
    const matched = preview.getByRole("list", { name: "Partners it would go to" }).getByRole("listitem").filter({ hasText: partnerName });
    await matched.getByText("offers Project Management").waitFor();
    await dialog.getByRole("button", { name: "Submit referral" }).click();
    // No consent yet: the refusal says so and offers to record it for that contact.
    await dialog.getByRole("alert").getByText(/Mia Schulz has not agreed to share their contact details/).first().waitFor();
    await dialog.screenshot({ path: shot("waymark-referral-consent-missing.png") });
    await dialog.getByRole("button", { name: "Record consent for Mia Schulz…" }).click();
    await dialog.getByRole("textbox", { name: "Statement" }).fill("Said yes on the call to passing her details to partners.");
    await dialog.getByRole("button", { name: "Record consent", exact: true }).click();
    await dialog.getByText("Consent recorded for Mia Schulz. Submit the referral again.").waitFor();
    await dialog.screenshot({ path: shot("waymark-referral-preview.png") });
    await dialog.getByRole("button", { name: "Submit referral" }).click();
    const result = dialog.getByRole("status").filter({ hasText: "Referral made to" });
    await result.getByText(new RegExp(`^Referral made to .*${partnerName}`)).waitFor();
    await result.getByText("The customer's notice is queued to mia.schulz@northwind.example.").waitFor();
    await dialog.screenshot({ path: shot("waymark-referral-made.png") });
    await dialog.getByRole("button", { name: "Done" }).click();

    await partners.getByRole("button", { name: `Remove ${partnerName}…` }).click();
    const confirm = page.getByRole("alertdialog", { name: `Remove ${partnerName} from Northwind Partners?` });
    await confirm.getByText(`${partnerName}'s people are removed from this tenant's contacts too.`, { exact: false }).waitFor();
    await confirm.getByRole("button", { name: "Remove partner and its contacts" }).click();
    await confirm.getByText("Say why the partner is removed (at least 3 characters).").waitFor();
    await confirm.getByRole("textbox", { name: "Reason" }).fill("The customer chose to run the project alone.");
    await confirm.getByRole("button", { name: "Remove partner and its contacts" }).click();
    await partners.getByRole("status").getByText(new RegExp(`^${partnerName} was removed from Northwind Partners`)).waitFor();
    await partners.getByRole("row", { name: /No Partner Identified/ }).waitFor();
    await partners.screenshot({ path: shot("waymark-partners-removed.png") });
    await page.close();
  }, 90_000);
});
