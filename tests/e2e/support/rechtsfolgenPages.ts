import { expect, type Download, type Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";

/** Page objects of issue 4; every method that lands on a new page runs axe there. */

export async function checkPage(page: Page, h1: RegExp | string): Promise<void> {
  await expect(page.getByRole("heading", { level: 1 })).toContainText(h1);
  await expectNoA11yViolations(page);
}

export class BriefSeite {
  constructor(readonly page: Page) {}

  async check(titel: string): Promise<this> {
    await expect(this.page).toHaveURL(/\/briefe\/[0-9a-f-]{36}$/);
    await checkPage(this.page, titel);
    return this;
  }

  async downloadPdf(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.page.getByRole("link", { name: "Schreiben als PDF herunterladen" }).click(),
    ]);
    return download;
  }

  async versenden(am?: string): Promise<void> {
    if (am) await this.page.getByLabel("Versandt am").fill(am);
    await this.page.getByRole("button", { name: "Als versandt markieren" }).click();
    await this.page.waitForLoadState("load");
    await expect(this.page.getByRole("note")).toContainText("Versandt am");
    await expectNoA11yViolations(this.page);
  }
}

export class BriefVorbereitenSeite {
  constructor(readonly page: Page) {}

  async check(art: "Aufforderung mit Rechtsfolgenbelehrung" | "Verpflichtung durch Bescheid"): Promise<this> {
    await checkPage(this.page, `${art} vorbereiten`);
    return this;
  }

  async anlegen(werte: { datum?: string; frist?: string } = {}): Promise<void> {
    if (werte.datum) await this.page.getByLabel("Datum des Schreibens").fill(werte.datum);
    if (werte.frist) await this.page.getByLabel("Frist für den Schritt").fill(werte.frist);
    await this.page.getByRole("button", { name: "Entwurf des Schreibens anlegen" }).click();
    await this.page.waitForLoadState("load");
  }
}

export class EreignisSeite {
  constructor(readonly page: Page) {}

  async check(): Promise<this> {
    await expect(this.page).toHaveURL(/\/ereignisse\/[0-9a-f-]{36}/);
    await checkPage(this.page, /am \d{2}\.\d{2}\.\d{4}/);
    return this;
  }

  async anhoeren(am: string): Promise<this> {
    const region = this.page.getByRole("region", { name: "Anhörung (§ 24 SGB X)" });
    await region.getByLabel("Tag der Anhörung").fill(am);
    await region.getByRole("radio", { name: "persönlich" }).check();
    await region.getByRole("button", { name: "Anhörung speichern" }).click();
    return this.check();
  }

  async berechnen(feststellung: string): Promise<this> {
    await this.page.getByLabel("Tag der Feststellung").first().fill(feststellung);
    await this.page.getByRole("button", { name: "Neu berechnen" }).click();
    return this.check();
  }

  vorschlag() {
    return this.page.getByRole("region", { name: "Berechneter Vorschlag" });
  }

  async entscheiden(feststellungAm: string): Promise<this> {
    const region = this.page.getByRole("region", { name: "Entscheidung" });
    await region.getByRole("radio", { name: "Minderung feststellen" }).check();
    await region.getByLabel("Tag der Feststellung").fill(feststellungAm);
    await region.getByRole("button", { name: "Entscheidung speichern" }).click();
    return this.check();
  }
}
