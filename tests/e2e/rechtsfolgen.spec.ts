import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { expect, test } from "./support/fixtures";
import { expectNoA11yViolations } from "./support/a11y";
import { LoginPage, PersonPage, PlanVersionPage } from "./support/pages";
import { BriefSeite, BriefVorbereitenSeite, checkPage, EreignisSeite } from "./support/rechtsfolgenPages";

function pdfText(file: string): string | null {
  if (!existsSync("/usr/bin/pdftotext")) return null;
  return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

async function expectPdf(brief: BriefSeite, enthaelt: string[]): Promise<void> {
  const download = await brief.downloadPdf();
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const datei = await download.path();
  expect(readFileSync(datei).subarray(0, 4).toString("latin1")).toBe("%PDF");
  const text = pdfText(datei);
  if (text !== null) for (const teil of enthaelt) expect(text).toContain(teil);
}

async function openVersion1(page: PersonPage["page"]): Promise<PlanVersionPage> {
  await page.getByRole("link", { name: /^Version 1:/ }).click();
  return new PlanVersionPage(page).check();
}

test("Vom Plan zur Verpflichtung: Verpflichtung, Aufforderung (altes Recht), Pflichtverletzung, Vorschlag, Entscheidung, Zeitleiste", async ({
  page,
}) => {
  test.slow(); // a whole journey with an accessibility check on every page
  const faelle = await new LoginPage(page).login("berger");

  // New law: a current plan agreed after 1.7.2026 → "Verpflichtung vorbereiten"
  await faelle.filter("Aktuell");
  const person = await faelle.openFirst();
  const version = await openVersion1(person.page);
  const schritte = page.getByRole("region", { name: "Schritte verbindlich machen" });
  await schritte.getByRole("link", { name: /^Verpflichtung vorbereiten zu Schritt 1$/ }).click();
  await new BriefVorbereitenSeite(page).check("Verpflichtung durch Bescheid");
  await new BriefVorbereitenSeite(page).anlegen();
  const verpflichtung = await new BriefSeite(page).check("Verpflichtung durch Bescheid");
  await expect(page.getByRole("region", { name: "Vorschau des Schreibens" })).toContainText("Widerspruch");
  await expectPdf(verpflichtung, ["Bescheid: Verpflichtung", "Widerspruch", "Rechtsfolgenbelehrung"]);
  await verpflichtung.versenden();
  void version;

  // Old law: plan agreed 15.4.2026 → record the Aufforderung dated before 1.7.2026
  await page.getByRole("link", { name: "Fallübersicht" }).first().click();
  await faelle.check();
  await page.getByLabel("Suche nach Name oder BG-Nummer").fill("Altrecht");
  await page.getByRole("button", { name: "Suchen" }).click();
  await faelle.check();
  const alt = await faelle.openFirst();
  await openVersion1(alt.page);
  await page
    .getByRole("region", { name: "Schritte verbindlich machen" })
    .getByRole("link", { name: /^Aufforderung nacherfassen .* zu Schritt 1$/ })
    .click();
  const vorbereiten = await new BriefVorbereitenSeite(page).check("Aufforderung mit Rechtsfolgenbelehrung");
  await vorbereiten.anlegen({ datum: "2026-05-04", frist: "2026-05-29" });
  const aufforderung = await new BriefSeite(page).check("Aufforderung mit Rechtsfolgenbelehrung");
  await expectPdf(aufforderung, [
    "Aufforderung mit Rechtsfolgenbelehrung",
    "Lagerhelfer",
    "Widerspruch",
    "§ 31a",
  ]);
  await aufforderung.versenden("2026-05-04");

  // Breach on the person's "Verbindlichkeit und Rechtsfolgen" page
  await page.getByRole("link", { name: "Verbindlichkeit und Rechtsfolgen" }).click();
  await checkPage(page, "Verbindlichkeit und Rechtsfolgen: Clara Altrecht");
  const ereignisForm = page.getByRole("region", { name: "Ereignis erfassen" });
  await ereignisForm.getByLabel("Art").selectOption("pflichtverletzung");
  await ereignisForm.getByLabel("Tag des Ereignisses").fill("2026-06-01");
  await ereignisForm.getByLabel("Zugehöriges Schreiben").selectOption({ index: 1 });
  await ereignisForm.getByRole("button", { name: "Ereignis speichern" }).click();
  const ereignis = await new EreignisSeite(page).check();
  await ereignis.anhoeren("2026-06-08");
  await ereignis.berechnen("2026-06-15");

  // Proposal: every consequence with its norm and tag
  const vorschlag = ereignis.vorschlag();
  await expect(vorschlag).toContainText("Minderung um 10 % des Regelbedarfs für 1 Monat");
  const gruende = vorschlag.getByRole("table", { name: "Gründe" });
  await expect(gruende).toContainText("§ 31a Abs. 1 Satz 1");
  await expect(gruende).toContainText("§ 31a Abs. 4 Satz 2 SGB II");
  await expect(gruende.locator("abbr").first()).toHaveText(/^[VSU]$/);

  await ereignis.entscheiden("2026-06-15");
  await expect(page.getByRole("region", { name: "Entscheidung" })).toContainText(
    "Festgestellt am 15.06.2026",
  );

  // Timeline on the person page
  await page.getByRole("link", { name: /Verbindlichkeit und Rechtsfolgen: Clara Altrecht/ }).click();
  await checkPage(page, "Verbindlichkeit und Rechtsfolgen");
  await page.getByRole("link", { name: "Zurück zur Person" }).click();
  await new PersonPage(page).check();
  const zeitleiste = page.getByRole("region", { name: "Zeitleiste" });
  await expect(zeitleiste).toContainText("Aufforderung mit Rechtsfolgenbelehrung (Versandt)");
  await expect(zeitleiste).toContainText("Pflichtverletzung (§ 31 SGB II)");
  await expect(zeitleiste).toContainText("Festgestellt: Minderung um 10 %");
  await expectNoA11yViolations(page);
});

test("Teamleitung: Regeln korrigieren (nur S/U), Fehler in einfachem Deutsch", async ({ page }) => {
  await new LoginPage(page).login("teamleitung");
  await page.getByRole("link", { name: "Regeln korrigieren" }).click();
  await checkPage(page, "Regeln korrigieren");
  const key = "grundsicherungsgeld2026.meldeversaeumnisProzent";
  const item = page.locator(`[id="regel-${key.replace(".", "-")}"]`);
  await item.getByLabel(/^Neuer Wert/).fill("200");
  await item.getByLabel(/^Grund der Korrektur/).fill("Test");
  await item.getByRole("button", { name: "Korrektur speichern" }).click();
  await checkPage(page, "Regeln korrigieren");
  await expect(page.getByRole("alert")).toContainText("ganze Zahl von 0 bis 100");
});
