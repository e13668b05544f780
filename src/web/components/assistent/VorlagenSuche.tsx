import { AREA_LABELS } from "../../../domain/coding/areas";
import { LIST_SECTIONS, type ListSection } from "../../../domain/kooperationsplan/planInhalt";
import type { VorlagenTreffer } from "../../../domain/vorlagen/searchVorlagen";
import { SelectField, TextField } from "../FormFields";
import { de } from "../../translations/de";
import { assistent as t } from "../../translations/assistent";

export interface VorlagenSucheProps {
  suche: string;
  abschnitt: ListSection;
  /** Null before the first search (without script) or when nothing was searched. */
  treffer: VorlagenTreffer[] | null;
}

/** One result: the template text and a button that adds it to the chosen section (saving the draft). */
export function VorlagenTrefferListe({
  treffer,
  abschnitt,
}: {
  treffer: VorlagenTreffer[];
  abschnitt: ListSection;
}) {
  return (
    <ul className="kp-vorlagen" data-vorlagen-liste="">
      {treffer.map(({ vorlage }) => (
        <li key={vorlage.id} className="kp-vorlage">
          <p className="kern-body kern-body--small">
            {vorlage.text} <span className="kp-norm">({AREA_LABELS[vorlage.area]})</span>
          </p>
          <button
            type="submit"
            name="aktion"
            value={`vorlage:${abschnitt}:${vorlage.id}`}
            className="kern-btn kern-btn--secondary kern-btn--x-small"
            aria-label={t.vorlageUebernehmenLabel(vorlage.text)}
          >
            <span className="kern-label">{t.vorlageUebernehmen}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * Template search inside the editor form: "Vorlagen suchen" saves the draft and shows the results
 * (works without script); with script the results follow the typing. Free text always remains possible.
 */
export function VorlagenSuche({ suche, abschnitt, treffer }: VorlagenSucheProps) {
  return (
    <fieldset className="kern-fieldset kp-section" id="vorlagen">
      <legend className="kern-heading-small">{t.vorlagenTitel}</legend>
      <div className="kern-fieldset__body" data-vorlagen="">
        <p className="kern-body kern-body--small">{t.vorlagenFrei}</p>
        <div className="kp-item-grid">
          <TextField
            name="vorlagenSuche"
            type="search"
            label={t.vorlagenSuche}
            hint={t.vorlagenSucheHilfe}
            value={suche}
          />
          <SelectField
            name="vorlagenAbschnitt"
            label={t.vorlagenAbschnitt}
            value={abschnitt}
            options={LIST_SECTIONS.map((s) => [s, de.plan[s]] as const)}
          />
        </div>
        <button
          type="submit"
          name="aktion"
          value="vorlagen-suchen"
          className="kern-btn kern-btn--secondary kern-btn--x-small"
        >
          <span className="kern-label">{t.vorlagenSuchen}</span>
        </button>
        <div id="vorlagen-treffer" aria-live="polite">
          {treffer && (
            <>
              <p className="kern-body kern-body--small" data-vorlagen-anzahl="">
                {treffer.length === 0 ? t.vorlagenKeine : t.vorlagenAnzahl(treffer.length)}
              </p>
              <VorlagenTrefferListe treffer={treffer} abschnitt={abschnitt} />
            </>
          )}
        </div>
      </div>
    </fieldset>
  );
}
