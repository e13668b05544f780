import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import { DEMO_PASSWORT, expect, test } from "./support/fixtures";
import { dateKeys, expectFocusVisible, pressAndWait, replaceText, tabTo } from "./support/keyboard";
import { LEGENDE, PlanEditorPage, PlanVersionPage, type Bereich } from "./support/pages";

/** Keyboard only: Tab, Shift+Tab, Enter, Space and typing. No click(), no fill(). */

const editorUrl = /\/versionen\/\d+\/bearbeiten/;

async function eintragHinzufuegen(page: Page, bereich: Bereich, name: string, felder: string[]) {
  const editor = new PlanEditorPage(page);
  await tabTo(
    page,
    editor.bereich(bereich).getByRole("button", { name: `${LEGENDE[bereich]}: Eintrag hinzufügen` }),
  );
  await pressAndWait(page, "Enter", new RegExp(`neu=${bereich}`));
  await expectNoA11yViolations(page);
  // The new, empty entry has the focus (script comfort), so typing can start right away.
  const neu = editor.bereich(bereich).getByRole("textbox", { name, exact: true });
  await expect(neu).toBeFocused();
  await expectFocusVisible(page);
  await expect(neu).toHaveValue("");
  const [text, ...details] = felder;
  await page.keyboard.type(text ?? "");
  for (const wert of details) {
    await page.keyboard.press("Tab");
    await expectFocusVisible(page);
    await page.keyboard.type(/^\d{4}-\d{2}-\d{2}$/.test(wert) ? await dateKeys(page, wert) : wert);
  }
}

test("Der ganze Weg nur mit der Tastatur: anmelden, Plan schreiben, abstimmen, fortschreiben", async ({
  page,
}) => {
  test.slow(); // a whole journey with an accessibility check on every page
  await page.goto("/anmelden");
  await expectNoA11yViolations(page);

  // Skip link: first Tab stop, visible when focused, jumps to the main content.
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Zum Inhalt springen" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expectFocusVisible(page);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("textbox", { name: "Benutzername" })).toBeFocused();
  await expectFocusVisible(page);

  await page.keyboard.type("berger");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Passwort")).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORT);
  await pressAndWait(page, "Enter", /\/faelle$/);
  await expectNoA11yViolations(page);

  // Caseload: filter "Noch kein Plan" with the select's type-ahead, open the first person.
  await tabTo(page, page.getByRole("combobox", { name: "Filter" }));
  await page.keyboard.type("Noch kein Plan");
  await expect(page.getByRole("combobox", { name: "Filter" })).toHaveValue("kein_plan");
  await tabTo(page, page.getByRole("button", { name: "Suchen" }));
  await pressAndWait(page, "Enter", /status=kein_plan/);
  await expectNoA11yViolations(page);
  const rows = page.getByRole("table", { name: "Fallübersicht" }).locator("tbody tr");
  await expect(rows.first()).toContainText("Noch kein Plan");
  await tabTo(page, rows.first().getByRole("rowheader").getByRole("link"));
  await pressAndWait(page, "Enter", /\/personen\/[0-9a-f-]{36}$/);
  await expectNoA11yViolations(page);

  await tabTo(page, page.getByRole("button", { name: "Plan schreiben" }));
  await pressAndWait(page, "Enter", editorUrl);
  await expectNoA11yViolations(page);

  await tabTo(
    page,
    page.getByRole("textbox", { name: "Berufsziel (Eingliederungsziel) in einfachen Worten", exact: true }),
  );
  await page.keyboard.type("Ich arbeite als Busfahrerin im Nahverkehr.");
  await eintragHinzufuegen(page, "schritte", "Schritt 1", [
    "Ich mache den Busführerschein.",
    "einmal",
    "2027-06-30",
    "Prüfungsbescheinigung",
  ]);
  await eintragHinzufuegen(page, "schritte", "Schritt 2", [
    "Ich bewerbe mich bei den Verkehrsbetrieben.",
    "zweimal",
    "2027-07-31",
    "Bewerbungsschreiben",
  ]);
  await eintragHinzufuegen(page, "schritte", "Schritt 3", [
    "Ich lerne für die Theorieprüfung.",
    "jede Woche",
    "2027-05-31",
    "Lernnachweis",
  ]);
  await eintragHinzufuegen(page, "unterstuetzung", "Unterstützung 1", [
    "Bildungsgutschein für den Busführerschein",
  ]);
  await eintragHinzufuegen(page, "unterstuetzung", "Unterstützung 2", [
    "Kinderbetreuung während der Prüfung",
  ]);

  // Keyboard reordering: "Schritt 3: Nach oben" with Space.
  const editor = new PlanEditorPage(page);
  await tabTo(
    page,
    editor.bereich("schritte").getByRole("button", { name: "Schritt 3: Nach oben", exact: true }),
    { rueckwaerts: true },
  );
  await pressAndWait(page, "Space", /gespeichert=1/);
  await expectNoA11yViolations(page);
  expect(await editor.texte("schritte")).toEqual([
    "Ich mache den Busführerschein.",
    "Ich lerne für die Theorieprüfung.",
    "Ich bewerbe mich bei den Verkehrsbetrieben.",
  ]);
  await expect(editor.eintraege("schritte").nth(0).getByLabel("Bis wann?")).toHaveValue("2027-06-30");

  await tabTo(page, page.getByRole("button", { name: "Vorschau", exact: true }));
  await pressAndWait(page, "Enter", /\/versionen\/1$/);
  await expectNoA11yViolations(page);
  const vorschau = new PlanVersionPage(page);
  await expect(vorschau.dokument()).toContainText("Ich arbeite als Busfahrerin im Nahverkehr.");
  await expect(vorschau.dokument()).toContainText("Bis: 30.06.2027");

  // Agree: the radio group is reached with Tab, the choice made with the arrow keys.
  await tabTo(page, page.getByRole("radio", { name: "persönlich", exact: true }));
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "per Post", exact: true })).toBeChecked();
  await expectFocusVisible(page);
  await page.keyboard.press("ArrowUp");
  await expect(page.getByRole("radio", { name: "persönlich", exact: true })).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Abstimmen und übergeben" }));
  await pressAndWait(page, "Enter", /\/versionen\/1$/);
  await expectNoA11yViolations(page);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Vereinbart");

  await tabTo(page, page.getByRole("button", { name: "Plan fortschreiben" }));
  await pressAndWait(page, "Enter", /\/versionen\/2\/bearbeiten$/);
  await expectNoA11yViolations(page);

  // Version 2: change a step, remove a support item, add a step.
  await tabTo(page, editor.eintragText("schritte", 1));
  await replaceText(page, "Ich lerne jeden Tag für die Theorieprüfung.");
  await tabTo(
    page,
    editor.bereich("unterstuetzung").getByRole("button", { name: "Unterstützung 2: Entfernen", exact: true }),
  );
  await pressAndWait(page, "Enter", /gespeichert=1/);
  await expectNoA11yViolations(page);
  expect(await editor.texte("unterstuetzung")).toEqual(["Bildungsgutschein für den Busführerschein"]);
  await eintragHinzufuegen(page, "schritte", "Schritt 4", ["Ich mache eine Probefahrt.", "einmal"]);

  await tabTo(page, page.getByRole("button", { name: "Vorschau", exact: true }));
  await pressAndWait(page, "Enter", /\/versionen\/2$/);
  await expectNoA11yViolations(page);
  const diff = await vorschau.diff();
  expect(diff.map(([bereich, art]) => `${bereich}: ${art}`).sort()).toEqual([
    "Schritt: Geändert",
    "Schritt: Neu",
    "Unterstützung Jobcenter: Entfernt",
  ]);
  expect(diff.find((r) => r[1] === "Geändert")?.[3]).toContain("Ich lerne jeden Tag für die Theorieprüfung.");

  await tabTo(page, page.getByRole("button", { name: "Abstimmen und übergeben" }));
  await pressAndWait(page, "Enter", /\/versionen\/2$/);
  await expectNoA11yViolations(page);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Vereinbart");
});
