import type { Leistungsberechtigte } from "../domain/person/leistungsberechtigte";
import type { Actor, Rolle } from "./ports";

/** What each role may do (need-to-know). Row-level security enforces the same again in PostgreSQL. */
const ERLAUBT = {
  "faelle.lesen": ["integrationsfachkraft", "teamleitung"],
  "person.lesen": ["integrationsfachkraft", "teamleitung"],
  "person.anlegen": ["integrationsfachkraft"],
  "plan.schreiben": ["integrationsfachkraft"],
  // The inbox: everybody who reads the caseload reads it; only the counsellor marks an item done.
  "eingang.erledigen": ["integrationsfachkraft"],
  // The per-person access log: team lead and data-protection officer; the jobcentre-wide audit only
  // the data-protection officer. Administration reads no audit (it holds person ids). ADR 0011.
  "audit.lesen": ["teamleitung", "datenschutz"],
  "audit.jobcenter.lesen": ["datenschutz"],
  "regeln.lesen": ["integrationsfachkraft", "teamleitung"],
  "regeln.schreiben": ["teamleitung"],
  "angebote.lesen": ["integrationsfachkraft", "teamleitung"],
  "angebote.schreiben": ["teamleitung"],
  // Lockouts after too many failed logins: the administration sees and lifts them (no person data).
  "anmeldesperren.verwalten": ["admin"],
} as const satisfies Record<string, readonly Rolle[]>;

export type Recht = keyof typeof ERLAUBT;

export function darf(actor: Actor, recht: Recht): boolean {
  return (ERLAUBT[recht] as readonly Rolle[]).includes(actor.rolle);
}

/**
 * Health data (Art. 9 DSGVO: the health flag and note of the Potenzialanalyse) only for the person's
 * responsible counsellor: not the team lead, not a colleague, no other role. This is the one place in
 * the application for that rule; a substitute (Vertretung), once it exists, is added here and in the
 * database function `kp_darf_gesundheit` (migration 0011), which enforces the same again.
 */
export function darfGesundheitSehen(actor: Actor, person: Pick<Leistungsberechtigte, "betreuerId">): boolean {
  return actor.rolle === "integrationsfachkraft" && person.betreuerId === actor.userId;
}
