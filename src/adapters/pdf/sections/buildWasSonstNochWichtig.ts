import type { PlanInhalt, Termin } from "../../../domain/kooperationsplan/planInhalt";
import type { AbschnittBlock, PlanAbschnitt } from "../planAbschnitt";
import type { PdfTexte } from "../pdfTexte";
import { ltrInsel } from "../rtl/visuelleLaeufe";
import { unuebersetzt, type Uebersetzer } from "./uebersetzer";

function describeTermin(termin: Termin, texte: PdfTexte): string {
  const teile = [texte.datum(termin.datum)];
  if (termin.uhrzeit !== null) teile.push(texte.uhr(termin.uhrzeit));
  if (termin.ort !== "") teile.push(texte.richtung === "rtl" ? ltrInsel(termin.ort) : termin.ort);
  return texte.naechsterTermin(teile.join(", "));
}

/** "Was sonst noch wichtig ist": free text, the rehabilitation check in plain words, the next appointment. */
export function buildWasSonstNochWichtig(
  inhalt: PlanInhalt,
  texte: PdfTexte,
  uebersetze: Uebersetzer = unuebersetzt,
): PlanAbschnitt {
  const bloecke: AbschnittBlock[] = [];
  if (inhalt.wasSonstNochWichtig !== "")
    bloecke.push({ art: "absatz", ...uebersetze(inhalt.wasSonstNochWichtig, "wasSonstNochWichtig") });
  if (inhalt.rehaBedarf !== "nein")
    bloecke.push({ art: "absatz", text: texte.rehaBedarf[inhalt.rehaBedarf] });
  if (inhalt.naechsterTermin !== null) {
    bloecke.push({ art: "absatz", text: describeTermin(inhalt.naechsterTermin, texte) });
  }
  return { ueberschrift: texte.ueberschriften.wasSonstNochWichtig, bloecke };
}
