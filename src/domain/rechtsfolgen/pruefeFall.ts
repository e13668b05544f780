import { type IsoDate } from "../shared/isoDate";
import { rechtsstandAm } from "../rechtsstand/rechtsstandAm";

/** The fields `pruefeFall` looks at (the input line after its fields were parsed, before the letter decides). */
interface FallRoh {
  event: "pflichtverletzung" | "meldeversaeumnis" | "arbeitsverweigerung";
  date: IsoDate;
  erfuellt: IsoDate | null;
  rechtsfolgenbelehrung?: boolean | undefined;
  weigerungErklaert: boolean;
  brief: {
    art: "aufforderung" | "verpflichtung" | "einladung";
    datum: IsoDate;
    frist: IsoDate | null;
    rechtsfolgenbelehrung: boolean;
    ersteEinladung: boolean;
  } | null;
}

interface Ctx {
  addIssue(issue: { code: "custom"; path: PropertyKey[]; message: string }): void;
}

/** Which letter an event can belong to: invitation ↔ Meldeversäumnis, Aufforderung/Verpflichtung ↔ § 31. */
export const BRIEF_ZU_EREIGNIS = {
  einladung: ["meldeversaeumnis"],
  aufforderung: ["pflichtverletzung"],
  verpflichtung: ["pflichtverletzung"],
} as const satisfies Record<string, readonly FallRoh["event"][]>;

export function passtBriefZuEreignis(art: keyof typeof BRIEF_ZU_EREIGNIS, event: FallRoh["event"]): boolean {
  return (BRIEF_ZU_EREIGNIS[art] as readonly string[]).includes(event);
}

/**
 * Plausibility of one case, each a clear error instead of a guess: the Feststellung and compliance not before
 * the event, the letter not after the event and its deadline not before the
 * letter, the event not before the letter's deadline unless the person declared the refusal (only a
 * Pflichtverletzung can be declared in advance), the letter's kind fitting the event, the Belehrung taken from the letter without contradiction, and
 * no Belehrung on a first invitation under the old law (§ 15 Abs. 4 SGB II a. F.).
 */
export function pruefeFall(f: FallRoh & { feststellung: IsoDate }, ctx: Ctx): void {
  const fehler = (path: PropertyKey[], message: string) => ctx.addIssue({ code: "custom", path, message });
  if (f.feststellung < f.date) fehler(["feststellung"], "vor_datum");
  if (f.erfuellt !== null && f.erfuellt < f.date) fehler(["erfuellt"], "vor_datum");
  if (f.weigerungErklaert && f.event !== "pflichtverletzung")
    fehler(["weigerungErklaert"], "weigerung_nur_pflichtverletzung");
  const b = f.brief;
  if (b === null) {
    if (f.rechtsfolgenbelehrung === undefined) fehler(["rechtsfolgenbelehrung"], "fehlt");
    return;
  }
  if (!passtBriefZuEreignis(b.art, f.event)) fehler(["brief", "art"], `passt_nicht_${f.event}`);
  if (b.datum > f.date) fehler(["brief", "datum"], "nach_datum");
  if (b.frist !== null && b.frist < b.datum) fehler(["brief", "frist"], "vor_brief");
  if (b.frist !== null && f.date < b.frist && !f.weigerungErklaert) fehler(["date"], "vor_frist");
  if (b.art !== "einladung" && !b.rechtsfolgenbelehrung)
    fehler(["brief", "rechtsfolgenbelehrung"], "aufforderung_ohne_rfb");
  if (b.ersteEinladung && b.art !== "einladung") fehler(["brief", "ersteEinladung"], "nur_einladung");
  if (b.ersteEinladung && b.rechtsfolgenbelehrung && rechtsstandAm(b.datum) === "2023-07")
    fehler(["brief", "rechtsfolgenbelehrung"], "erste_einladung");
  if (f.rechtsfolgenbelehrung !== undefined && f.rechtsfolgenbelehrung !== b.rechtsfolgenbelehrung)
    fehler(["rechtsfolgenbelehrung"], "widerspruch_brief");
}
