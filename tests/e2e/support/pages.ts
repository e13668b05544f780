import { expect, type Download, type Locator, type Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { DEMO_PASSWORT } from "./fixtures";

/** Page objects for the server-rendered pages. Every method that lands on a new page runs axe there. */

export class LoginPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<this> {
    await this.page.goto("/anmelden");
    await expect(this.page.getByRole("heading", { level: 1, name: "Anmelden" })).toBeVisible();
    await expectNoA11yViolations(this.page);
    return this;
  }

  async submit(benutzername: string, passwort: string): Promise<void> {
    await this.page.getByLabel("Benutzername").fill(benutzername);
    await this.page.getByLabel("Passwort").fill(passwort);
    await this.page.getByRole("main").getByRole("button", { name: "Anmelden" }).click();
    await this.page.waitForLoadState("load");
  }

  /** Logs in and lands on the caseload. */
  async login(benutzername: string, passwort = DEMO_PASSWORT): Promise<FaellePage> {
    await this.goto();
    await this.submit(benutzername, passwort);
    await expect(this.page).toHaveURL(/\/faelle$/);
    return new FaellePage(this.page).check();
  }
}

export class FaellePage {
  constructor(readonly page: Page) {}

  async check(): Promise<this> {
    await expect(this.page.getByRole("heading", { level: 1, name: "Fallübersicht" })).toBeVisible();
    await expectNoA11yViolations(this.page);
    return this;
  }

  async goto(): Promise<this> {
    await this.page.goto("/faelle");
    return this.check();
  }

  /** Filters by the "Filter" select (visible label, e.g. "Noch kein Plan"). */
  async filter(status: string): Promise<this> {
    await this.page.getByLabel("Filter").selectOption({ label: status });
    await this.page.getByRole("button", { name: "Suchen" }).click();
    await expect(this.page.getByLabel("Filter")).toHaveValue(/.+/);
    return this.check();
  }

  rows(): Locator {
    return this.page.getByRole("table", { name: "Fallübersicht" }).locator("tbody tr");
  }

  /** The person's name is the row header; a row may also link to the plan review. */
  private personLink(): Locator {
    return this.rows().first().getByRole("rowheader").getByRole("link");
  }

  /** Opens the first person in the (filtered) list; returns its person page. */
  async openFirst(): Promise<PersonPage> {
    const link = this.personLink();
    const name = (await link.textContent())?.trim() ?? "";
    await link.click();
    return new PersonPage(this.page, name).check();
  }

  /** The person URL of the first row (for direct visits from other accounts). */
  async firstPersonHref(): Promise<string> {
    const href = await this.personLink().getAttribute("href");
    expect(href).toMatch(/^\/personen\//);
    return href ?? "";
  }
}

export class PersonPage {
  /** `listName` is the caseload spelling "Nachname, Vorname". */
  constructor(
    readonly page: Page,
    readonly listName = "",
  ) {}

  async check(): Promise<this> {
    await expect(this.page).toHaveURL(/\/personen\/[0-9a-f-]{36}(#.*)?$/);
    await expect(this.page.getByRole("heading", { level: 2, name: "Kooperationsplan" })).toBeVisible();
    await expectNoA11yViolations(this.page);
    return this;
  }

  async recordPotenzialanalyse(werte: {
    staerken: string;
    qualifikationen: string;
    berufserfahrung: string;
  }) {
    await this.page.getByRole("link", { name: "Potenzialanalyse erfassen" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: /^Potenzialanalyse:/ })).toBeVisible();
    await expectNoA11yViolations(this.page);
    await this.page.getByLabel("Stärken").fill(werte.staerken);
    await this.page.getByLabel("Schul- und Berufsabschlüsse").fill(werte.qualifikationen);
    await this.page.getByLabel("Berufserfahrung").fill(werte.berufserfahrung);
    await this.page.getByLabel("Deutschkenntnisse").selectOption("B2");
    await this.page.getByRole("button", { name: "Potenzialanalyse speichern" }).click();
    await this.check();
    const pa = this.page.getByRole("region", { name: "Potenzialanalyse" });
    await expect(pa).toContainText(werte.staerken);
    return this;
  }

  async planSchreiben(): Promise<PlanEditorPage> {
    await this.page.getByRole("button", { name: "Plan schreiben" }).click();
    return new PlanEditorPage(this.page).check(1);
  }

  versionen(): Locator {
    return this.page.getByRole("region", { name: "Kooperationsplan" }).getByRole("listitem");
  }

  async openVersion(nummer: number): Promise<void> {
    await this.page.getByRole("link", { name: new RegExp(`^Version ${nummer}:`) }).click();
  }
}

export type Bereich = "zwischenziele" | "schritte" | "unterstuetzung" | "andereStellen";

export const LEGENDE: Record<Bereich, string> = {
  zwischenziele: "Mein nächstes Zwischenziel",
  schritte: "Meine nächsten Schritte",
  unterstuetzung: "Mein Jobcenter unterstützt mich durch",
  andereStellen: "Unterstützung durch andere Stellen",
};

const EINTRAG: Record<Bereich, string> = {
  zwischenziele: "Zwischenziel",
  schritte: "Schritt",
  unterstuetzung: "Unterstützung",
  andereStellen: "Andere Stelle",
};

export interface SchrittWerte {
  text: string;
  haeufigkeit?: string;
  frist?: string;
  nachweis?: string;
}

export class PlanEditorPage {
  constructor(readonly page: Page) {}

  async check(nummer?: number): Promise<this> {
    await expect(this.page).toHaveURL(/\/plaene\/[0-9a-f-]{36}\/versionen\/\d+\/bearbeiten/);
    const titel = nummer ? `Kooperationsplan, Version ${nummer}:` : "Kooperationsplan, Version";
    await expect(this.page.getByRole("heading", { level: 1 })).toContainText(titel);
    await expectNoA11yViolations(this.page);
    return this;
  }

  bereich(bereich: Bereich): Locator {
    return this.page.getByRole("group", { name: LEGENDE[bereich], exact: true });
  }

  eintraege(bereich: Bereich): Locator {
    return this.bereich(bereich).getByRole("listitem");
  }

  /** The main text field of entry `index` (0-based), labelled "Schritt 1", "Unterstützung 2", … */
  eintragText(bereich: Bereich, index: number): Locator {
    return this.bereich(bereich).getByRole("textbox", {
      name: `${EINTRAG[bereich]} ${index + 1}`,
      exact: true,
    });
  }

  async texte(bereich: Bereich): Promise<string[]> {
    const n = await this.eintraege(bereich).count();
    const werte: string[] = [];
    for (let i = 0; i < n; i++) werte.push(await this.eintragText(bereich, i).inputValue());
    return werte;
  }

  async setBerufsziel(text: string): Promise<void> {
    await this.page
      .getByRole("textbox", { name: "Berufsziel (Eingliederungsziel) in einfachen Worten", exact: true })
      .fill(text);
  }

  /** "Eintrag hinzufügen" saves the draft and returns with an empty new row at the end of the section. */
  async hinzufuegen(bereich: Bereich): Promise<number> {
    const vorher = await this.eintraege(bereich).count();
    await this.bereich(bereich)
      .getByRole("button", { name: `${LEGENDE[bereich]}: Eintrag hinzufügen` })
      .click();
    await expect(this.page).toHaveURL(new RegExp(`neu=${bereich}`));
    await this.check();
    await expect(this.eintraege(bereich)).toHaveCount(vorher + 1);
    return vorher;
  }

  async fillEintrag(bereich: Bereich, index: number, werte: SchrittWerte): Promise<void> {
    await this.eintragText(bereich, index).fill(werte.text);
    if (bereich !== "schritte") return;
    const eintrag = this.eintraege(bereich).nth(index);
    if (werte.haeufigkeit !== undefined) await eintrag.getByLabel("Wie oft?").fill(werte.haeufigkeit);
    if (werte.frist !== undefined) await eintrag.getByLabel("Bis wann?").fill(werte.frist);
    if (werte.nachweis !== undefined) await eintrag.getByLabel("Nachweis").fill(werte.nachweis);
  }

  /** Adds a new row and fills it. */
  async addEintrag(bereich: Bereich, werte: SchrittWerte): Promise<void> {
    const index = await this.hinzufuegen(bereich);
    await this.fillEintrag(bereich, index, werte);
  }

  async itemButton(bereich: Bereich, index: number, aktion: "Nach oben" | "Nach unten" | "Entfernen") {
    const name = `${EINTRAG[bereich]} ${index + 1}: ${aktion}`;
    await this.bereich(bereich).getByRole("button", { name, exact: true }).click();
    await this.check();
  }

  async speichern(): Promise<void> {
    await this.page.getByRole("button", { name: "Entwurf speichern" }).click();
    await this.check();
    await expect(this.page.getByRole("status")).toContainText("Der Entwurf ist gespeichert.");
  }

  async vorschau(): Promise<PlanVersionPage> {
    await this.page.getByRole("button", { name: "Vorschau", exact: true }).click();
    return new PlanVersionPage(this.page).check();
  }
}

export interface Abstimmung {
  am?: string;
  kanal?: "persönlich" | "per Post" | "digital";
  ueberpruefungAm?: string;
}

export class PlanVersionPage {
  constructor(readonly page: Page) {}

  async check(): Promise<this> {
    await expect(this.page).toHaveURL(/\/plaene\/[0-9a-f-]{36}\/versionen\/\d+$/);
    await expect(
      this.page.getByRole("article", { name: /^Mein Kooperationsplan · Version \d+$/ }),
    ).toBeVisible();
    await expectNoA11yViolations(this.page);
    return this;
  }

  dokument(): Locator {
    return this.page.getByRole("article", { name: /^Mein Kooperationsplan/ });
  }

  /** Rows of the diff table as [Bereich, Art, Vorher, Jetzt]. */
  async diff(): Promise<string[][]> {
    const table = this.page
      .getByRole("region", { name: /^Änderungen zur vorherigen Version/ })
      .getByRole("table");
    await expect(table).toBeVisible();
    return table
      .locator("tbody tr")
      .evaluateAll((rows) =>
        rows.map((r) => Array.from(r.querySelectorAll("td")).map((td) => td.textContent?.trim() ?? "")),
      );
  }

  /**
   * Renews every deadline that lies before the agreement date with the one button the preview offers
   * (a review does not hand over stale deadlines). Returns whether there was anything to renew.
   */
  async fristenVerlaengern(): Promise<boolean> {
    const alle = this.page.getByRole("button", { name: "Alle Fristen um 6 Monate verlängern" });
    if ((await alle.count()) === 0) return false;
    await alle.click();
    await this.check();
    await expect(this.page.getByRole("region", { name: "Abgelaufene Fristen" })).toHaveCount(0);
    return true;
  }

  async abstimmen(a: Abstimmung = {}): Promise<void> {
    const form = this.page.getByRole("region", { name: "Abstimmen und übergeben" });
    if (a.am !== undefined) await form.getByLabel("Vereinbart und übergeben am").fill(a.am);
    await form.getByRole("radio", { name: a.kanal ?? "persönlich", exact: true }).check();
    await form.getByLabel(/^Überprüfung spätestens am/).fill(a.ueberpruefungAm ?? "");
    await form.getByRole("button", { name: "Abstimmen und übergeben" }).click();
    await this.page.waitForLoadState("load");
  }

  async downloadPdf(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.page.getByRole("link", { name: "PDF herunterladen" }).click(),
    ]);
    return download;
  }

  async fortschreiben(): Promise<PlanEditorPage> {
    await this.page.getByRole("button", { name: "Plan fortschreiben" }).click();
    return new PlanEditorPage(this.page).check();
  }
}
