import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import type { Sprache } from "../../../src/domain/portal/portalSprache";
import { PORTAL_TEXTE, SPRACH_NAMEN, type PortalTexte } from "../../../src/web/portal/translations";
import { expectNoA11yViolations, markNoScript, trackA11y } from "./a11y";
import { heuteBerlin } from "./fixtures";
import { LoginPage } from "./pages";

/** Old-law demo cases of the Rechtsfolgen journey: the portal journeys leave them alone. */
const NICHT_ANFASSEN = /Altrecht|Vorberg|Friedmann/;

/** A tiny, valid one-page PDF (detected as application/pdf by its content). */
export function kleinesPdf(): Buffer {
  const objekte = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objekte.forEach((o, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objekte.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, "0")} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objekte.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, "latin1");
}

/** The counsellor's side: pick a person with an agreed plan and no portal account, open access. */
export class PortalZugangSeite {
  constructor(readonly page: Page) {}

  /** A person of Anna Berger's with an agreed plan and no portal account (not the first row, not old law). */
  async personOhneZugang(): Promise<{ personId: string; name: string }> {
    const faelle = await new LoginPage(this.page).login("berger");
    await faelle.filter("Aktuell");
    const links = await faelle
      .rows()
      .getByRole("link")
      .evaluateAll((as) =>
        as.map((a) => ({ href: a.getAttribute("href") ?? "", name: a.textContent ?? "" })),
      );
    for (const { href, name } of links.slice(1)) {
      if (NICHT_ANFASSEN.test(name)) continue;
      const seite = await this.page.request.get(`${href}/portal`);
      if ((await seite.text()).includes("Die Person hat noch keinen Zugang zum Portal."))
        return { personId: href.split("/").pop() ?? "", name };
    }
    throw new Error("Keine Person ohne Portalzugang mit vereinbartem Plan");
  }

  async goto(personId: string): Promise<this> {
    await this.page.goto(`/personen/${personId}/portal`);
    await expect(this.page.getByRole("heading", { level: 1 })).toContainText("Portal:");
    await expectNoA11yViolations(this.page);
    return this;
  }

  /** "Zugang einrichten": returns the one-time activation code shown once. */
  async zugangEinrichten(): Promise<string> {
    await this.page.getByRole("button", { name: "Zugang für das Portal einrichten" }).click();
    await expect(
      this.page.getByRole("heading", { level: 1, name: "Aktivierungscode für das Portal" }),
    ).toBeVisible();
    await expectNoA11yViolations(this.page);
    const code = (await this.page.getByTestId("aktivierungscode").textContent())?.trim() ?? "";
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    return code;
  }

  /** Takes the open proposal into the Fortschreibung draft (version `nummer`) with one action. */
  async vorschlagUebernehmen(text: string, nummer: number): Promise<void> {
    const vorschlag = this.page.getByRole("listitem").filter({ hasText: text });
    await vorschlag.getByRole("button", { name: "In den nächsten Plan übernehmen" }).click();
    await expect(this.page).toHaveURL(/\/portal(#vorschlaege)?$/);
    await expectNoA11yViolations(this.page);
    await expect(this.page.getByRole("listitem").filter({ hasText: text })).toContainText(
      `Übernommen in Version ${nummer}`,
    );
  }
}

/** A recipient's browser (own context), optionally without JavaScript. */
export async function empfaengerBrowser(
  browser: Browser,
  optionen: { javaScript?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const javaScriptEnabled = optionen.javaScript ?? true;
  const context = await browser.newContext({ javaScriptEnabled, locale: "de-DE" });
  const page = await context.newPage();
  trackA11y(page);
  if (!javaScriptEnabled) markNoScript(page);
  return { context, page };
}

/** The recipient portal in one language; every step lands on a page that is checked with axe. */
export class PortalSeiten {
  t: PortalTexte;

  constructor(
    readonly page: Page,
    readonly sprache: Sprache,
  ) {
    this.t = PORTAL_TEXTE[sprache];
  }

  private async pruefen(): Promise<void> {
    await expect(this.page.locator("html")).toHaveAttribute("dir", this.sprache === "ar" ? "rtl" : "ltr");
    await expectNoA11yViolations(this.page);
  }

  /** Activation page, switched to this language with the language links. */
  async aktivieren(code: string, benutzername: string, passwort: string): Promise<void> {
    await this.page.goto("/portal/aktivieren");
    await expectNoA11yViolations(this.page);
    await this.page
      .getByRole("navigation", { name: /.+/ })
      .getByRole("link", { name: SPRACH_NAMEN[this.sprache], exact: true })
      .click();
    await expect(this.page.getByRole("heading", { level: 1, name: this.t.aktivieren.titel })).toBeVisible();
    await this.pruefen();
    const a = this.t.aktivieren;
    await this.page.getByLabel(a.code, { exact: true }).fill(code);
    await this.page.getByLabel(a.benutzername, { exact: true }).fill(benutzername);
    await this.page.getByLabel(a.passwort, { exact: true }).fill(passwort);
    await this.page.getByLabel(a.wiederholung, { exact: true }).fill(passwort);
    await this.page.getByRole("button", { name: a.absenden }).click();
    await expect(this.page).toHaveURL(/\/portal\/anmelden\?aktiviert=1$/);
    await expect(this.page.getByText(a.erfolg)).toBeVisible();
    await this.pruefen();
  }

  async anmelden(benutzername: string, passwort: string): Promise<void> {
    const a = this.t.anmelden;
    await this.page.getByLabel(a.benutzername, { exact: true }).fill(benutzername);
    await this.page.getByLabel(a.passwort, { exact: true }).fill(passwort);
    await this.page.getByRole("main").getByRole("button", { name: a.absenden }).click();
    await expect(this.page).toHaveURL(/\/portal$/);
    await this.start();
  }

  async start(): Promise<void> {
    await expect(this.page.getByRole("heading", { level: 1, name: this.t.plan.titel })).toBeVisible();
    await this.pruefen();
  }

  plan() {
    return this.page.getByRole("article", { name: new RegExp(`^${this.t.plan.titel}`) });
  }

  private async gespeichert(anker: string): Promise<void> {
    await expect(this.page).toHaveURL(new RegExp(`/portal\\?gespeichert=1#${anker}$`));
    await expect(this.page.getByText(this.t.app.gespeichert)).toBeVisible();
    await this.pruefen();
  }

  async empfangBestaetigen(): Promise<void> {
    await this.page.getByRole("button", { name: this.t.empfang.bestaetigen }).click();
    await this.gespeichert("empfang");
    await expect(this.page.getByRole("button", { name: this.t.empfang.bestaetigen })).toHaveCount(0);
  }

  async ersterSchrittErledigt(): Promise<void> {
    await this.page.getByRole("button", { name: this.t.schritte.erledigt, exact: true }).first().click();
    await this.gespeichert("p-schritte");
  }

  async bewerbungEintragen(arbeitgeber: string, stelle: string): Promise<void> {
    const b = this.t.bewerbungen;
    const bereich = this.page.getByRole("region", { name: b.titel });
    await bereich.getByLabel(b.arbeitgeber, { exact: true }).fill(arbeitgeber);
    await bereich.getByLabel(b.stelle, { exact: true }).fill(stelle);
    await bereich.getByLabel(b.kanal, { exact: true }).selectOption("email");
    await bereich.getByRole("button", { name: b.speichern }).click();
    await this.gespeichert("bewerbungen");
    await expect(this.page.getByRole("region", { name: b.titel })).toContainText(arbeitgeber);
  }

  /**
   * Uploads a PDF under a name of the person's choosing. The jobcentre keeps it as
   * "Nachweis-<Tag>.pdf" (the original name may carry personal details), so that
   * name is shown and returned.
   */
  async nachweisHochladen(dateiname: string): Promise<string> {
    const n = this.t.nachweise;
    const bereich = this.page.getByRole("region", { name: n.titel });
    await bereich
      .getByLabel(n.datei, { exact: true })
      .setInputFiles({ name: dateiname, mimeType: "application/pdf", buffer: kleinesPdf() });
    await bereich.getByRole("button", { name: n.hochladen }).click();
    await this.gespeichert("nachweise");
    const gespeichert = `Nachweis-${heuteBerlin()}.pdf`;
    const liste = this.page.getByRole("region", { name: n.titel });
    await expect(liste).toContainText(gespeichert);
    await expect(liste).not.toContainText(dateiname);
    return gespeichert;
  }

  async schrittVorschlagen(text: string): Promise<void> {
    const v = this.t.vorschlaege;
    const bereich = this.page.getByRole("region", { name: v.titel });
    await bereich.getByLabel(v.art, { exact: true }).selectOption("schritt");
    await bereich.getByLabel(v.text, { exact: true }).fill(text);
    await bereich.getByRole("button", { name: v.senden }).click();
    await this.gespeichert("vorschlaege");
    await expect(this.page.getByRole("region", { name: v.titel })).toContainText(text);
  }
}

/** No horizontal scrolling: the page is no wider than the viewport. */
export async function expectKeinQuerscrollen(page: Page): Promise<void> {
  const breiten = await page.evaluate(() => ({
    inhalt: document.documentElement.scrollWidth,
    fenster: document.documentElement.clientWidth,
  }));
  expect(breiten.inhalt, `Seite ${page.url()} ist breiter als das Fenster`).toBeLessThanOrEqual(
    breiten.fenster,
  );
}
