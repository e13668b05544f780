import { type Result } from "../shared/result";
import { REGEL_PARAMETER, type ParameterInfo } from "./regelParameter";
import { RegelConfigSchema, type RegelBereich, type RegelConfig } from "./regelConfig";

/** A correction of S/U rules, e.g. `{ grundsicherungsgeld2026: { pflichtverletzungProzent: 25 } }`. */
export type RegelOverrides = { [B in RegelBereich]?: Partial<RegelConfig[B]> };

export interface RegelOverrideFehler {
  /** Path of the parameter, e.g. `grundsicherungsgeld2026.pflichtverletzungProzent`. */
  feld: string;
  code: "unbekannt" | "verifiziert" | "ungueltig";
  meldung: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function checkBereich(bereich: string, werte: unknown): RegelOverrideFehler[] {
  const katalog = (REGEL_PARAMETER as Record<string, Record<string, ParameterInfo>>)[bereich];
  if (!katalog) return [{ feld: bereich, code: "unbekannt", meldung: "Unbekannter Regelbereich." }];
  if (!isObject(werte)) return [{ feld: bereich, code: "ungueltig", meldung: "Erwartet ein Objekt." }];
  return Object.keys(werte).flatMap((name): RegelOverrideFehler[] => {
    const info = katalog[name];
    const feld = `${bereich}.${name}`;
    if (!info) return [{ feld, code: "unbekannt", meldung: "Unbekannter Parameter." }];
    if (info.tag === "V")
      return [
        { feld, code: "verifiziert", meldung: `Am Gesetzestext geprüft (${info.norm}), nicht änderbar.` },
      ];
    return [];
  });
}

/**
 * Applies a correction of rules tagged S or U to `defaults` and validates the result.
 * Refuses unknown parameters and parameters tagged V; returns every field error at once.
 * Persisting and auditing overrides is the caller's job.
 */
export function applyRegelOverrides(
  defaults: RegelConfig,
  overrides: unknown,
): Result<RegelConfig, RegelOverrideFehler[]> {
  if (!isObject(overrides))
    return { ok: false, error: [{ feld: "", code: "ungueltig", meldung: "Erwartet ein Objekt." }] };
  const fehler = Object.entries(overrides).flatMap(([bereich, werte]) => checkBereich(bereich, werte));
  if (fehler.length > 0) return { ok: false, error: fehler };
  const merged = Object.fromEntries(
    Object.entries(defaults).map(([bereich, werte]) => [
      bereich,
      { ...werte, ...(overrides[bereich] as object) },
    ]),
  );
  const parsed = RegelConfigSchema.safeParse(merged);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    error: parsed.error.issues.map((i) => ({
      feld: i.path.join("."),
      code: "ungueltig",
      meldung: i.message,
    })),
  };
}
