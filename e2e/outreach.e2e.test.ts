import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createTenantFromPage, okFromPage as ok, openTenantTab, screenshotPath as shot, signedInUserWithEmail, useSignedInPortal } from "./harness.ts";

const CUSTOMER_EMAIL = "jonas.weber@fabrikam.example";
const ATS_EMAIL = "sam.ats@microsoft.example";
const FM_EMAIL = "first.admin@fasttrack.example";

/** A minimal e-mail as a mail client saves it (.eml). */
function eml(mail: { from: string; subject: string; inReplyTo: string; text: string }): Buffer {
  const lines = [
    `From: ${mail.from}`,
    "To: fasttrack@fasttrack.example",
    `Subject: ${mail.subject}`,
    `Message-ID: <${randomUUID()}@mail.example>`,
    `In-Reply-To: ${mail.inReplyTo}`,
    `References: ${mail.inReplyTo}`,
    `Date: ${new Date().toUTCString()}`,
    "Content-Type: text/plain; charset=utf-8",
    "",
    mail.text,
    "",
  ];
  return Buffer.from(lines.join("\r\n"), "utf8");
}

/**
 * A tenant at the Gateway whose primary FM is the signed-in user, with an ATS and (when asked) a customer contact, after
 * the FM contacted the customer: the Customer 1st Contact e-mail exists (queued, or failed without a customer address).
 */
async function contactedTenant(page: Page, name: string, withCustomerContact: boolean): Promise<string> {
  const myId = await signedInUserWithEmail(page, FM_EMAIL);
  const tenantId = await createTenantFromPage(page, name);
  await ok(page, "POST", `/api/tenants/${tenantId}/services`, { service: "exchange", totalEntitlements: 500 });
  await ok(page, "POST", `/api/tenants/${tenantId}/assignments`, { userId: myId, role: "fm", isPrimary: true });
  await ok(page, "POST", `/api/tenants/${tenantId}/contacts`, { type: "microsoft", name: "Sam ATS", email: ATS_EMAIL, role: "ATS" });
  if (withCustomerContact) await ok(page, "POST", `/api/tenants/${tenantId}/contacts`, { type: "customer", name: "Jonas Weber", email: CUSTOMER_EMAIL, role: "CIO" });
  for (const [type, data] of [
    ["gateway.started", undefined],
    ["gateway.duplicate_check_recorded", { outcome: "different_organization" }],
    ["gateway.entitlement_check_recorded", { met: true }],
    ["gateway.customer_contacted", undefined],
  ] as const) {
    await ok(page, "POST", `/api/tenants/${tenantId}/playbook-events`, data ? { type, data } : { type });
  }
  return tenantId;
}

describe("outreach and meetings on the tenant page", () => {
  const portal = useSignedInPortal();

  it("shows the customer's queued e-mail with its recipients and records an answer typed by hand", async () => {
    const page = await portal.newPage();
    const tenantId = await contactedTenant(page, "Fabrikam Outreach", true);
    await page.goto(`${portal.baseUrl()}/tenants/${tenantId}`);
    await openTenantTab(page, "Outreach & meetings");

    const outreach = page.getByRole("region", { name: /^Outreach/ });
    const step = outreach.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Customer, attempt 1/ }) });
    const email = step.getByRole("list", { name: /^E-mails/ }).getByRole("listitem");
    await email.getByText("Queued", { exact: true }).waitFor();
    await email.getByText(CUSTOMER_EMAIL, { exact: true }).waitFor();
    await email.getByText(ATS_EMAIL, { exact: true }).waitFor();
    expect(await step.getByRole("button", { name: "Send again" }).count()).toBe(0);

    await step.getByRole("button", { name: "Record an answer…" }).click();
    const form = step.getByRole("form", { name: /^Record an answer/ });
    // The answer is required: an empty one is refused at its field.
    await form.getByRole("button", { name: "Record answer" }).click();
    await form.getByText("Say what the answer was (a line is enough).").waitFor();
    await form.getByRole("textbox", { name: "The answer" }).fill("Happy to start; call me on Monday.");
    await form.getByRole("textbox", { name: "From (optional)" }).fill("Jonas Weber");
    await form.getByRole("button", { name: "Record answer" }).click();

    await outreach.getByRole("status").getByText("Recorded on Customer attempt 1 — the customer's wait stopped", { exact: true }).waitFor();
    const answers = step.getByRole("list", { name: /^Answers/ });
    await answers.getByText("Happy to start; call me on Monday.", { exact: true }).waitFor();
    await answers.getByText(/^Jonas Weber, .+, recorded by hand$/).waitFor();
    await step.getByText(/answered /).waitFor();

    await outreach.screenshot({ path: shot("waymark-outreach-answered.png") });
    await page.close();
  }, 60_000);

  it("says why an e-mail failed, keeps it failed when sent again unchanged, queues it once a contact is added, and records an uploaded answer", async () => {
    const page = await portal.newPage();
    const tenantId = await contactedTenant(page, "Northwind Outreach", false);
    await page.goto(`${portal.baseUrl()}/tenants/${tenantId}`);
    await openTenantTab(page, "Outreach & meetings");

    const outreach = page.getByRole("region", { name: /^Outreach/ });
    const step = outreach.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Customer, attempt 1/ }) });
    const email = step.getByRole("list", { name: /^E-mails/ }).getByRole("listitem");
    await email.getByText("Failed", { exact: true }).waitFor();
    const reason = (await email.getByText(/^Why it failed: /).innerText()).replace(/^Why it failed: /, "");
    expect(reason.length).toBeGreaterThan(10);

    await email.getByRole("button", { name: "Send again" }).click();
    await email.getByRole("status").getByText(/^Still failed: /).waitFor();
    expect(await email.getByRole("status").innerText()).toContain(reason);
    await outreach.screenshot({ path: shot("waymark-outreach-failed.png") });

    await ok(page, "POST", `/api/tenants/${tenantId}/contacts`, { type: "customer", name: "Nora Lind", email: "nora.lind@northwind.example", role: "IT lead" });
    await email.getByRole("button", { name: "Send again" }).click();
    await email.getByRole("status").getByText("Sent again: the e-mail is queued and goes out shortly.", { exact: true }).waitFor();
    await email.getByText("Queued", { exact: true }).waitFor();
    await email.getByText("nora.lind@northwind.example", { exact: true }).waitFor();
    expect(await email.getByRole("button", { name: "Send again" }).count()).toBe(0);

    await outreach.screenshot({ path: shot("waymark-outreach-sent-again.png") });

    // The customer's answer, saved from the mail client, names the e-mail it answers: uploading it records it there.
    const outreachNow = await ok<{ items: { messages: { messageId: string | null }[] }[] }>(page, "GET", `/api/tenants/${tenantId}/outreach`);
    const answered = outreachNow.items[0]?.messages[0]?.messageId;
    const upload = outreach.getByLabel("Upload an answer (.eml)");
    const answer = eml({ from: "Nora Lind <nora.lind@northwind.example>", subject: "Re: Your FastTrack benefit for Exchange", inReplyTo: answered ?? "", text: "Yes, let's talk." });
    await upload.setInputFiles({ name: "answer.eml", mimeType: "message/rfc822", buffer: answer });
    await outreach.getByRole("status").getByText("Recorded on Customer attempt 1 — the customer's wait stopped", { exact: true }).waitFor();
    const answers = step.getByRole("list", { name: /^Answers/ }).getByRole("listitem").filter({ hasText: "Yes, let's talk." });
    await answers.getByText(/nora\.lind@northwind\.example.*, from an e-mail · Re: Your FastTrack benefit for Exchange$/).waitFor();
    await upload.setInputFiles({ name: "answer.eml", mimeType: "message/rfc822", buffer: answer });
    await outreach.getByRole("status").getByText("This answer was recorded before", { exact: true }).waitFor();
    // An e-mail that answers nothing here is refused with the server's explanation.
    const stray = eml({ from: "someone@elsewhere.example", subject: "Lunch?", inReplyTo: "<nothing@elsewhere.example>", text: "Free on Friday?" });
    await upload.setInputFiles({ name: "stray.eml", mimeType: "message/rfc822", buffer: stray });
    await outreach.getByRole("alert").getByText(/^This e-mail answers none of the outreach e-mails on your tenants/).waitFor();
    expect(await outreach.getByText("This answer was recorded before").count()).toBe(0);
    await outreach.screenshot({ path: shot("waymark-outreach-uploaded.png") });
    await page.close();
  }, 60_000);

  it("schedules a kickoff with a contact as attendee, offers its invitation to download, and cancels it after asking", async () => {
    const page = await portal.newPage();
    const tenantId = await contactedTenant(page, "Tailspin Meetings", true);
    await page.goto(`${portal.baseUrl()}/tenants/${tenantId}`);
    await openTenantTab(page, "Outreach & meetings");

    const meetings = page.getByRole("region", { name: /^Meetings/ });
    await meetings.getByText("No meetings yet.").waitFor();
    await meetings.getByRole("button", { name: "Schedule a meeting…" }).click();
    const dialog = page.getByRole("dialog", { name: "Schedule a meeting" });
    expect(await dialog.getByRole("textbox", { name: "Title" }).inputValue()).toBe("FastTrack kickoff");
    expect(await dialog.getByRole("textbox", { name: "Time zone" }).inputValue()).toBe("Europe/Berlin");
    await dialog.getByText(/A kickoff happens once\./).waitFor();
    // The server's rules come back at their fields: a start in the past, and nobody invited.
    const dateField = dialog.getByLabel("Date", { exact: true });
    const tomorrow = await dateField.inputValue();
    await dateField.fill(new Date(Date.now() - 2 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10));
    await dialog.getByRole("button", { name: "Schedule meeting" }).click();
    await dialog.getByText(/^The meeting would start in the past/).waitFor();
    expect(await dateField.getAttribute("aria-invalid")).toBe("true");
    await dialog.getByRole("alert").getByText("Invite at least one attendee: a contact with an e-mail address, or a name and e-mail.").waitFor();
    await page.screenshot({ path: shot("waymark-meetings-refused.png") });
    await dateField.fill(tomorrow);
    await dialog.getByText(`Jonas Weber (${CUSTOMER_EMAIL}), CIO`, { exact: true }).click();
    expect(await dialog.getByRole("checkbox", { name: /^Jonas Weber/ }).isChecked()).toBe(true);
    await page.screenshot({ path: shot("waymark-meetings-schedule.png") });
    await dialog.getByRole("button", { name: "Schedule meeting" }).click();
    await dialog.waitFor({ state: "detached" });

    await meetings.getByRole("status").getByText(/^Scheduled “FastTrack kickoff” for .+; 1 attendee gets the invitation\.$/).waitFor();
    const meeting = meetings.getByRole("listitem").filter({ hasText: "FastTrack kickoff" });
    await meeting.getByText("Kickoff", { exact: true }).waitFor();
    await meeting.getByText("Scheduled", { exact: true }).waitFor();
    await meeting.getByText(`Jonas Weber (${CUSTOMER_EMAIL})`).waitFor();
    await meeting.getByText("once", { exact: true }).waitFor();
    await meeting.getByText(/, 10:00–11:00 \(Europe\/Berlin\)$/).waitFor();
    const link = meeting.getByRole("link", { name: "Download invitation (.ics)" });
    const href = await link.getAttribute("href");
    const invitation = await page.evaluate(async (url) => {
      const response = await fetch(url ?? "");
      return { status: response.status, type: response.headers.get("content-type") ?? "", text: await response.text() };
    }, href);
    expect(invitation.status).toBe(200);
    expect(invitation.type).toMatch(/^text\/calendar/);
    // iCalendar folds long lines; unfolded, the invitation names the meeting and its attendee.
    const unfolded = invitation.text.replace(/\r\n[ \t]/g, "");
    expect(unfolded).toContain("SUMMARY:FastTrack kickoff");
    expect(unfolded).toContain(`CN="Jonas Weber":MAILTO:${CUSTOMER_EMAIL}`);

    await meetings.screenshot({ path: shot("waymark-meetings.png") });

    // Cancelling asks first; keeping the meeting changes nothing, confirming marks it cancelled in words.
    await meeting.getByRole("button", { name: "Cancel meeting…" }).click();
    const confirm = page.getByRole("alertdialog", { name: "Cancel “FastTrack kickoff”?" });
    await confirm.getByRole("button", { name: "Keep the meeting" }).click();
    await confirm.waitFor({ state: "detached" });
    await meeting.getByText("Scheduled", { exact: true }).waitFor();
    await meeting.getByRole("button", { name: "Cancel meeting…" }).click();
    await confirm.getByRole("button", { name: "Cancel meeting" }).click();
    await confirm.waitFor({ state: "detached" });
    await meetings.getByRole("status").getByText("Cancelled “FastTrack kickoff”; the attendees get a cancellation by e-mail.", { exact: true }).waitFor();
    await meeting.getByText("Cancelled", { exact: true }).waitFor();
    await meeting.getByRole("link", { name: "Download cancellation (.ics)" }).waitFor();
    expect(await meeting.getByRole("button", { name: "Cancel meeting…" }).count()).toBe(0);
    await meetings.screenshot({ path: shot("waymark-meetings-cancelled.png") });
    await page.close();
  }, 60_000);
});
