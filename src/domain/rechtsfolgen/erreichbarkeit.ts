import { addMonate, formatMonat, type Monat } from "./monat";
import { begruende, type Begruendung, type Regel } from "./regel";
import { type Erreichbarkeit } from "./rechtsfolgenErgebnis";

/**
 * § 7b Abs. 4 n. F. (RULES.md S-3, [S]): after the transition month all benefits, housing costs included,
 * cease; the jobcentre offers a personal hearing; benefits resume on personal contact.
 */
export function erreichbarkeit(
  regel: Regel,
  uebergangsmonat: Monat,
): { wert: Erreichbarkeit; kdu: Begruendung } {
  const ab = addMonate(uebergangsmonat, 1);
  const grund =
    `Meldeversäumnisse in Folge: Die Person gilt als nicht erreichbar. Ab ${formatMonat(ab)} entfallen alle ` +
    "Leistungen, bis sie sich persönlich meldet. Das Jobcenter muss Gelegenheit zu einer persönlichen Anhörung geben.";
  const kdu = begruende(
    regel,
    `Die Kosten der Unterkunft und Heizung werden im Übergangsmonat ${formatMonat(uebergangsmonat)} noch gezahlt ` +
      `und entfallen erst ab ${formatMonat(ab)}.`,
  );
  return {
    wert: { uebergangsmonat, alleLeistungenEntfallenAb: ab, grund, norm: regel.norm, tag: regel.tag },
    kdu,
  };
}
