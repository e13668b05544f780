import {
  LIST_SECTIONS,
  PlanInhaltSchema,
  type PlanInhalt,
} from "../../../../domain/kooperationsplan/planInhalt";
import type { Ids } from "../../../../application/ports";
import { parseEuroCent } from "../../../../domain/angebote/euro";
import { nestForm } from "./formData";

type Loose = Record<string, unknown>;
const str = (v: unknown) => (typeof v === "string" ? v : "");

/**
 * The "Bereich" select: empty = automatic (the coder decides on save), else the person's choice. The
 * hidden reference of an unchanged choice comes along for re-rendering only: on save the server keeps
 * its own (`fuehreBereichswahlFort`).
 */
function personCode(bereich: unknown, bezugBereich?: unknown, bezug?: unknown): Loose {
  const area = str(bereich).trim();
  if (area === "") return {};
  const bezugstext = area === str(bezugBereich) && typeof bezug === "string" ? { bezugstext: bezug } : {};
  return { code: { area, specific: false, codedBy: "person", ...bezugstext } };
}

/** A support entry's offer (hidden field) and the estimate typed in euros; invalid text fails validation. */
function zuordnung(r: Loose): Loose {
  const angebotId = str(r.angebotId).trim();
  if (angebotId === "") return {};
  const text = str(r.schaetzungCent);
  const cent = parseEuroCent(text);
  return {
    angebotId,
    ...(cent === null ? {} : { schaetzungCent: cent === "ungueltig" ? text : cent }),
  };
}

function isBlank(item: Loose): boolean {
  return ["text", "haeufigkeit", "frist", "nachweis"].every((k) => str(item[k]).trim() === "");
}

/**
 * Reads the plan editor form into plan content (not yet validated): blank rows are dropped, new rows
 * get a fresh id, an empty date or appointment becomes null; a chosen "Bereich" becomes a person's code;
 * a support entry keeps the offer it names and the estimate in cents.
 */
export function planInhaltFromForm(body: unknown, ids: Ids): Loose {
  const form = nestForm(body);
  const out: Loose = { ...form };
  for (const section of LIST_SECTIONS) {
    const rows = Array.isArray(form[section]) ? (form[section] as unknown[]) : [];
    out[section] = rows
      .filter((r): r is Loose => !!r && typeof r === "object" && !isBlank(r as Loose))
      .map((r): Loose => {
        const id = str(r.id);
        const newId = id === "" || id.startsWith("neu-") ? ids.eintragId() : id;
        const code = personCode(r.bereich, r.bereichBezugBereich, r.bereichBezug);
        if (section === "unterstuetzung") return { id: newId, text: r.text, ...code, ...zuordnung(r) };
        if (section !== "schritte") return { id: newId, text: r.text, ...code };
        const { haeufigkeit, frist, nachweis } = r;
        return {
          id: newId,
          text: r.text,
          haeufigkeit,
          nachweis,
          frist: str(frist) === "" ? null : frist,
          ...code,
        };
      });
  }
  const termin = (form.naechsterTermin ?? {}) as Loose;
  out.naechsterTermin =
    str(termin.datum) === "" && str(termin.ort) === "" && str(termin.uhrzeit) === ""
      ? null
      : {
          datum: termin.datum,
          uhrzeit: str(termin.uhrzeit) === "" ? null : termin.uhrzeit,
          ort: str(termin.ort),
        };
  const ziel = personCode(
    form.berufszielBereich,
    form.berufszielBereichBezugBereich,
    form.berufszielBereichBezug,
  ).code;
  if (ziel) out.berufszielCode = ziel;
  delete out.berufszielBereich;
  delete out.berufszielBereichBezugBereich;
  delete out.berufszielBereichBezug;
  delete out.vorlagenSuche;
  delete out.vorlagenAbschnitt;
  delete out.lockVersion;
  delete out.aktion;
  return out;
}

export const parsePlanInhalt = (loose: Loose) => PlanInhaltSchema.safeParse(loose);

/** For re-rendering invalid input: whatever was typed, shaped like plan content. */
export function looseAsInhalt(loose: Loose): PlanInhalt {
  const inhalt = { ...PlanInhaltSchema.parse({}), ...(loose as Partial<PlanInhalt>) };
  // Rows as typed, with the fields a form may omit (a step without frequency, deadline or proof).
  const schritte = (Array.isArray(inhalt.schritte) ? inhalt.schritte : []).map((s) => ({
    ...s,
    text: str(s.text),
    haeufigkeit: str(s.haeufigkeit),
    nachweis: str(s.nachweis),
    frist: s.frist ?? null,
  }));
  return { ...inhalt, schritte };
}
