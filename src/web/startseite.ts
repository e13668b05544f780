import type { Rolle } from "../application/ports";

/** Where a member of staff starts: the caseload, or the audit for the data-protection officer. */
export function startseite(rolle: Rolle): string {
  return rolle === "datenschutz" ? "/zugriffsprotokoll" : "/faelle";
}
