import { z } from "zod";

/** Form bodies arrive flat (`schritte.0.text`); this turns them into nested objects and arrays. */
export function nestForm(body: unknown): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  if (!body || typeof body !== "object") return root;
  for (const [key, raw] of Object.entries(body as Record<string, unknown>)) {
    if (key.length > 100 || key === "_csrf") continue;
    const value = Array.isArray(raw) ? raw[0] : raw;
    const parts = key.split(".");
    if (
      parts.some((p) => p === "__proto__" || p === "constructor" || p === "prototype" || /^\d{3,}$/.test(p))
    )
      continue;
    let node: Record<string, unknown> = root;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) node[part] = value;
      else node = (node[part] ??= /^\d+$/.test(parts[i + 1] ?? "") ? [] : {}) as Record<string, unknown>;
    });
  }
  return root;
}

/** Flat string values of a simple form (for re-rendering after an error). */
export function formWerte(body: unknown): Record<string, string> {
  const schema = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
  const parsed = schema.safeParse(body);
  if (!parsed.success) return {};
  return Object.fromEntries(
    Object.entries(parsed.data)
      .filter(([k]) => k !== "_csrf")
      .map(([k, v]) => [k, Array.isArray(v) ? (v[0] ?? "") : v]),
  );
}

/** Empty strings become undefined, so zod defaults apply to fields left blank. */
export function blankToUndefined(values: Record<string, string>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.trim() === "" ? undefined : v]));
}
