import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { expectNoA11yViolations } from "./support/a11y";
import { deutschesDatum, expect, heuteBerlin, plusMonate, test } from "./support/fixtures";
import { LoginPage, PersonPage, PlanVersionPage } from "./support/pages";

const ZIEL = "Ich arbeite als Fachkraft für Lagerlogistik in Vollzeit.";
const SCHRITTE = [
  {
    text: "Ich bewerbe mich auf Stellen als Lagerhelfer.",
    haeufigkeit: "4 pro Monat",
    frist: "2027-01-31",
    nachweis: "Liste der Bewerbungen",
  },
  {
    text: "Ich mache den Staplerschein.",
    haeufigkeit: "einmal",
    frist: "2027-02-28",
    nachweis: "Teilnahmebescheinigung",
  },
  {
    text: "Ich gehe zur Berufsberatung.",
    haeufigkeit: "einmal",
    frist: "2027-03-15",
    nachweis: "Terminbestätigung",
  },
] as const;
const UNTERSTUETZUNG = ["Übernahme der Kosten für den Staplerschein", "Fahrkosten zu Vorstellungsgesprächen"];

function pdfText(file: string): string | null {
  if (!existsSync("/usr/bin/pdftotext")) return null;
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

test("Plan schreiben, abstimmen, als PDF übergeben und fortschreiben (Abnahme)", async ({ page }) => {
  test.slow(); // a whole journey with an accessibility check on every page
  const heute = heuteBerlin();

  // Caseload → "Noch kein Plan" → person
  const faelle = await new LoginPage(page).login("berger");
  await faelle.filter("Noch kein Plan");
  await expect(faelle.rows().first()).toContainText("Noch kein Plan");
  const person = await faelle.openFirst();
  await expect(page.getByText("Es gibt noch keinen Kooperationsplan.")).toBeVisible();

  await person.recordPotenzialanalyse({
    staerken: "Zuverlässig, körperlich belastbar",
    qualifikationen: "Hauptschulabschluss",
    berufserfahrung: "Drei Jahre Aushilfe im Lager",
  });

  // Version 1: goal, three steps, two support items
  const editor = await person.planSchreiben();
  await editor.setBerufsziel(ZIEL);
  for (const schritt of SCHRITTE) await editor.addEintrag("schritte", schritt);
  for (const text of UNTERSTUETZUNG) await editor.addEintrag("unterstuetzung", { text });
  await editor.speichern();
  expect(await editor.texte("schritte")).toEqual(SCHRITTE.map((s) => s.text));
  await expect(editor.eintraege("schritte").nth(1).getByLabel("Wie oft?")).toHaveValue("einmal");
  await expect(editor.eintraege("schritte").nth(1).getByLabel("Bis wann?")).toHaveValue("2027-02-28");
  await expect(editor.eintraege("schritte").nth(1).getByLabel("Nachweis")).toHaveValue(
    "Teilnahmebescheinigung",
  );

  // Reorder: step 3 one up
  await editor.itemButton("schritte", 2, "Nach oben");
  const reihenfolge = [SCHRITTE[0].text, SCHRITTE[2].text, SCHRITTE[1].text];
  expect(await editor.texte("schritte")).toEqual(reihenfolge);
  await expect(editor.eintraege("schritte").nth(2).getByLabel("Nachweis")).toHaveValue(
    "Teilnahmebescheinigung",
  );

  // Preview: the document as the person gets it
  const vorschau = await editor.vorschau();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "Vorschau: So erhält die Person den Plan",
  );
  const dokument = vorschau.dokument();
  await expect(dokument).toContainText(ZIEL);
  await expect(dokument).toContainText("Entwurf – noch nicht vereinbart");
  await expect(
    dokument.getByRole("region", { name: "Meine nächsten Schritte" }).getByRole("listitem"),
  ).toHaveText(reihenfolge.map((t) => new RegExp(`^${t.replace(/[.?]/g, "\\$&")}`)));
  await expect(dokument).toContainText(
    "Wie oft: 4 pro Monat · Bis: 31.01.2027 · Nachweis: Liste der Bewerbungen",
  );

  // Agree: today, in person, review date empty → six months
  await vorschau.abstimmen({ am: heute, kanal: "persönlich" });
  await vorschau.check();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Kooperationsplan, Version 1");
  const ueberpruefung = deutschesDatum(plusMonate(heute, 6));
  await expect(dokument).toContainText(`Vereinbart und übergeben am ${deutschesDatum(heute)} (persönlich).`);
  await expect(dokument).toContainText(`Überprüfung spätestens am ${ueberpruefung}.`);
  await expect(page.getByRole("region", { name: "Abstimmen und übergeben" })).toHaveCount(0);

  // PDF
  const download = await vorschau.downloadPdf();
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const datei = await download.path();
  expect(readFileSync(datei).subarray(0, 4).toString("latin1")).toBe("%PDF");
  const text = pdfText(datei);
  if (text !== null) expect(text.replace(/\s+/g, " ")).toContain("Fachkraft für Lagerlogistik");

  // An agreed version has no edit form: /bearbeiten redirects to the view
  const v1Url = page.url();
  await page.goto(`${v1Url}/bearbeiten`);
  await expect(page).toHaveURL(v1Url);
  await vorschau.check();
  await expect(page.getByRole("button", { name: "Entwurf speichern" })).toHaveCount(0);

  // Version 2: everything carried over
  const editor2 = await vorschau.fortschreiben();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Kooperationsplan, Version 2");
  await expect(
    page.getByRole("textbox", { name: "Berufsziel (Eingliederungsziel) in einfachen Worten", exact: true }),
  ).toHaveValue(ZIEL);
  expect(await editor2.texte("schritte")).toEqual(reihenfolge);
  expect(await editor2.texte("unterstuetzung")).toEqual(UNTERSTUETZUNG);

  // change one step, remove one support item, add one step
  await editor2.eintragText("schritte", 0).fill("Ich bewerbe mich auf sechs Stellen im Monat.");
  await editor2.itemButton("unterstuetzung", 1, "Entfernen");
  expect(await editor2.texte("unterstuetzung")).toEqual([UNTERSTUETZUNG[0]]);
  expect(await editor2.texte("schritte")).toEqual([
    "Ich bewerbe mich auf sechs Stellen im Monat.",
    ...reihenfolge.slice(1),
  ]);
  await editor2.addEintrag("schritte", {
    text: "Ich mache ein Praktikum im Lager.",
    haeufigkeit: "zwei Wochen",
    nachweis: "Praktikumsbescheinigung",
  });

  const vorschau2 = await editor2.vorschau();
  const diff = await vorschau2.diff();
  expect(diff).toEqual(
    expect.arrayContaining([
      [
        "Schritt",
        "Geändert",
        `${SCHRITTE[0].text} (4 pro Monat; bis 31.01.2027; Nachweis: Liste der Bewerbungen)`,
        "Ich bewerbe mich auf sechs Stellen im Monat. (4 pro Monat; bis 31.01.2027; Nachweis: Liste der Bewerbungen)",
      ],
      [
        "Schritt",
        "Neu",
        "–",
        "Ich mache ein Praktikum im Lager. (zwei Wochen; Nachweis: Praktikumsbescheinigung)",
      ],
      ["Unterstützung Jobcenter", "Entfernt", UNTERSTUETZUNG[1], "–"],
    ]),
  );
  expect(diff).toHaveLength(3);
  await expect(page.getByRole("heading", { name: "Änderungen zur vorherigen Version (1)" })).toBeVisible();

  await vorschau2.abstimmen({ am: heute });
  await vorschau2.check();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Kooperationsplan, Version 2");

  await page.getByRole("link", { name: "Zurück zur Person" }).click();
  const akte = await new PersonPage(page).check();
  await expect(akte.versionen()).toHaveCount(2);
  await expect(akte.versionen().filter({ hasText: "Version 2" })).toContainText("Version 2: Vereinbart");
  await expect(akte.versionen().filter({ hasText: "Version 1" })).toContainText("Version 1: Ersetzt");
  await expect(akte.versionen().filter({ hasText: "Version 2" })).toContainText(
    `Überprüfung bis ${ueberpruefung}`,
  );

  // The replaced version can still be read, but not continued.
  await akte.openVersion(1);
  await new PlanVersionPage(page).check();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Ersetzt");
  await expect(page.getByRole("button", { name: "Plan fortschreiben" })).toHaveCount(0);
});

test("Überprüfung später als sechs Monate nach dem Abstimmen wird abgelehnt", async ({ page }) => {
  const heute = heuteBerlin();
  const faelle = await new LoginPage(page).login("berger");
  await faelle.filter("Noch kein Plan");
  const person = await faelle.openFirst();
  const editor = await person.planSchreiben();
  await editor.setBerufsziel("Ich arbeite als Verkäuferin in Teilzeit.");
  await editor.addEintrag("schritte", { text: "Ich bewerbe mich bei drei Supermärkten." });
  const vorschau = await editor.vorschau();

  await vorschau.abstimmen({ am: heute, ueberpruefungAm: plusMonate(heute, 6, 1) });
  await expectNoA11yViolations(page);
  const meldung =
    "Wählen Sie ein Überprüfungsdatum höchstens sechs Monate nach dem Abstimmen (§ 15 Abs. 3 SGB II).";
  const summary = page.getByRole("alert");
  await expect(summary).toContainText("Bitte prüfen Sie Ihre Eingaben");
  await expect(summary.getByRole("link", { name: meldung })).toBeVisible();
  await expect(summary).toBeFocused();
  const feld = page.getByLabel(/^Überprüfung spätestens am/);
  await expect(feld).toHaveAttribute("aria-invalid", "true");
  await expect(feld).toHaveAccessibleDescription(new RegExp(meldung.replace(/[().§]/g, "\\$&")));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Vorschau");
  await expect(vorschau.dokument()).toContainText("Entwurf – noch nicht vereinbart");

  // Following the link in the summary puts the cursor into the field.
  await summary.getByRole("link", { name: meldung }).click();
  await expect(feld).toBeFocused();

  // Exactly six months is accepted.
  await vorschau.abstimmen({ am: heute, ueberpruefungAm: plusMonate(heute, 6) });
  await vorschau.check();
  await expect(vorschau.dokument()).toContainText(
    `Überprüfung spätestens am ${deutschesDatum(plusMonate(heute, 6))}.`,
  );
});
