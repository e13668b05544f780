import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import { DEMO_PASSWORT, expect, test } from "./support/fixtures";
import { pressAndWait, tabTo } from "./support/keyboard";

/**
 * Issue 12, § 1: reviewing a plan where nothing changed takes one page and one action, by keyboard only
 * (Tab, Enter; no click(), no fill()), axe clean on every page.
 */

/** Counts the documents loaded and the keys pressed that act (Enter on a link or button). */
function zaehler(page: Page) {
  const z = { seiten: 0, aktionen: 0 };
  page.on("load", () => {
    z.seiten++;
  });
  return {
    z,
    async aktion(url: RegExp) {
      z.aktionen++;
      await pressAndWait(page, "Enter", url);
      await expectNoA11yViolations(page);
    },
  };
}

test("Unveränderte Überprüfung: eine Seite, eine Aktion, nur mit der Tastatur", async ({ page }) => {
  await page.goto("/anmelden");
  await expectNoA11yViolations(page);
  await tabTo(page, page.getByRole("textbox", { name: "Benutzername" }));
  await page.keyboard.type("berger");
  await page.keyboard.press("Tab");
  await page.keyboard.type(DEMO_PASSWORT);
  await pressAndWait(page, "Enter", /\/faelle$/);
  await expectNoA11yViolations(page);
  await page.goto("/faelle?status=faellig");
  await expectNoA11yViolations(page);

  // From the caseload row: "Überprüfen" opens the one review page.
  const link = page.getByRole("link", { name: /^Plan von .+ überprüfen$/ }).first();
  const name = ((await link.getAttribute("aria-label")) ?? "").replace(/^Plan von (.+) überprüfen$/, "$1");
  const { z, aktion } = zaehler(page);
  await tabTo(page, link);
  await aktion(/\/plaene\/[0-9a-f-]{36}\/ueberpruefen$/);
  const [nachname, vorname] = name.split(", ");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Plan überprüfen: ${vorname} ${nachname}`);
  for (const abschnitt of [
    "Mein Berufsziel",
    "Meine nächsten Schritte",
    "Mein Jobcenter unterstützt mich durch",
  ])
    await expect(page.getByRole("heading", { name: abschnitt, exact: true })).toBeVisible();
  const schritte = await page.locator("#u-schritte + ul > li").count();
  expect(schritte).toBeGreaterThan(0);

  // The one action: continue unchanged; it lands on the handover of the new agreed version.
  await tabTo(page, page.getByRole("button", { name: "Unverändert fortschreiben" }));
  await aktion(/\/plaene\/[0-9a-f-]{36}\/versionen\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Vereinbart");
  await expect(page.getByRole("link", { name: "PDF herunterladen" })).toBeVisible();
  await expect(page.locator(".kp-dokument")).toContainText("Vereinbart und übergeben am");

  // Measured: the review page and the handover it ends in; opening the review and one submit.
  expect(z).toEqual({ seiten: 2, aktionen: 2 });
  test.info().annotations.push({
    type: "gemessen",
    description: `Seitenaufrufe ${z.seiten} (Überprüfung, Übergabe), Aktionen ${z.aktionen} (Überprüfen, Unverändert fortschreiben)`,
  });
});
