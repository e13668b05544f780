import { LIST_SECTIONS, type Eintrag, type ListSection, type PlanInhalt, type Schritt } from "./planInhalt";

export type AenderungArt = "neu" | "entfernt" | "geaendert";
export type PlanBereich =
  | ListSection
  | "berufsziel"
  | "vermittlungsfelder"
  | "rehaBedarf"
  | "wasSonstNochWichtig"
  | "naechsterTermin";

export interface Aenderung {
  bereich: PlanBereich;
  art: AenderungArt;
  vorher: string | null;
  nachher: string | null;
}

function describeEintrag(item: Eintrag | Schritt): string {
  if (!("haeufigkeit" in item)) return item.text;
  const extra = [
    item.haeufigkeit,
    item.frist ? `bis ${item.frist}` : "",
    item.nachweis ? `Nachweis: ${item.nachweis}` : "",
  ]
    .filter((s) => s !== "")
    .join("; ");
  return extra ? `${item.text} (${extra})` : item.text;
}

function describeTermin(t: PlanInhalt["naechsterTermin"]): string {
  if (!t) return "";
  return [t.datum, t.uhrzeit ?? "", t.ort].filter((s) => s !== "").join(" ");
}

const SCALARS = ["berufsziel", "vermittlungsfelder", "rehaBedarf", "wasSonstNochWichtig"] as const;

function scalarChange(bereich: PlanBereich, vorher: string, nachher: string): Aenderung[] {
  if (vorher === nachher) return [];
  const art: AenderungArt = vorher === "" ? "neu" : nachher === "" ? "entfernt" : "geaendert";
  return [{ bereich, art, vorher: vorher || null, nachher: nachher || null }];
}

/** What changed from one version to the next, section by section, items matched by id. */
export function vergleichen(vorher: PlanInhalt, nachher: PlanInhalt): Aenderung[] {
  const changes: Aenderung[] = [];
  for (const key of SCALARS) changes.push(...scalarChange(key, vorher[key], nachher[key]));
  for (const section of LIST_SECTIONS) {
    const before = new Map<string, Eintrag | Schritt>(vorher[section].map((i) => [i.id, i]));
    const after = new Map<string, Eintrag | Schritt>(nachher[section].map((i) => [i.id, i]));
    for (const [id, item] of before) {
      const next = after.get(id);
      if (!next)
        changes.push({ bereich: section, art: "entfernt", vorher: describeEintrag(item), nachher: null });
      else if (describeEintrag(item) !== describeEintrag(next))
        changes.push({
          bereich: section,
          art: "geaendert",
          vorher: describeEintrag(item),
          nachher: describeEintrag(next),
        });
    }
    for (const [id, item] of after)
      if (!before.has(id))
        changes.push({ bereich: section, art: "neu", vorher: null, nachher: describeEintrag(item) });
  }
  changes.push(
    ...scalarChange(
      "naechsterTermin",
      describeTermin(vorher.naechsterTermin),
      describeTermin(nachher.naechsterTermin),
    ),
  );
  return changes;
}
