import { createElement } from "react";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { listRegeln } from "../../../../application/rechtsfolgen/listRegeln";
import {
  RegelOverrideInputSchema,
  setRegelOverride,
} from "../../../../application/rechtsfolgen/setRegelOverride";
import { de } from "../../../../web/translations/de";
import { RegelnPage, type RegelnPageProps } from "../../../../web/pages/RegelnPage";
import type { AppDeps } from "../../appDeps";
import { feldFehler, type FeldFehler } from "../../problem";
import { runUseCase } from "../../runUseCase";
import { formWerte } from "./formData";
import { failPage, formContext, pageContext, sendHtml } from "./html";

/** `25` → 25, `true` → true, `[10, 20, 30]` → array, blank → null (reset); otherwise undefined. */
function parseWert(text: string | undefined): unknown {
  if (text === undefined || text.trim() === "") return null;
  try {
    return JSON.parse(text.trim()) as unknown;
  } catch {
    return undefined;
  }
}

/** Team-lead page for corrections of S/U rules; every change validated and audited. */
export function regelWebRoutes(app: FastifyInstance, deps: AppDeps): void {
  async function seite(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: Partial<RegelnPageProps> = {},
    status = 200,
  ) {
    const ctx = pageContext(request, reply);
    if (!ctx) return reply;
    const result = await runUseCase(deps, request, (d) => listRegeln(d));
    if (failPage(reply, result)) return reply;
    return sendHtml(reply, createElement(RegelnPage, { ...ctx, regeln: result.value, ...extra }), status);
  }

  app.get("/regeln", (request, reply) =>
    seite(request, reply, { gespeichert: (request.query as Record<string, string>).gespeichert === "1" }),
  );

  app.post("/regeln", async (request, reply) => {
    const ctx = formContext(request, reply);
    if (!ctx) return reply;
    const werte = formWerte(request.body);
    const key = werte.key ?? "";
    const [bereich = "", parameter = ""] = key.split(".");
    const wert = parseWert(werte[`${key}.wert`]);
    const grund = werte[`${key}.grund`] ?? "";
    const zurueck = { key, wert: werte[`${key}.wert`] ?? "", grund };
    const fehler = (errors: FeldFehler[]) =>
      seite(
        request,
        reply,
        { errors: errors.map((e) => ({ ...e, feld: `${key}.${e.feld}` })), werte: zurueck },
        422,
      );
    if (wert === undefined)
      return fehler([{ feld: "wert", code: "ungueltig", meldung: de.rechtsfolgen.regeln.wertUngueltig }]);
    const parsed = RegelOverrideInputSchema.safeParse({ bereich, parameter, wert, grund });
    if (!parsed.success)
      return fehler(feldFehler(parsed.error.issues).filter((e) => e.feld === "grund" || e.feld === "wert"));
    const result = await runUseCase(deps, request, (d) => setRegelOverride(d, parsed.data));
    if (!result.ok && result.error.code === "rechtsfolgen.regel_ungueltig") {
      const liste = "fehler" in result.error && Array.isArray(result.error.fehler) ? result.error.fehler : [];
      return fehler(
        liste.map((f: { meldung: string }) => ({
          feld: "wert",
          code: "ungueltig" as const,
          meldung: `${de.fehler.codes["rechtsfolgen.regel_ungueltig"]} ${f.meldung}`,
        })),
      );
    }
    if (failPage(reply, result)) return reply;
    return reply.redirect("/regeln?gespeichert=1", 303);
  });
}
