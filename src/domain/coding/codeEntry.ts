import { type Area, type EntryKind } from "./areas";
import { chooseArea } from "./chooseArea";
import { clauseWeights } from "./clauseWeights";
import { isDomainWord } from "./isDomainWord";
import { lexiconFor } from "./lexicon";
import { matchLexicon } from "./lexicon/matchLexicon";
import { prepareText } from "./prepareText";
import { detectSpecific } from "./specific/detectSpecific";
import { type Marker } from "./specific/marker";

export interface PlanEntry {
  kind: EntryKind;
  text: string;
}

export interface Coding {
  area: Area;
  specific: boolean;
  /** Short explanation of the decision, e.g. `area=sprache: "Integrationskurs"`. */
  why: string[];
  /** The concrete details found (empty when not specific). */
  markers: Marker[];
}

const quote = (items: readonly string[]): string => items.map((t) => `"${t}"`).join(", ");

/**
 * Codes one plan entry per the codebook: its `area` (from a weighted German lexicon, counting the
 * main clause more than reasons and purposes) and whether it is `specific` (a date, deadline,
 * frequency, number or named counterpart). Deterministic and free of I/O, for browser and server.
 */
export function codeEntry(entry: PlanEntry): Coding {
  const prepared = prepareText(entry.text);
  const hits = matchLexicon(prepared, clauseWeights(prepared.tokens), lexiconFor(entry.kind));
  const choice = chooseArea(entry.kind, hits);
  const markers = detectSpecific(prepared, isDomainWord);
  const evidence = [...new Set(choice.evidence.slice(0, 4).map((h) => h.text))];
  const why = [
    evidence.length > 0
      ? `area=${choice.area}: ${quote(evidence)}`
      : `area=${choice.area}: kein Stichwort, Standard für ${entry.kind}`,
    markers.length > 0
      ? `specific: ${markers
          .slice(0, 4)
          .map((m) => `${m.kind} "${m.text}"`)
          .join(", ")}`
      : "nicht specific: keine Zahl, Frist, Häufigkeit oder benannte Stelle",
  ];
  if (prepared.abbreviations.length > 0) why.push(`Abkürzungen: ${prepared.abbreviations.join(", ")}`);
  return { area: choice.area, specific: markers.length > 0, why, markers };
}
