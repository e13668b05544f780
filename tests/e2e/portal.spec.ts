import type { Browser, Page } from "@playwright/test";
import type { Sprache } from "../../src/domain/portal/portalSprache";
import { expectEveryPageChecked, expectNoA11yViolations } from "./support/a11y";
import { expect, heuteBerlin, test } from "./support/fixtures";
import { PersonPage, PlanEditorPage } from "./support/pages";
import {
  empfaengerBrowser,
  expectKeinQuerscrollen,
  PortalSeiten,
  PortalZugangSeite,
} from "./support/portalPages";

const PASSWORT = "Mein-Portal-2026";

/**
 * The whole portal journey: the counsellor opens access; the recipient activates, signs in, confirms
 * receipt, marks a step done, logs two applications, uploads a PDF and proposes a step; the counsellor
 * takes the proposal into the next version and agrees it; the recipient sees that version.
 */
async function portalJourney(page: Page, browser: Browser, sprache: Sprache, javaScript: boolean) {
  const jc = new PortalZugangSeite(page);
  const { personId } = await jc.personOhneZugang();
  await jc.goto(personId);
  const code = await jc.zugangEinrichten();

  const { context, page: rp } = await empfaengerBrowser(browser, { javaScript });
  const portal = new PortalSeiten(rp, sprache);
  const benutzername = `e2e.${sprache}.${javaScript ? "js" : "ohne"}.${Date.now().toString(36)}`;
  await portal.aktivieren(code, benutzername, PASSWORT);
  await portal.anmelden(benutzername, PASSWORT);
  const pdfLink = await rp.locator('a[href^="/portal/plan/"]').getAttribute("href");
  const nummer = Number(/(\d+)\.pdf$/.exec(pdfLink ?? "")?.[1]);
  expect(nummer).toBeGreaterThan(0);
  await expect(portal.plan()).toContainText(portal.t.plan.version(nummer));

  await portal.empfangBestaetigen();
  await portal.ersterSchrittErledigt();
  await portal.bewerbungEintragen("Lager Nord GmbH", "Lagerhelfer");
  await portal.bewerbungEintragen("Spedition Süd", "Fahrer");
  const nachweis = await portal.nachweisHochladen("bewerbung.pdf");
  const vorschlag = `Ich mache einen Erste-Hilfe-Kurs (${sprache}, ${javaScript ? "mit" : "ohne"} Skript).`;
  await portal.schrittVorschlagen(vorschlag);

  // The counsellor takes the proposal into the Fortschreibung and agrees the new version.
  await jc.goto(personId);
  await expect(page.getByRole("region", { name: "Bewerbungen" })).toContainText("Spedition Süd");
  await expect(page.getByRole("region", { name: "Nachweise" })).toContainText(nachweis);
  await jc.vorschlagUebernehmen(vorschlag, nummer + 1);
  await page.goto(`/personen/${personId}`);
  const person = await new PersonPage(page).check();
  await person.openVersion(nummer + 1);
  const editor = await new PlanEditorPage(page).check(nummer + 1);
  await expect(editor.eintraege("schritte").last().getByRole("textbox").first()).toHaveValue(vorschlag);
  const vorschau = await editor.vorschau();
  // The demo plan's deadlines have passed by now: each is renewed before the plan is agreed again.
  await vorschau.fristenVerlaengern();
  await vorschau.abstimmen({ am: heuteBerlin() });
  await vorschau.check();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    `Kooperationsplan, Version ${nummer + 1}`,
  );

  // The recipient sees the new version with the step they proposed.
  await rp.goto("/portal");
  await portal.start();
  await expect(portal.plan()).toContainText(portal.t.plan.version(nummer + 1));
  await expect(portal.plan()).toContainText(vorschlag);
  await expect(rp.getByRole("region", { name: portal.t.vorschlaege.titel })).toContainText(
    portal.t.vorschlaege.uebernommenIn(nummer + 1),
  );
  expectEveryPageChecked(rp);
  return { context, page: rp, portal };
}

for (const sprache of ["de", "ar"] as const) {
  test(`Portal (${sprache}): aktivieren, Empfang, Schritt, Bewerbungen, Nachweis, Vorschlag → Version 2`, async ({
    page,
    browser,
  }) => {
    test.slow(); // the whole journey across two browsers, with an accessibility check on every page
    const { context, page: rp, portal } = await portalJourney(page, browser, sprache, true);
    await expect(rp.locator("html")).toHaveAttribute("lang", sprache === "ar" ? "ar" : "de-DE");

    // 320 px wide (WCAG 1.4.10 Reflow): no horizontal scrolling on the main pages.
    await rp.setViewportSize({ width: 320, height: 800 });
    for (const url of ["/portal", "/portal/versionen/1", "/portal/barrierefreiheit"]) {
      await rp.goto(url);
      await expectKeinQuerscrollen(rp);
      await expectNoA11yViolations(rp);
    }
    // 200 % zoom of a 1280 × 900 window: the same as 640 × 450 CSS pixels at device scale factor 2.
    const zoom = await browser.newContext({
      viewport: { width: 640, height: 450 },
      deviceScaleFactor: 2,
      storageState: await context.storageState(),
    });
    const gross = await zoom.newPage();
    await gross.goto("/portal");
    await expect(gross.getByRole("navigation", { name: portal.t.app.sprache })).toBeVisible();
    await expect(gross.getByRole("button", { name: portal.t.bewerbungen.speichern })).toBeVisible();
    for (const url of ["/portal", "/portal/leichte-sprache"]) {
      await gross.goto(url);
      await expectKeinQuerscrollen(gross);
      await expect(gross.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoA11yViolations(gross);
    }
    await zoom.close();
    await context.close();
  });
}

test("Portal ohne JavaScript: dieselbe Reise mit Formularen vom Server", async ({ page, browser }) => {
  test.slow(); // the whole journey across two browsers, with an accessibility check on every page
  const { context } = await portalJourney(page, browser, "de", false);
  await context.close();
});

test("Portal-Anmeldeseiten bei 320 px und 200 % Zoom, auf Deutsch und Arabisch", async ({ page }) => {
  for (const sprache of ["de", "ar"] as const) {
    for (const groesse of [
      { width: 320, height: 700 },
      { width: 640, height: 450 },
    ]) {
      await page.setViewportSize(groesse);
      for (const pfad of ["/portal/anmelden", "/portal/aktivieren"]) {
        await page.goto(`${pfad}?sprache=${sprache}`);
        await expect(page.locator("html")).toHaveAttribute("dir", sprache === "ar" ? "rtl" : "ltr");
        await expectKeinQuerscrollen(page);
        await expectNoA11yViolations(page);
      }
    }
  }
});
