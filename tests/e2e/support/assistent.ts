import type { Locator, Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { LEGENDE, type PlanEditorPage } from "./pages";

/** The plan assistant in the editor: hint regions, template search and offers. */
export class Assistent {
  constructor(
    readonly page: Page,
    readonly editor: PlanEditorPage,
  ) {}

  /** The hint region of a step (the live region directly below its text field). */
  hinweise(index: number): Locator {
    return this.editor.eintraege("schritte").nth(index).locator(".kp-assistent");
  }

  plan(): Locator {
    return this.page.getByRole("region", { name: "Hinweise zum Plan" });
  }

  vorlagen(): Locator {
    return this.page.getByRole("group", { name: "Vorlagen", exact: true });
  }

  angebote(): Locator {
    return this.page.getByRole("region", { name: "Passende Förderangebote" });
  }

  async sucheVorlage(text: string, abschnitt: keyof typeof LEGENDE): Promise<void> {
    await this.vorlagen()
      .getByLabel("Für welchen Teil des Plans?")
      .selectOption({ label: LEGENDE[abschnitt] });
    await this.vorlagen().getByRole("searchbox", { name: "Vorlage suchen" }).fill(text);
  }

  /** "Übernehmen" saves the draft and adds the template; the editor comes back with it focused. */
  async uebernehmen(vorlageText: RegExp): Promise<void> {
    await this.vorlagen().getByRole("button", { name: vorlageText }).first().click();
    await this.editor.check();
    await expectNoA11yViolations(this.page);
  }
}
