import { AREA_LABELS, areasForKind, type EntryKind } from "../../../domain/coding/areas";
import type { EintragBefund } from "../../../domain/assistent/eintragBefund";
import { SelectField } from "../FormFields";
import { assistent as t } from "../../translations/assistent";

/**
 * "Bereich" of an entry: "automatisch: <area of the coder>" or one of the areas of its kind. Choosing
 * an area stores it with `codedBy: "person"`; it then wins over the coder, also in a Fortschreibung.
 */
export function BereichSelect({
  name,
  kind,
  befund,
  label,
}: {
  name: string;
  kind: EntryKind;
  befund?: EintragBefund;
  label: string;
}) {
  const auto = befund ? t.bereichAuto(AREA_LABELS[befund.autoArea]) : t.bereichAuto("–");
  const options = [["", auto] as const, ...areasForKind(kind).map((a) => [a, AREA_LABELS[a]] as const)];
  return (
    <div className="kp-bereich" data-bereich-select="">
      <SelectField
        name={name}
        label={label}
        value={befund?.codedBy === "person" ? befund.area : ""}
        options={options}
      />
    </div>
  );
}
