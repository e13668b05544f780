import type { BudgetFehlerCode } from "../angebote/budgetFehler";
import type { FortschreibungFehlerCode } from "../kooperationsplan/fortschreibungFehler";
import type { IntegritaetFehlerCode } from "../integritaet/fehlerCodes";
import type { RechtsfolgenFehlerCode } from "../verbindlichkeit/fehlerCodes";
import type { SicherheitFehlerCode } from "../sicherheit/fehlerCodes";

/** Expected outcome of a domain operation: a value, or a domain error with a stable code. */
export type Result<T, E = DomainError> = { ok: true; value: T } | { ok: false; error: E };

export interface DomainError {
  /** Stable, machine-readable code, e.g. `plan.nicht_entwurf`. Mapped to HTTP status and German text. */
  code: DomainErrorCode;
  /** Optional field the error refers to (for forms). */
  feld?: string;
  /** Every field the error refers to, when there are several (the first is `feld`). */
  felder?: readonly string[];
}

export type DomainErrorCode =
  | "plan.nicht_entwurf"
  | "plan.konflikt"
  | "plan.entwurf_existiert"
  | "plan.kein_abgestimmter_plan"
  | "plan.ziel_fehlt"
  | "plan.schritt_fehlt"
  | "plan.ueberpruefung_zu_spaet"
  | "plan.ueberpruefung_zu_frueh"
  | "plan.abstimmung_in_zukunft"
  | "plan.existiert"
  | "nicht_gefunden"
  | "nicht_erlaubt"
  | RechtsfolgenFehlerCode
  | FortschreibungFehlerCode
  | IntegritaetFehlerCode
  | SicherheitFehlerCode
  | BudgetFehlerCode;

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = (code: DomainErrorCode, feld?: string): Result<never> => ({
  ok: false,
  error: feld === undefined ? { code } : { code, feld },
});
