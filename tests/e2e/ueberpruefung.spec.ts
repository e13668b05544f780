import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import { expect, test } from "./support/fixtures";
import { anmeldenMitTastatur, pressAndWait, tabTo } from "./support/keyboard";
import { zaehler as zaehlung } from "./support/zaehler";

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
  await anmeldenMitTastatur(page);
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

/** Logs in as the counsellor by keyboard and opens the caseload of reviews due; returns the row's review link. */
async function faelligeUeberpruefung(page: Page) {
  await anmeldenMitTastatur(page);
  await page.goto("/faelle?status=faellig");
  await expectNoA11yViolations(page);
  return page.getByRole("link", { name: /^Plan von .+ überprüfen$/ }).first();
}

const REVIEW = /\/plaene\/[0-9a-f-]{36}\/ueberpruefen$/;
const VERSION = /\/plaene\/[0-9a-f-]{36}\/versionen\/\d+$/;
const NEUER_TEXT = "Ich bewerbe mich jede Woche auf zwei Stellen und bringe die Liste zum Termin mit.";

test("Überprüfung mit einem geänderten Schritt: höchstens 3 Seiten und 5 Aktionen, nur mit der Tastatur", async ({
  page,
}) => {
  const link = await faelligeUeberpruefung(page);
  const { z, tabZu, taste, tasteUndWarte } = zaehlung(page);
  await tabZu(link);
  await tasteUndWarte("Enter", REVIEW);

  // One choice for step 1: "Text ändern" (one arrow key in its radio group), then the new text inline.
  const wahl = page.getByRole("group", { name: "Was geschieht mit Schritt 1?" });
  await tabZu(wahl.getByRole("radio", { name: "Beibehalten" }));
  await taste("ArrowDown");
  await expect(wahl.getByRole("radio", { name: "Text ändern" })).toBeChecked();
  await tabZu(page.getByRole("textbox", { name: "Text von Schritt 1", exact: true }));
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(NEUER_TEXT);
  await tabZu(page.getByRole("button", { name: "Weiter zur Vorschau" }));
  await tasteUndWarte("Enter", VERSION);

  // The preview of the new version shows the change; agree and hand over.
  await expect(page.locator(".kp-dokument")).toContainText(NEUER_TEXT);
  await tabZu(page.getByRole("button", { name: "Abstimmen und übergeben" }));
  await tasteUndWarte("Enter", VERSION);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Vereinbart");
  await expect(page.locator(".kp-dokument")).toContainText(NEUER_TEXT);
  await expect(page.locator(".kp-dokument")).toContainText("Vereinbart und übergeben am");

  expect(z.seiten).toBeLessThanOrEqual(3);
  expect(z.tasten).toBeLessThanOrEqual(5);
  expect(z).toMatchObject({ seiten: 3, klicks: 0, tasten: 4 });
  const tastatur = `Tastatur: Seitenaufrufe ${z.seiten} (Überprüfung, Vorschau, Übergabe), Aktionen ${z.tasten} (Enter Überprüfen, Pfeil „Text ändern“, Enter Weiter zur Vorschau, Enter Abstimmen), Tab ${z.tabs}`;
  console.log(tastatur);
  test.info().annotations.push({ type: "gemessen", description: tastatur });

  // One after the other: the handover leads to the next review due.
  await tabTo(page, page.getByRole("link", { name: "Nächste Überprüfung" }));
  await pressAndWait(page, "Enter", REVIEW);
  await expectNoA11yViolations(page);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Plan überprüfen:");
});

test("Überprüfung mit einem geänderten Schritt: höchstens 3 Seiten und 5 Klicks mit der Maus", async ({
  page,
}) => {
  const link = await faelligeUeberpruefung(page);
  const { z, klick, klickUndWarte } = zaehlung(page);
  await klickUndWarte(link, REVIEW);
  await klick(
    page
      .getByRole("group", { name: "Was geschieht mit Schritt 1?" })
      .getByRole("radio", { name: "Text ändern" }),
  );
  const text = page.getByRole("textbox", { name: "Text von Schritt 1", exact: true });
  await klick(text);
  await text.fill(NEUER_TEXT);
  await klickUndWarte(page.getByRole("button", { name: "Weiter zur Vorschau" }), VERSION);
  await expect(page.locator(".kp-dokument")).toContainText(NEUER_TEXT);
  await klickUndWarte(page.getByRole("button", { name: "Abstimmen und übergeben" }), VERSION);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Vereinbart");

  expect(z.seiten).toBeLessThanOrEqual(3);
  expect(z.klicks).toBeLessThanOrEqual(5);
  expect(z).toMatchObject({ seiten: 3, klicks: 5, tasten: 0 });
  const maus = `Maus: Seitenaufrufe ${z.seiten}, Klicks ${z.klicks} (Überprüfen, „Text ändern“, ins Textfeld, Weiter zur Vorschau, Abstimmen)`;
  console.log(maus);
  test.info().annotations.push({ type: "gemessen", description: maus });
});

test("Fällige Überprüfungen: überfällige zuerst, nach Datum, eine nach der anderen", async ({ page }) => {
  await faelligeUeberpruefung(page);
  await tabTo(page, page.getByRole("link", { name: "Fällige Überprüfungen" }));
  await pressAndWait(page, "Enter", /\/ueberpruefungen$/);
  await expectNoA11yViolations(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fällige Überprüfungen");
  const daten = await page.locator("tbody tr td:first-of-type").allTextContents();
  expect(daten.length).toBeGreaterThan(0);
  const iso = daten.map((d) => d.split(".").reverse().join("-"));
  expect(iso).toEqual([...iso].sort());
  await tabTo(page, page.getByRole("link", { name: "Mit der ersten beginnen" }));
  await pressAndWait(page, "Enter", REVIEW);
  await expectNoA11yViolations(page);
});
