/** Route parameters that point at a person's data, most specific person link first. */
const ZIEL_PARAMETER = ["personId", "planId", "briefId", "ereignisId", "schlichtungId", "entscheidungId"];

/**
 * The object a request aimed at (the first person-related route parameter; else a `personId` in the
 * body, as routes without a person in their path name it there), so that a refused access can be tied
 * to the person whose data it targeted (ADR 0011).
 */
export function zielDerAnfrage(params: unknown, body?: unknown): { param: string; id: string } | null {
  return ersterZiel(params, ZIEL_PARAMETER) ?? ersterZiel(body, ["personId"]);
}

function ersterZiel(werte: unknown, namen: readonly string[]): { param: string; id: string } | null {
  if (!werte || typeof werte !== "object") return null;
  const p = werte as Record<string, unknown>;
  for (const param of namen) {
    const id = p[param];
    if (typeof id === "string" && id.length > 0 && id.length <= 100) return { param, id };
  }
  return null;
}
