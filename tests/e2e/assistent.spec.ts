import { expectEveryPageChecked, expectNoA11yViolations, markNoScript, trackA11y } from "./support/a11y";
import { Assistent } from "./support/assistent";
import { expect, test } from "./support/fixtures";
import { LoginPage, PlanEditorPage } from "./support/pages";

const VAGE = "Ich kümmere mich um meine Gesundheit.";
const KONKRET = "Ich gehe bis zum 15.01.2027 zu meiner Hausärztin und bespreche eine Therapie.";

test("Assistent: Hinweise erscheinen und verschwinden beim Tippen, Vorlage und Förderangebot übernehmen", async ({
  page,
}) => {
  const faelle = await new LoginPage(page).login("berger");
  await faelle.filter("Noch kein Plan");
  const person = await faelle.openFirst();
  const editor = await person.planSchreiben();
  const assistent = new Assistent(page, editor);
  await expect(assistent.plan()).toContainText("Tragen Sie ein Ziel ein.");
  await expect(assistent.plan()).toContainText("§ 15 Abs. 2 Satz 2 SGB II");

  // A vague step gets its area and a concrete hint while typing (no save); focus stays in the field.
  const index = await editor.hinzufuegen("schritte");
  const feld = editor.eintragText("schritte", index);
  await feld.fill(VAGE);
  const hinweise = assistent.hinweise(index);
  await expect(hinweise).toHaveAttribute("aria-live", "polite");
  await expect(hinweise).toContainText("Bereich: Gesundheit");
  await expect(hinweise).toContainText("Noch nicht konkret.");
  await expect(hinweise).toContainText("Schreiben Sie dazu, bis wann");
  await expect(feld).toBeFocused();
  await expect(
    editor
      .eintraege("schritte")
      .nth(index)
      .getByLabel(`Schritt ${index + 1}: Bereich`),
  ).toContainText("automatisch: Gesundheit");
  await expectNoA11yViolations(page);

  // Made concrete, the hint disappears; the area stays.
  await feld.fill(KONKRET);
  await expect(hinweise).not.toContainText("Noch nicht konkret.");
  await expect(hinweise).toContainText("Bereich: Gesundheit");
  await expect(hinweise).toContainText("Lesbarkeit:");
  await expect(feld).toBeFocused();
  await expectNoA11yViolations(page);

  // Template search with live results; "Übernehmen" adds it to the steps and focuses the new entry.
  await assistent.sucheVorlage("Hausarzt", "schritte");
  await expect(assistent.vorlagen()).toContainText(/Vorlagen? gefunden/);
  await expectNoA11yViolations(page);
  await assistent.uebernehmen(/^Vorlage übernehmen: Ich mache bis .* Hausarztpraxis/);
  await expect(editor.eintraege("schritte")).toHaveCount(index + 2);
  const neu = editor.eintragText("schritte", index + 1);
  await expect(neu).toHaveValue(/Hausarztpraxis/);
  await expect(neu).toBeFocused();
  await expect(editor.eintragText("schritte", index)).toHaveValue(KONKRET);

  // Offers that fit the plan's areas, with budget state; adding one writes a support entry.
  const angebote = assistent.angebote();
  const coaching = angebote.getByRole("listitem").filter({ hasText: "Gesundheitscoaching" });
  await expect(coaching).toContainText("Budget: knapp");
  await coaching.getByRole("button", { name: /als Unterstützung eintragen$/ }).click();
  await editor.check();
  await expect(editor.eintragText("unterstuetzung", 0)).toHaveValue(/„AVGS Gesundheitscoaching/);
  await expect(editor.eintragText("unterstuetzung", 0)).toBeFocused();
});

test("Teamleitung pflegt Förderangebote mit Budget in Euro", async ({ page }) => {
  await new LoginPage(page).login("teamleitung");
  await page.getByRole("link", { name: "Förderangebote und Budget" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Förderangebote und Budget" })).toBeVisible();
  await expect(page.getByRole("table")).toContainText("ausgeschöpft");
  await expectNoA11yViolations(page);

  await page.getByLabel("Name des Angebots").fill("Bewerbungsfotos beim Fotostudio Licht");
  await page.getByLabel("Art des Angebots").selectOption({ label: "Geld für Bewerbungen" });
  await page.getByLabel("Budget in diesem Jahr in Euro (freiwillig)").fill("zwölf");
  await page.getByRole("button", { name: "Angebot speichern" }).click();
  await expect(page.getByRole("alert")).toContainText("Geben Sie den Betrag in Euro ein");
  await expectNoA11yViolations(page);

  await page.getByLabel("Budget in diesem Jahr in Euro (freiwillig)").fill("1.200,50");
  await page.getByRole("button", { name: "Angebot speichern" }).click();
  await expect(page.getByRole("status")).toContainText("Das Angebot ist gespeichert.");
  await expect(page.getByRole("table")).toContainText("1.200,50 €");
  await expectNoA11yViolations(page);
});

test("Ohne JavaScript: Vorlage suchen und übernehmen", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  trackA11y(page);
  markNoScript(page);
  const faelle = await new LoginPage(page).login("berger");
  await faelle.filter("Entwurf");
  const person = await faelle.openFirst();
  await person.openVersion(1);
  const editor = await new PlanEditorPage(page).check(1);
  const assistent = new Assistent(page, editor);
  const vorher = await editor.eintraege("schritte").count();
  await expect(assistent.hinweise(0)).toContainText("Bereich:");

  await assistent.sucheVorlage("Kita", "schritte");
  await assistent.vorlagen().getByRole("button", { name: "Vorlagen suchen" }).click();
  await editor.check(1);
  await expect(page).toHaveURL(/vorlagen=Kita/);
  await expect(assistent.vorlagen()).toContainText(/Vorlagen? gefunden/);
  await assistent.uebernehmen(/^Vorlage übernehmen: .*Kita/);
  await expect(editor.eintraege("schritte")).toHaveCount(vorher + 1);
  await expect(editor.eintragText("schritte", vorher)).toHaveValue(/Kita/);
  await expect(page).toHaveURL(new RegExp(`#f-schritte-${vorher}-text$`));

  expectEveryPageChecked(page);
  await context.close();
});
