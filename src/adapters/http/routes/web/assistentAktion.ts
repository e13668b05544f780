import type { FastifyRequest } from "fastify";
import { listAngebote } from "../../../../application/angebote/listAngebote";
import { addAngebot } from "../../../../domain/assistent/addAngebot";
import { addVorlage } from "../../../../domain/assistent/addVorlage";
import { ART_DER_SECTION } from "../../../../domain/assistent/eintragArten";
import {
  LIST_SECTIONS,
  type ListSection,
  type PlanInhalt,
} from "../../../../domain/kooperationsplan/planInhalt";
import { VORLAGEN } from "../../../../domain/vorlagen/katalog";
import { searchVorlagen } from "../../../../domain/vorlagen/searchVorlagen";
import type { VorlagenSucheProps } from "../../../../web/components/assistent/VorlagenSuche";
import type { AppDeps } from "../../appDeps";
import { runUseCase } from "../../runUseCase";

/** Editor buttons of the assistant: search templates, add a template, add an offer (each saves the draft). */
export type AssistentAktion =
  | { typ: "vorlagen-suchen" }
  | { typ: "vorlage"; bereich: ListSection; vorlageId: string }
  | { typ: "angebot"; angebotId: string };

const isSection = (s: string | undefined): s is ListSection =>
  (LIST_SECTIONS as readonly string[]).includes(s ?? "");

export function parseAssistentAktion(raw: string | undefined): AssistentAktion | null {
  const [typ, a, b] = (raw ?? "").split(":");
  if (typ === "vorlagen-suchen" && a === undefined) return { typ };
  if (typ === "vorlage" && isSection(a) && b && VORLAGEN.some((v) => v.id === b))
    return { typ, bereich: a, vorlageId: b };
  if (typ === "angebot" && a && /^[0-9a-f-]{36}$/i.test(a) && b === undefined) return { typ, angebotId: a };
  return null;
}

/** Adds the template or offer; returns the new content and where the new entry is (to focus it). */
export async function applyAssistentAktion(
  deps: AppDeps,
  request: FastifyRequest,
  aktion: AssistentAktion,
  inhalt: PlanInhalt,
): Promise<{ inhalt: PlanInhalt; fokus?: { bereich: ListSection; index: number } } | null> {
  if (aktion.typ === "vorlagen-suchen") return { inhalt };
  const id = deps.ids.eintragId();
  if (aktion.typ === "vorlage") {
    const vorlage = VORLAGEN.find((v) => v.id === aktion.vorlageId);
    if (!vorlage) return null;
    const added = addVorlage(inhalt, aktion.bereich, vorlage, id);
    return { inhalt: added.inhalt, fokus: { bereich: aktion.bereich, index: added.index } };
  }
  const katalog = await runUseCase(deps, request, (d) => listAngebote(d));
  const angebot = katalog.ok
    ? katalog.value.angebote.find((a) => a.id === aktion.angebotId && a.aktiv)
    : undefined;
  if (!angebot) return null;
  const added = addAngebot(inhalt, angebot, id);
  return { inhalt: added.inhalt, fokus: { bereich: "unterstuetzung", index: added.index } };
}

/** At most this many templates are listed per search. */
export const MAX_TREFFER = 8;

/** The template search of the editor from the query (`?vorlagen=…&abschnitt=…`); results only after a search. */
export function vorlagenSucheAus(query: Record<string, string | undefined>): VorlagenSucheProps {
  const abschnitt = isSection(query.abschnitt) ? query.abschnitt : "schritte";
  const suche = (query.vorlagen ?? "").slice(0, 100);
  const treffer =
    query.vorlagen === undefined
      ? null
      : searchVorlagen(suche, { kind: ART_DER_SECTION[abschnitt] }).slice(0, MAX_TREFFER);
  return { suche, abschnitt, treffer };
}
