import type { FeldFehler } from "../feldFehler";
import { LIST_SECTIONS, type ListSection } from "../../domain/kooperationsplan/listSections";
import type { PlanInhalt } from "../../domain/kooperationsplan/planInhalt";
import { offenePlatzhalterImPlan, type OffenerPlatzhalter } from "../../domain/kooperationsplan/platzhalter";
import { de } from "../translations/de";
import { fieldId } from "./FormFields";

const t = de.integritaet;

/** "Schritt 1", "Schritt 1, Nachweis", "Mein Berufsziel": the entry a plan field belongs to. */
export function feldLabel(feld: string): string {
  const [section, index, teil] = feld.split(".");
  if ((LIST_SECTIONS as readonly string[]).includes(section ?? "")) {
    const eintrag = `${t.eintrag[section as ListSection]} ${Number(index) + 1}`;
    if (teil === "haeufigkeit") return `${eintrag}, ${de.plan.haeufigkeit}`;
    if (teil === "nachweis") return `${eintrag}, ${de.plan.nachweis}`;
    return eintrag;
  }
  if (feld === "berufsziel") return de.plan.berufsziel;
  if (feld === "vermittlungsfelder") return de.plan.vermittlungsfelder;
  if (feld === "naechsterTermin.ort") return `${de.plan.naechsterTermin}, ${de.plan.terminOrt}`;
  return de.plan.wasSonstNochWichtig;
}

/** One page error per field with an open placeholder, naming the entry and what to fill. */
export function platzhalterFehler(inhalt: PlanInhalt): FeldFehler[] {
  return offenePlatzhalterImPlan(inhalt).map((o) => ({
    feld: o.feld,
    code: "ungueltig",
    meldung: t.platzhalterFeld(feldLabel(o.feld), o.platzhalter),
  }));
}

/**
 * On the preview of a draft: the entries that still hold a placeholder, each with the anchor the error
 * summary points to and a link to the field in the editor.
 */
export function OffenePlatzhalter({ inhalt, editor }: { inhalt: PlanInhalt; editor: string }) {
  const offen: OffenerPlatzhalter[] = offenePlatzhalterImPlan(inhalt);
  if (offen.length === 0) return null;
  return (
    <section aria-labelledby="platzhalter" className="kp-section">
      <h2 id="platzhalter" className="kern-heading-medium">
        {t.platzhalterTitel}
      </h2>
      <p className="kern-body">{t.platzhalterHinweis}</p>
      <ul className="kern-list">
        {offen.map((o) => (
          <li key={o.feld} id={fieldId(o.feld)} tabIndex={-1}>
            {t.platzhalterFeld(feldLabel(o.feld), o.platzhalter)}{" "}
            <a className="kern-link" href={`${editor}#${fieldId(o.feld)}`}>
              {t.platzhalterBearbeiten}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
