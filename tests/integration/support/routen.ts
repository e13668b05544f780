import type { FastifyInstance } from "fastify";

/**
 * Every route of the app as "METHOD /path/:param": the paths of its OpenAPI document and the routes of
 * fastify's route table (web pages, forms and hidden routes too), HEAD and OPTIONS left out. Tests that
 * must cover every route (the authorisation matrix) start from this list, so a new route fails them
 * until it is classified.
 */
export async function alleRouten(app: FastifyInstance): Promise<string[]> {
  const routen = new Set<string>();
  const spec = (await app.inject({ method: "GET", url: "/api/openapi.json" })).json() as {
    paths: Record<string, Record<string, unknown>>;
  };
  for (const [pfad, operationen] of Object.entries(spec.paths))
    for (const methode of Object.keys(operationen))
      routen.add(`${methode.toUpperCase()} ${pfad.replace(/\{([^}]+)\}/g, ":$1")}`);
  // `printRoutes` draws the radix tree: each line a path segment and its methods, indented 4 per level.
  const pfade: string[] = [];
  for (const zeile of app.printRoutes({ commonPrefix: false }).split("\n")) {
    const treffer = /^([│ ]*)(?:[└├]── )?(\S+) \(([A-Z, ]+)\)$/.exec(zeile.trimEnd());
    if (!treffer) continue;
    const [, einzug = "", teil = "", methoden = ""] = treffer;
    const ebene = Math.ceil(einzug.length / 4);
    const oben = ebene === 0 ? "" : (pfade[ebene - 1] ?? "");
    const pfad =
      oben === "" || oben.endsWith("/") || teil.startsWith("/") ? `${oben}${teil}` : `${oben}/${teil}`;
    pfade.length = ebene;
    pfade[ebene] = pfad;
    for (const methode of methoden.split(", "))
      if (methode !== "HEAD" && methode !== "OPTIONS") routen.add(`${methode} ${pfad.replace(/^\/\//, "/")}`);
  }
  return [...routen].sort();
}

/** The path parameters of a route ("GET /a/:x/b/:y" → ["x", "y"]). */
export function parameterVon(route: string): string[] {
  return [...route.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1] as string);
}
