import { createElement } from "react";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { abstimmenUndUebergeben } from "../../../../application/kooperationsplan/abstimmenUndUebergeben";
import { exportPlanPdf } from "../../../../application/kooperationsplan/exportPlanPdf";
import { getEditorSeite } from "../../../../application/kooperationsplan/getEditorSeite";
import { getPlanSeite, type PlanSeite } from "../../../../application/kooperationsplan/getPlanSeite";
import { saveEntwurf } from "../../../../application/kooperationsplan/saveEntwurf";
import { startFortschreibung } from "../../../../application/kooperationsplan/startFortschreibung";
import { today } from "../../../../application/today";
import { applyEditorAktion, parseEditorAktion } from "../../../../domain/kooperationsplan/editorAktion";
import { applyFristAktion, parseFristAktion } from "../../../../domain/kooperationsplan/fristen";
import {
  EintragIdSchema,
  type ListSection,
  type PlanInhalt,
} from "../../../../domain/kooperationsplan/planInhalt";
import { UebergabeKanalSchema } from "../../../../domain/kooperationsplan/planVersion";
import { IsoDateSchema } from "../../../../domain/shared/isoDate";
import { fieldId } from "../../../../web/components/FormFields";
import { platzhalterFehler } from "../../../../web/components/OffenePlatzhalter";
import { bereichAnker } from "../../../../web/components/assistent/BereichSelect";
import { PlanEditorPage, type PlanEditorPageProps } from "../../../../web/pages/PlanEditorPage";
import { PlanVersionPage } from "../../../../web/pages/PlanVersionPage";
import { de } from "../../../../web/translations/de";
import type { AppDeps } from "../../appDeps";
import { domainFeldFehler, feldFehler, STATUS, type FeldFehler } from "../../problem";
import { runUseCase } from "../../runUseCase";
import { PlanParamsSchema, VersionParamsSchema } from "../api/schemas";
import { sendPdf } from "../sendPdf";
import { formWerte } from "./formData";
import { failPage, formContext, pageContext, sendFehler, sendHtml } from "./html";
import { looseAsInhalt, parsePlanInhalt, planInhaltFromForm } from "./planForm";
import { applyAssistentAktion, parseAssistentAktion, vorlagenSucheAus } from "./assistentAktion";
import { fitsOnePage } from "../../../pdf/fitsOnePage";
import { z } from "zod";

const AbstimmenFormSchema = z.object({
  am: IsoDateSchema,
  kanal: UebergabeKanalSchema,
  ueberpruefungAm: IsoDateSchema.optional(),
  rueckdatierungGrund: z.string().trim().max(500, { message: "max" }).optional(),
  lockVersion: z.coerce.number().int().min(1),
});

/** "Bereich bestätigen" of one entry (or "berufsziel"): the choice of area stays, the mark goes. */
function parseBereichBestaetigen(raw: string | undefined): string | null {
  const [typ, id, rest] = (raw ?? "").split(":");
  return typ === "bereich-bestaetigen" && rest === undefined && EintragIdSchema.safeParse(id).success
    ? (id as string)
    : null;
}

export function planWebRoutes(app: FastifyInstance, deps: AppDeps): void {
  const base = "/plaene/:planId/versionen/:nummer";

  async function loadSeite(request: FastifyRequest, reply: FastifyReply): Promise<PlanSeite | null> {
    const params = VersionParamsSchema.safeParse(request.params);
    if (!params.success) {
      sendFehler(reply, "nicht_gefunden");
      return null;
    }
    const seite = await runUseCase(deps, request, (d) =>
      getPlanSeite(d, params.data.planId, params.data.nummer),
    );
    return failPage(reply, seite) ? null : seite.value;
  }

  function editorProps(
    ctx: { actor: PlanEditorPageProps["actor"]; csrfToken: string },
    s: PlanSeite,
    extra: Partial<PlanEditorPageProps> = {},
  ): PlanEditorPageProps {
    return {
      ...ctx,
      personName: s.dokument.person.name,
      personId: s.akte.personId,
      version: s.version,
      inhalt: s.version.inhalt,
      lockVersion: s.version.lockVersion,
      heute: today(deps.clock),
      ...extra,
    };
  }

  app.get(`${base}/bearbeiten`, async (request, reply) => {
    const ctx = pageContext(request, reply);
    if (!ctx) return reply;
    const params = VersionParamsSchema.safeParse(request.params);
    if (!params.success) return sendFehler(reply, "nicht_gefunden");
    const seite = await runUseCase(deps, request, (d) =>
      getEditorSeite(d, params.data.planId, params.data.nummer),
    );
    if (failPage(reply, seite)) return reply;
    const s = seite.value;
    if (s.version.status !== "entwurf")
      return reply.redirect(`/plaene/${s.version.planId}/versionen/${s.version.nummer}`, 303);
    const q = request.query as Record<string, string | undefined>;
    const neu = parseEditorAktion(`hinzufuegen:${q.neu ?? ""}`);
    return sendHtml(
      reply,
      createElement(
        PlanEditorPage,
        editorProps(ctx, s, {
          gespeichert: q.gespeichert === "1",
          neu: neu?.typ === "hinzufuegen" ? neu.bereich : null,
          kontext: s.kontext,
          vorlagen: vorlagenSucheAus(q),
        }),
      ),
    );
  });

  // A form post writes one audit row: its change. The page is loaded (and its read audited) only when
  // the form is shown again after an error.
  app.post(`${base}/bearbeiten`, async (request, reply) => {
    const ctx = formContext(request, reply);
    if (!ctx) return reply;
    const params = VersionParamsSchema.safeParse(request.params);
    if (!params.success) return sendFehler(reply, "nicht_gefunden");
    const werte = formWerte(request.body);
    // "Vorschau" saves like "Entwurf speichern" and then shows the preview.
    const assistentAktion = parseAssistentAktion(werte.aktion);
    const fristAktion = parseFristAktion(werte.aktion);
    const bestaetigt = parseBereichBestaetigen(werte.aktion);
    const aktion =
      assistentAktion || fristAktion || bestaetigt
        ? { typ: "speichern" as const }
        : parseEditorAktion(werte.aktion === "vorschau" ? "speichern" : werte.aktion);
    const loose = planInhaltFromForm(request.body, deps.ids);
    const parsed = parsePlanInhalt(loose);
    const lockVersion = Number(werte.lockVersion);
    const rerender = async (status: number, extra: Partial<PlanEditorPageProps>) => {
      const s = await loadSeite(request, reply);
      if (!s) return reply;
      const props = editorProps(ctx, s, { inhalt: looseAsInhalt(loose), lockVersion, ...extra });
      return sendHtml(reply, createElement(PlanEditorPage, props), status);
    };
    if (!aktion) return sendFehler(reply, "validierung");
    if (!parsed.success) return rerender(400, { errors: feldFehler(parsed.error.issues) });
    let inhalt: PlanInhalt = applyEditorAktion(parsed.data, aktion);
    if (fristAktion) inhalt = applyFristAktion(inhalt, fristAktion, today(deps.clock));
    const assistiert =
      assistentAktion && (await applyAssistentAktion(deps, request, assistentAktion, inhalt));
    if (assistentAktion && !assistiert) return sendFehler(reply, "nicht_gefunden");
    if (assistiert) inhalt = assistiert.inhalt;
    const { planId, nummer } = params.data;
    const saved = await runUseCase(deps, request, (d) =>
      saveEntwurf(d, planId, nummer, inhalt, lockVersion, bestaetigt ? [bestaetigt] : []),
    );
    // The conflict shows the validated content (every optional field filled), not the raw form.
    if (!saved.ok && saved.error.code === "plan.konflikt")
      return rerender(409, { meldung: de.plan.konflikt, konflikt: true, inhalt });
    if (failPage(reply, saved)) return reply;
    const url = `/plaene/${planId}/versionen/${nummer}`;
    if (werte.aktion === "vorschau") return reply.redirect(url, 303);
    // The fragment names the text field to continue in; the browser focuses it, with or without script.
    const feld = (bereich: ListSection, index: number) => `#${fieldId(`${bereich}.${index}.text`)}`;
    if (assistentAktion?.typ === "vorlagen-suchen") {
      const suche = new URLSearchParams({
        vorlagen: werte.vorlagenSuche ?? "",
        abschnitt: werte.vorlagenAbschnitt ?? "",
      });
      return reply.redirect(`${url}/bearbeiten?gespeichert=1&${suche.toString()}#vorlagen-treffer`, 303);
    }
    if (assistiert?.fokus)
      return reply.redirect(
        `${url}/bearbeiten?gespeichert=1${feld(assistiert.fokus.bereich, assistiert.fokus.index)}`,
        303,
      );
    if (aktion.typ === "hinzufuegen")
      return reply.redirect(
        `${url}/bearbeiten?neu=${aktion.bereich}${feld(aktion.bereich, inhalt[aktion.bereich].length)}`,
        303,
      );
    if (aktion.typ === "hoch" || aktion.typ === "runter") {
      const index = inhalt[aktion.bereich].findIndex((e) => e.id === aktion.id);
      return reply.redirect(
        `${url}/bearbeiten?gespeichert=1${feld(aktion.bereich, Math.max(index, 0))}`,
        303,
      );
    }
    const anchor = fristAktion
      ? "#abschnitt-schritte"
      : bestaetigt
        ? `#${bereichAnker(bestaetigt)}`
        : aktion.typ === "speichern"
          ? ""
          : `#abschnitt-${aktion.bereich}`;
    return reply.redirect(`${url}/bearbeiten?gespeichert=1${anchor}`, 303);
  });

  app.get(base, async (request, reply) => {
    const ctx = pageContext(request, reply);
    if (!ctx) return reply;
    const s = await loadSeite(request, reply);
    if (!s) return reply;
    const aenderungen = s.version.nummer > 1 ? s.aenderungen : null;
    return sendHtml(
      reply,
      createElement(PlanVersionPage, {
        ...ctx,
        personId: s.akte.personId,
        version: s.version,
        dokument: s.dokument,
        aenderungen,
        istAktuell: s.istAktuell,
        heute: today(deps.clock),
        rueckdatierungTage: s.rueckdatierungTage,
        zuLang: s.version.status === "entwurf" && !fitsOnePage(s.dokument),
      }),
    );
  });

  app.post(`${base}/abstimmen`, async (request, reply) => {
    const ctx = formContext(request, reply);
    if (!ctx) return reply;
    const params = VersionParamsSchema.safeParse(request.params);
    if (!params.success) return sendFehler(reply, "nicht_gefunden");
    const werte = formWerte(request.body);
    const parsed = AbstimmenFormSchema.safeParse({
      ...werte,
      ueberpruefungAm: werte.ueberpruefungAm || undefined,
      rueckdatierungGrund: werte.rueckdatierungGrund || undefined,
    });
    const fail = async (
      status: number,
      fehler: (s: PlanSeite) => { errors: FeldFehler[]; meldung?: string | undefined },
    ) => {
      const s = await loadSeite(request, reply);
      if (!s) return reply;
      const page = createElement(PlanVersionPage, {
        ...ctx,
        personId: s.akte.personId,
        version: s.version,
        dokument: s.dokument,
        aenderungen: s.version.nummer > 1 ? s.aenderungen : null,
        istAktuell: s.istAktuell,
        heute: today(deps.clock),
        rueckdatierungTage: s.rueckdatierungTage,
        ...fehler(s),
        werte,
      });
      return sendHtml(reply, page, status);
    };
    if (!parsed.success) return fail(400, () => ({ errors: feldFehler(parsed.error.issues) }));
    const { lockVersion, ...input } = parsed.data;
    const { planId, nummer } = params.data;
    const result = await runUseCase(deps, request, (d) =>
      abstimmenUndUebergeben(d, planId, nummer, { ...input, expectedLockVersion: lockVersion }),
    );
    if (!result.ok && result.error.code !== "nicht_erlaubt" && result.error.code !== "nicht_gefunden") {
      const error = result.error;
      return fail(STATUS[error.code], (s) => {
        const errors =
          error.code === "plan.platzhalter_offen"
            ? platzhalterFehler(s.version.inhalt)
            : domainFeldFehler(error);
        return { errors, meldung: errors.length > 0 ? undefined : de.fehler.codes[error.code] };
      });
    }
    if (failPage(reply, result)) return reply;
    return reply.redirect(`/plaene/${planId}/versionen/${nummer}`, 303);
  });

  app.get(`${base}/pdf`, async (request, reply) => {
    const ctx = pageContext(request, reply);
    if (!ctx) return reply;
    const params = VersionParamsSchema.safeParse(request.params);
    if (!params.success) return sendFehler(reply, "nicht_gefunden");
    const result = await runUseCase(deps, request, (d) =>
      exportPlanPdf(d, deps.pdf, params.data.planId, params.data.nummer),
    );
    if (failPage(reply, result)) return reply;
    return sendPdf(reply, result);
  });

  app.post("/plaene/:planId/fortschreiben", async (request, reply) => {
    const ctx = formContext(request, reply);
    if (!ctx) return reply;
    const params = PlanParamsSchema.safeParse(request.params);
    if (!params.success) return sendFehler(reply, "nicht_gefunden");
    const result = await runUseCase(deps, request, (d) => startFortschreibung(d, params.data.planId));
    if (failPage(reply, result)) return reply;
    return reply.redirect(`/plaene/${params.data.planId}/versionen/${result.value.nummer}/bearbeiten`, 303);
  });
}
