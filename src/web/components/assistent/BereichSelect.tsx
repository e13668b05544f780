import { AREA_LABELS, areasForKind, type EntryKind } from "../../../domain/coding/areas";
import type { EintragBefund } from "../../../domain/assistent/eintragBefund";
import type { EintragCode } from "../../../domain/assistent/codeEintrag";
import { SelectField } from "../FormFields";
import { assistent as t } from "../../translations/assistent";

/** Stable DOM id of the "Bereich prüfen" mark of an entry (the confirm action returns to it). */
export const bereichAnker = (eintragId: string) => `bereich-${eintragId}`;

/**
 * "Bereich" of an entry: "automatisch: <area of the coder>" or one of the areas of its kind. Choosing
 * an area stores it with `codedBy: "person"`; it then wins over the coder, also in a Fortschreibung.
 * When the text changed substantially since the choice, a mark asks to confirm or change it. The
 * hidden fields carry the choice's reference text so the browser script can check while typing (the
 * server ignores them and keeps its own reference).
 */
export function BereichSelect({
  name,
  kind,
  befund,
  code,
  label,
}: {
  name: string;
  kind: EntryKind;
  befund?: EintragBefund;
  code?: EintragCode | undefined;
  label: string;
}) {
  const auto = befund ? t.bereichAuto(AREA_LABELS[befund.autoArea]) : t.bereichAuto("–");
  const options = [["", auto] as const, ...areasForKind(kind).map((a) => [a, AREA_LABELS[a]] as const)];
  const bezug = code?.codedBy === "person" ? code.bezugstext : undefined;
  return (
    <div className="kp-bereich" data-bereich-select="" id={befund ? bereichAnker(befund.id) : undefined}>
      <SelectField
        name={name}
        label={label}
        value={befund?.codedBy === "person" ? befund.area : ""}
        options={options}
      />
      {bezug !== undefined && (
        <>
          <input type="hidden" name={`${name}BezugBereich`} value={code?.area} />
          <input type="hidden" name={`${name}Bezug`} value={bezug} />
        </>
      )}
      {befund?.bereichPruefen && (
        <div className="kp-bereich-pruefen" role="status">
          <p className="kern-body kern-body--small">
            <strong>{t.bereichPruefen}</strong> {t.bereichPruefenHilfe}
          </p>
          <button
            type="submit"
            name="aktion"
            value={`bereich-bestaetigen:${befund.id}`}
            className="kern-btn kern-btn--secondary kern-btn--x-small"
            aria-label={`${label}: ${t.bereichBestaetigen}`}
          >
            <span className="kern-label">{t.bereichBestaetigen}</span>
          </button>
        </div>
      )}
    </div>
  );
}
