const VOWEL = /[aeiouyäöü]/;
const S_ENDING = /[bdfghklmnrt]/;
const ST_ENDING = /[bdfghklmnt]/;

/**
 * Nouns whose final "s" belongs to the stem, which Snowball's s-rule would cut ("Kurs" → "kur", so a
 * course read as a cure). Their inflected forms stem to the same key.
 */
const FINAL_S_LEMMA = /^(kurs|puls|hals|fels|vers|zins|knirps|mops)(?:e|en|es)?$/;

const isVowel = (ch: string | undefined): boolean => ch !== undefined && VOWEL.test(ch);

/** Index after the first non-vowel that follows a vowel at or after `from` (Snowball R1/R2). */
function regionStart(word: string, from: number): number {
  for (let i = from + 1; i < word.length; i++) {
    if (isVowel(word[i - 1]) && !isVowel(word[i])) return i + 1;
  }
  return word.length;
}

function stripInflection(w: string, r1: number): string {
  const m = /(ern|em|er|en|es|e|s)$/.exec(w);
  if (!m || m.index < r1) return w;
  if (m[1] === "s") return S_ENDING.test(w[m.index - 1] ?? "") ? w.slice(0, -1) : w;
  const cut = w.slice(0, m.index);
  return m[1]?.startsWith("e") && m[1] !== "em" && cut.endsWith("niss") ? cut.slice(0, -1) : cut;
}

function stripSecond(w: string, r1: number): string {
  const m = /(en|er|est|st)$/.exec(w);
  if (!m || m.index < r1) return w;
  if (m[1] !== "st") return w.slice(0, m.index);
  return m.index - 1 >= 3 && ST_ENDING.test(w[m.index - 1] ?? "") ? w.slice(0, m.index) : w;
}

function stripDerivational(w: string, r1: number, r2: number): string {
  const m = /(end|ung|ig|ik|isch|lich|heit|keit)$/.exec(w);
  if (!m || m.index < r2) return w;
  const suffix = m[1] ?? "";
  const cut = w.slice(0, m.index);
  if (suffix === "end" || suffix === "ung") {
    return cut.endsWith("ig") && !cut.endsWith("eig") && cut.length - 2 >= r2 ? cut.slice(0, -2) : cut;
  }
  if (suffix === "ig" || suffix === "ik" || suffix === "isch") return cut.endsWith("e") ? w : cut;
  if (suffix === "lich" || suffix === "heit") {
    return /(er|en)$/.test(cut) && cut.length - 2 >= r1 ? cut.slice(0, -2) : cut;
  }
  const inner = /(lich|ig)$/.exec(cut);
  return inner && inner.index >= r2 ? cut.slice(0, inner.index) : cut;
}

/**
 * German stemmer after the Snowball algorithm (suffix stripping in the regions R1 and R2), small
 * enough for the browser bundle and free of dependencies. Expects lower-case input; folded
 * umlauts ("ae") work as well.
 */
export function stemGerman(word: string): string {
  const lemma = FINAL_S_LEMMA.exec(word);
  if (lemma) return lemma[1] ?? word;
  const w = word.replace(/ß/g, "ss").replace(/(?<=[aeiouyäöü])[uy](?=[aeiouyäöü])/g, (c) => c.toUpperCase());
  const p1 = regionStart(w, 0);
  const r1 = Math.max(3, p1);
  const r2 = regionStart(w, p1);
  const stem = stripDerivational(stripSecond(stripInflection(w, r1), r1), r1, r2);
  return stem.replace(/U/g, "u").replace(/Y/g, "y").replace(/ä/g, "a").replace(/ö/g, "o").replace(/ü/g, "u");
}
