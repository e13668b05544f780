/**
 * A redirect target that stays on this site: a path starting with one `/` (not `//` or `/\`, which
 * browsers read as another host), from a form field or from the `Referer` of this very host; else
 * `fallback`. Guards against open redirects (issue 10).
 */
export function lokalerPfad(wert: unknown, fallback: string, host?: string): string {
  if (typeof wert !== "string" || wert.length > 2000) return fallback;
  let pfad = wert;
  if (/^[a-z][a-z0-9+.-]*:/i.test(wert)) {
    let url: URL;
    try {
      url = new URL(wert);
    } catch {
      return fallback;
    }
    if (!host || url.host !== host || !["http:", "https:"].includes(url.protocol)) return fallback;
    pfad = `${url.pathname}${url.search}`;
  }
  return /^\/(?![/\\])[\w\-/?=&.%~]*$/.test(pfad) ? pfad : fallback;
}
