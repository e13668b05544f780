/** Kinds of concrete detail that make an entry specific (codebook "specific"). */
export type MarkerKind =
  "Datum" | "Frist" | "Zeitraum" | "Uhrzeit" | "Häufigkeit" | "Anzahl" | "Betrag" | "Name";

/** One concrete detail found in an entry, e.g. `{ kind: "Frist", text: "bis Ende März" }`. */
export interface Marker {
  kind: MarkerKind;
  text: string;
}

/** A marker pattern on the folded text. */
export type MarkerRule = readonly [MarkerKind, RegExp];

/**
 * Applies marker rules in order to `text`; each match is blanked out so that later (more general)
 * rules do not count it again. `display` turns a span into the text shown in the explanation.
 * Returns the markers and the remaining text.
 */
export function applyMarkerRules(
  text: string,
  rules: readonly MarkerRule[],
  display: (start: number, end: number) => string = (start, end) => text.slice(start, end).trim(),
): { markers: Marker[]; rest: string } {
  const markers: Marker[] = [];
  let rest = text;
  for (const [kind, re] of rules) {
    rest = rest.replace(re, (match: string, ...args: unknown[]) => {
      const offset = args.find((a): a is number => typeof a === "number") ?? 0;
      markers.push({ kind, text: display(offset, offset + match.length) });
      return " ".repeat(match.length);
    });
  }
  return { markers, rest };
}
