import type { PlanVersion } from "../kooperationsplan/planVersion";

/** The exact version (and, for a step, its text) that a report, receipt or upload refers to. */
export interface VersionBezug {
  planVersionId: string;
  nummer: number;
  /** Text of the step in that version; null when the reference is to the whole version. */
  schrittText: string | null;
}

/**
 * Resolves a reference by version id, never by entry id alone: a step that was rewritten in a later
 * version keeps the wording the person saw when they reported on it. Null when the version is unknown.
 */
export function bezugAufVersion(
  versionen: readonly Pick<PlanVersion, "id" | "nummer" | "inhalt">[],
  planVersionId: string | null,
  eintragId?: string,
): VersionBezug | null {
  const version = versionen.find((v) => v.id === planVersionId);
  if (!version) return null;
  const schritt = eintragId === undefined ? null : version.inhalt.schritte.find((s) => s.id === eintragId);
  return { planVersionId: version.id, nummer: version.nummer, schrittText: schritt?.text ?? null };
}
