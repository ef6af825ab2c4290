import type { Page } from "playwright-core";

export const E2E_PASSWORD = "a long passphrase for the e2e journey";

/** Signs in with the one-time password and replaces it, ending on the portal's home page. */
export async function signInAndReplacePassword(page: Page, baseUrl: string, username: string, oneTimePassword: string): Promise<void> {
  await page.goto(baseUrl);
  await page.getByRole("heading", { name: "Sign in" }).waitFor();
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(oneTimePassword);
  await page.getByRole("button", { name: "Sign in" }).click();

  await page.getByRole("heading", { name: "Choose a new password" }).waitFor();
  // The screen skips this field when it still holds the password typed at sign-in.
  const current = page.getByLabel("Current password");
  if (await current.count()) await current.fill(oneTimePassword);
  await page.getByLabel("New password", { exact: true }).fill(E2E_PASSWORD);
  await page.getByLabel("Confirm new password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Save password and continue" }).click();

  await page.waitForURL((url) => !url.pathname.startsWith("/change-password") && !url.pathname.startsWith("/sign-in"));
}
