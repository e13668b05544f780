/**
 * Breaks a paragraph into lines no wider than `breite` (greedy, at spaces; explicit line breaks
 * are kept). A single word wider than the line gets a line of its own.
 */
export function umbrechen(text: string, breite: number, breiteVon: (s: string) => number): string[] {
  const zeilen: string[] = [];
  for (const absatz of text.split("\n")) {
    let zeile = "";
    for (const wort of absatz.split(" ").filter((w) => w !== "")) {
      const kandidat = zeile === "" ? wort : `${zeile} ${wort}`;
      if (zeile !== "" && breiteVon(kandidat) > breite) {
        zeilen.push(zeile);
        zeile = wort;
      } else zeile = kandidat;
    }
    zeilen.push(zeile);
  }
  return zeilen;
}
