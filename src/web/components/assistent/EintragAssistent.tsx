import type { EintragBefund } from "../../../domain/assistent/eintragBefund";
import type { SprachBefund } from "../../../domain/sprache/befund";
import { eintragZeilen, regionId } from "./hinweisZeilen";
import { Zeilen } from "./Zeilen";

/** The live hint region beside one entry (updated by the browser script while typing). */
export function EintragAssistent({
  id,
  befund,
  sprache,
}: {
  id: string;
  befund?: EintragBefund;
  sprache?: SprachBefund;
}) {
  return (
    <div className="kp-assistent" id={regionId(id)} aria-live="polite">
      {befund && <Zeilen zeilen={eintragZeilen(befund, sprache)} />}
    </div>
  );
}
