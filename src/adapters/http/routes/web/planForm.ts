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

/** The "Bereich" select: empty = automatic (the coder decides on save), else the person's choice. */
function personCode(bereich: unknown): Loose {
  const area = str(bereich).trim();
  return area === "" ? {} : { code: { area, specific: false, codedBy: "person" } };
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
        if (section === "unterstuetzung")
          return { id: newId, text: r.text, ...personCode(r.bereich), ...zuordnung(r) };
        if (section !== "schritte") return { id: newId, text: r.text, ...personCode(r.bereich) };
        const { bereich, ...rest } = r;
        return { ...rest, id: newId, frist: str(r.frist) === "" ? null : r.frist, ...personCode(bereich) };
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
  const ziel = personCode(form.berufszielBereich).code;
  if (ziel) out.berufszielCode = ziel;
  delete out.berufszielBereich;
  delete out.vorlagenSuche;
  delete out.vorlagenAbschnitt;
  delete out.lockVersion;
  delete out.aktion;
  return out;
}

export const parsePlanInhalt = (loose: Loose) => PlanInhaltSchema.safeParse(loose);

/** For re-rendering invalid input: whatever was typed, shaped like plan content. */
export function looseAsInhalt(loose: Loose): PlanInhalt {
  return { ...PlanInhaltSchema.parse({}), ...(loose as Partial<PlanInhalt>) };
}
