/** Route parameters that point at a person's data, most specific person link first. */
const ZIEL_PARAMETER = ["personId", "planId", "briefId", "ereignisId", "schlichtungId", "entscheidungId"];

/**
 * The object a request aimed at (the first person-related route parameter), so that a refused access
 * can be tied to the person whose data it targeted (ADR 0011).
 */
export function zielDerAnfrage(params: unknown): { param: string; id: string } | null {
  if (!params || typeof params !== "object") return null;
  const p = params as Record<string, unknown>;
  for (const param of ZIEL_PARAMETER) {
    const id = p[param];
    if (typeof id === "string" && id.length > 0 && id.length <= 100) return { param, id };
  }
  return null;
}
