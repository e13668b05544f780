import { type Absatz7Fassung } from "../rechtsstand/absatz7FassungAm";
import { ARBEITSVERWEIGERUNG_2024, ARBEITSVERWEIGERUNG_2026 } from "./arbeitsverweigerungRegeln";
import { type Bemessung } from "./bemessung";
import { monateText } from "./monat";
import { begruende, type Begruendung } from "./regel";
import { type RegelConfig } from "./regelConfig";

const TATBESTAND =
  "Arbeitsverweigerung: Eine zumutbare Arbeit war tatsächlich und unmittelbar möglich und wurde willentlich nicht aufgenommen.";

/** § 31a Abs. 7 SGB II: the Regelbedarf ceases (100 %), in the 2024 or the 2026 version. */
export function bemesseAbsatz7(
  fassung: Absatz7Fassung,
  config: RegelConfig,
): { bemessung: Bemessung; begruendung: Begruendung[] } {
  const neu = fassung === "2026";
  const satz = neu ? ARBEITSVERWEIGERUNG_2026 : ARBEITSVERWEIGERUNG_2024;
  const mindest = neu ? config.arbeitsverweigerung2026.mindestMonate : 0;
  const hoechst = neu
    ? config.arbeitsverweigerung2026.hoechstMonate
    : config.arbeitsverweigerung2024.hoechstMonate;
  const dauer = neu
    ? ` für mindestens ${monateText(mindest)} und höchstens ${monateText(hoechst)}`
    : `, bis die Arbeitsaufnahme nicht mehr möglich ist, höchstens für ${monateText(hoechst)}`;
  const kduGrund = neu
    ? "Die Kosten der Unterkunft und Heizung werden weiter gezahlt; sie sollen für die ganze Bedarfsgemeinschaft direkt an den Vermieter gehen."
    : "Die Kosten der Unterkunft und Heizung werden weiter gezahlt; nur der Regelbedarf entfällt.";
  return {
    begruendung: [begruende(satz.tatbestand, `${TATBESTAND} Der Regelbedarf entfällt${dauer}.`)],
    bemessung: {
      satz,
      regelProzent: 100,
      monate: hoechst,
      anlass: "arbeit_nicht_mehr_moeglich",
      grenze: 100,
      mindestMonate: mindest,
      u25: true,
      kduGrund,
      nichtErreichbar: null,
    },
  };
}
