import { addDays, compareIsoDate, daysBetween, type IsoDate } from "../shared/isoDate";

/**
 * Which reminders are due (issue 12 § 2, ADR 0024). Pure: the planner passes what the database knows and
 * "today" in Berlin; the result is one job per message, each with an idempotency key (`schluessel`), so
 * planning again on the same day (or after a restart) enqueues nothing new.
 */
export const AUFTRAG_ARTEN = [
  "ueberpruefung_bald",
  "ueberpruefung_ueberfaellig",
  "frist_morgen",
  "portal_aktivitaet",
] as const;
export type AuftragArt = (typeof AUFTRAG_ARTEN)[number];

/** How many days before the review date the counsellor is told. */
export const VORLAUF_UEBERPRUEFUNG = 14;

export type Empfaenger = { art: "person"; personId: string } | { art: "mitarbeiter"; mitarbeiterId: string };

export interface AuftragEntwurf {
  art: AuftragArt;
  schluessel: string;
  jobcenterId: string;
  empfaenger: Empfaenger;
  /** Ids only, never names or texts. */
  payload: Record<string, string>;
}

/** An agreed, not ended plan. */
export interface PlanLage {
  jobcenterId: string;
  planId: string;
  personId: string;
  betreuerId: string;
  ueberpruefungAm: IsoDate;
  /** The step deadlines of the agreed version (duplicates allowed). */
  fristen: IsoDate[];
  /** The person opted in to reminders by e-mail in the portal. */
  personErinnerungen: boolean;
}

/** Something the person did in the portal: a step report, an upload, a proposal. */
export interface PortalAktivitaet {
  jobcenterId: string;
  art: "meldung" | "nachweis" | "vorschlag";
  id: string;
  personId: string;
  betreuerId: string;
}

export interface ErinnerungsLage {
  heute: IsoDate;
  plaene: PlanLage[];
  /** Portal activity since the last planning window (the adapter passes the recent ones). */
  aktivitaeten: PortalAktivitaet[];
}

export function planeErinnerungen(lage: ErinnerungsLage): AuftragEntwurf[] {
  const { heute } = lage;
  const morgen = addDays(heute, 1);
  const auftraege: AuftragEntwurf[] = [];
  for (const plan of lage.plaene) {
    const an: Empfaenger = { art: "mitarbeiter", mitarbeiterId: plan.betreuerId };
    const payload = { planId: plan.planId, personId: plan.personId };
    const tage = daysBetween(heute, plan.ueberpruefungAm);
    // Once per review date: the key carries the date, so a renewed review date is reminded again.
    if (tage > 0 && tage <= VORLAUF_UEBERPRUEFUNG)
      auftraege.push({
        art: "ueberpruefung_bald",
        schluessel: `ueberpruefung-bald:${plan.planId}:${plan.ueberpruefungAm}`,
        jobcenterId: plan.jobcenterId,
        empfaenger: an,
        payload,
      });
    else if (compareIsoDate(plan.ueberpruefungAm, heute) < 0)
      auftraege.push({
        art: "ueberpruefung_ueberfaellig",
        schluessel: `ueberpruefung-ueberfaellig:${plan.planId}:${plan.ueberpruefungAm}`,
        jobcenterId: plan.jobcenterId,
        empfaenger: an,
        payload,
      });
    // One message per plan and day, however many steps end tomorrow; only to a person who opted in.
    if (plan.personErinnerungen && plan.fristen.some((f) => f === morgen))
      auftraege.push({
        art: "frist_morgen",
        schluessel: `frist-morgen:${plan.planId}:${morgen}`,
        jobcenterId: plan.jobcenterId,
        empfaenger: { art: "person", personId: plan.personId },
        payload: { planId: plan.planId, personId: plan.personId, frist: morgen },
      });
  }
  for (const a of lage.aktivitaeten)
    auftraege.push({
      art: "portal_aktivitaet",
      schluessel: `portal-aktivitaet:${a.art}:${a.id}`,
      jobcenterId: a.jobcenterId,
      empfaenger: { art: "mitarbeiter", mitarbeiterId: a.betreuerId },
      payload: { personId: a.personId, [a.art]: a.id },
    });
  return auftraege;
}
