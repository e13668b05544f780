import { expectEveryPageChecked, expectNoA11yViolations } from "./support/a11y";
import { expect, test } from "./support/fixtures";
import { LoginPage } from "./support/pages";
import { empfaengerBrowser, PortalSeiten, PortalZugangSeite } from "./support/portalPages";

const PASSWORT = "Mein-Kalender-2026";
const FEED = /\/kalender\/[A-Za-z0-9_-]{43}\.ics$/;

/** Issue 12 § 2: the calendar subscription, made and ended in the browser, axe clean. */
test("Fachkraft abonniert den Kalender ihrer Fälle und beendet das Abo", async ({ page }) => {
  await new LoginPage(page).login("berger");
  await page
    .getByRole("navigation", { name: "Hauptnavigation" })
    .getByRole("link", { name: "Mein Kalender" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mein Kalender");
  await expectNoA11yViolations(page);
  await page.getByRole("button", { name: /Kalender abonnieren|Neuen Abo-Link/ }).click();
  const link = (await page.getByTestId("abo-link").textContent())?.trim() ?? "";
  expect(link).toMatch(FEED);
  await expectNoA11yViolations(page);
  const feed = await page.request.get(new URL(link).pathname);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(await feed.text()).toContain("TZID:Europe/Berlin");
  await page.getByRole("button", { name: "Abo beenden" }).click();
  await expect(page.getByText("Das Abo ist beendet. Der Link gilt nicht mehr.")).toBeVisible();
  await expectNoA11yViolations(page);
  expect((await page.request.get(new URL(link).pathname)).status()).toBe(404);
});

test("Leistungsberechtigte abonniert den Kalender ohne JavaScript und beendet das Abo", async ({
  page,
  browser,
}) => {
  const jc = new PortalZugangSeite(page);
  const { personId } = await jc.personOhneZugang();
  await jc.goto(personId);
  const code = await jc.zugangEinrichten();

  const { context, page: rp } = await empfaengerBrowser(browser, { javaScript: false });
  const portal = new PortalSeiten(rp, "de");
  const benutzername = `e2e.kalender.${Date.now().toString(36)}`;
  await portal.aktivieren(code, benutzername, PASSWORT);
  await portal.anmelden(benutzername, PASSWORT);
  await rp.getByRole("button", { name: portal.t.kalender.abonnieren }).click();
  const link = (await rp.locator("code.kp-portal-uri").textContent())?.trim() ?? "";
  expect(link).toMatch(FEED);
  await expectNoA11yViolations(rp);
  const feed = await rp.request.get(new URL(link).pathname);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain("DTSTART;VALUE=DATE:");
  await rp.getByRole("button", { name: portal.t.kalender.beenden }).click();
  await expect(rp.getByText(portal.t.kalender.beendet)).toBeVisible();
  await expectNoA11yViolations(rp);
  expect((await rp.request.get(new URL(link).pathname)).status()).toBe(404);
  expectEveryPageChecked(rp);
  await context.close();
});
