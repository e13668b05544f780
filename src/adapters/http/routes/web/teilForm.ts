import type { DomainError } from "../../../../domain/shared/result";
import { de } from "../../../../web/translations/de";
import type { FeldFehler } from "../../problem";
import { formWerte } from "./formData";

/** Values of one of several forms on a page, whose fields are named `prefix.feld`; blanks left out. */
export function teilForm(body: unknown, prefix: string): Record<string, string> {
  const start = `${prefix}.`;
  return Object.fromEntries(
    Object.entries(formWerte(body))
      .filter(([k, v]) => k.startsWith(start) && v.trim() !== "")
      .map(([k, v]) => [k.slice(start.length), v]),
  );
}

/** Field errors of that form, renamed to the page's field names. */
export function mitPrefix(errors: readonly FeldFehler[], prefix: string): FeldFehler[] {
  return errors.map((e) => ({ ...e, feld: `${prefix}.${e.feld}` }));
}

/** A refused use case as page errors: the German message, attached to its field when it names one. */
export function domainFehler(
  error: DomainError,
  prefix?: string,
): { errors: FeldFehler[]; meldung?: string } {
  const meldung = de.fehler.codes[error.code];
  return error.feld
    ? { errors: [{ feld: prefix ? `${prefix}.${error.feld}` : error.feld, code: "ungueltig", meldung }] }
    : { errors: [], meldung };
}

export const istJa = (v: string | undefined): boolean => v === "ja";

/** Keys prefixed again, to re-render the submitted values. */
export const zurueck = (werte: Record<string, string>, prefix: string): Record<string, string> =>
  Object.fromEntries(Object.entries(werte).map(([k, v]) => [`${prefix}.${k}`, v]));
