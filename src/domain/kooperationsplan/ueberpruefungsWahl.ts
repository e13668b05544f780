import { z } from "zod";
import { IsoDateSchema, type IsoDate } from "../shared/isoDate";
import { err, ok, type Result } from "../shared/result";
import { abgelaufeneFristen } from "./fristen";
import { LIST_SECTIONS, type ListSection } from "./listSections";
import type { Eintrag, PlanInhalt } from "./planInhalt";
import { unveraendertFortgeschrieben } from "./unveraendertFortschreiben";

/**
 * The one choice per entry on the review page (issue 12, ADR 0020): keep it (the default), change its
 * text, give a step a new deadline, mark it done or remove it. Done and removed entries both leave the
 * next version (as "als erledigt markieren" of the stale-deadline rule, `applyFristAktion`); the
 * difference is recorded in the review's audit row.
 */
export const WAHL = ["behalten", "aendern", "frist", "erledigt", "entfernen"] as const;
export type WahlTyp = (typeof WAHL)[number];

const ID = /^[a-zA-Z0-9_-]{1,40}$/;
/** A form key `<section>.<id>`, e.g. `schritte.s1`. */
const SchluesselSchema = z.string().regex(new RegExp(`^(${LIST_SECTIONS.join("|")})\\.[a-zA-Z0-9_-]{1,40}$`));

/**
 * The review form with choices: the version reviewed (`basis`, a concurrency check) and, per entry
 * `<section>.<id>`, the choice (`wahl.…`), the text shown in its field (`text.…`) and, per step, the
 * deadline field (`frist.<id>`). Paths of errors are the form's field names.
 */
export const UeberpruefungsFormSchema = z
  .object({
    basis: z.coerce.number().int().min(1),
    wahl: z.record(SchluesselSchema, z.enum(WAHL, { message: "choice" })).default({}),
    text: z.record(SchluesselSchema, z.string().trim().max(500, { message: "max" })).default({}),
    frist: z.record(z.string().regex(ID), IsoDateSchema).default({}),
  })
  .superRefine((form, ctx) => {
    for (const [key, typ] of Object.entries(form.wahl)) {
      const [section, id = ""] = key.split(".");
      if (typ === "aendern" && !form.text[key])
        ctx.addIssue({ code: "custom", path: ["text", key], message: "required" });
      if (typ === "frist" && section !== "schritte")
        ctx.addIssue({ code: "custom", path: ["wahl", key], message: "choice" });
      if (typ === "frist" && section === "schritte" && !form.frist[id])
        ctx.addIssue({ code: "custom", path: ["frist", id], message: "date" });
    }
    for (const [key, text] of Object.entries(form.text))
      if (text === "" && (form.wahl[key] ?? "behalten") === "behalten")
        ctx.addIssue({ code: "custom", path: ["text", key], message: "required" });
  });
export type UeberpruefungsForm = z.infer<typeof UeberpruefungsFormSchema>;

/** Reads the flat form fields (`wahl.<section>.<id>`, `text.…`, `frist.<id>`); empty dates count as not set. */
export function ueberpruefungsFormAus(werte: Record<string, string | undefined>) {
  const gruppen: Record<"wahl" | "text" | "frist", Record<string, string>> = {
    wahl: {},
    text: {},
    frist: {},
  };
  for (const [key, value] of Object.entries(werte)) {
    const punkt = key.indexOf(".");
    const gruppe = key.slice(0, punkt);
    if (value === undefined || (gruppe !== "wahl" && gruppe !== "text" && gruppe !== "frist")) continue;
    if (gruppe === "frist" && value === "") continue;
    gruppen[gruppe][key.slice(punkt + 1)] = value;
  }
  return UeberpruefungsFormSchema.safeParse({ basis: werte.basis, ...gruppen });
}

/** What the review changed; ids only (no text), for the audit row. */
export interface UeberpruefungsBilanz {
  geaendert: number;
  neueFrist: number;
  /** Passed deadlines of kept steps renewed (the stale-deadline rule). */
  verlaengert: number;
  erledigt: string[];
  entfernt: string[];
}

/** The choice that applies to an entry: an edited text on a kept entry counts as "ändern". */
function wirksameWahl(form: UeberpruefungsForm, key: string, eintrag: Eintrag): WahlTyp {
  const wahl = form.wahl[key] ?? "behalten";
  const text = form.text[key];
  return wahl === "behalten" && text !== undefined && text !== eintrag.text ? "aendern" : wahl;
}

/** True when the form chooses anything but "keep" (or edits a text): then it is no unchanged review. */
export function hatAenderungen(inhalt: PlanInhalt, form: UeberpruefungsForm): boolean {
  return LIST_SECTIONS.some((section) =>
    (inhalt[section] as readonly Eintrag[]).some(
      (e) => wirksameWahl(form, `${section}.${e.id}`, e) !== "behalten",
    ),
  );
}

/**
 * The next version's content after the review on `stichtag`: every entry as chosen; then the passed
 * deadlines of the steps kept renewed (to the date in their field, else six months, as
 * `unveraendertFortgeschrieben`). A deadline still before `stichtag` is refused at its field: the plan
 * in force carries no stale deadline (issue 9). Entries the form does not name are kept.
 */
export function applyUeberpruefung(
  inhalt: PlanInhalt,
  form: UeberpruefungsForm,
  stichtag: IsoDate,
): Result<{ inhalt: PlanInhalt; bilanz: UeberpruefungsBilanz }> {
  const bilanz: UeberpruefungsBilanz = {
    geaendert: 0,
    neueFrist: 0,
    verlaengert: 0,
    erledigt: [],
    entfernt: [],
  };
  const gewaehlt = new Set<string>();
  const next: PlanInhalt = structuredClone(inhalt);
  for (const section of LIST_SECTIONS) {
    const items = (inhalt[section] as readonly Eintrag[]).flatMap((e) => {
      const key = `${section}.${e.id}`;
      switch (wirksameWahl(form, key, e)) {
        case "erledigt":
          bilanz.erledigt.push(key);
          return [];
        case "entfernen":
          bilanz.entfernt.push(key);
          return [];
        case "aendern":
          bilanz.geaendert++;
          return [{ ...structuredClone(e), text: form.text[key] ?? e.text }];
        case "frist":
          if (section !== "schritte" || !form.frist[e.id]) return [structuredClone(e)];
          bilanz.neueFrist++;
          gewaehlt.add(e.id);
          return [{ ...structuredClone(e), frist: form.frist[e.id] }];
        default:
          return [structuredClone(e)];
      }
    });
    (next as Record<ListSection, unknown>)[section] = items;
  }
  const stale = Object.fromEntries(Object.entries(form.frist).filter(([id]) => !gewaehlt.has(id))) as Record<
    string,
    IsoDate
  >;
  const beibehalten = { ...next, schritte: next.schritte.filter((s) => !gewaehlt.has(s.id)) };
  const erneuert = unveraendertFortgeschrieben(beibehalten, stale, stichtag);
  bilanz.verlaengert = erneuert.verlaengert;
  const erneuertById = new Map(erneuert.inhalt.schritte.map((s) => [s.id, s]));
  const schritte = next.schritte.map((s) => erneuertById.get(s.id) ?? s);
  const ergebnis: PlanInhalt = { ...next, schritte };
  const vergangen = abgelaufeneFristen(ergebnis, stichtag)[0];
  if (vergangen) return err("plan.frist_abgelaufen", `frist.${vergangen.schritt.id}`);
  return ok({ inhalt: ergebnis, bilanz });
}
