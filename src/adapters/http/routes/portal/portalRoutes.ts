import { createHash } from "node:crypto";
import { createElement } from "react";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { fileTypeFromBuffer } from "file-type";
import type { PortalSitzung } from "../../../../application/portal/auth/ports";
import {
  bestaetigeEmpfang,
  erfasseBewerbung,
  ladeNachweisHoch,
  meldeSchritt,
  schlageVor,
} from "../../../../application/portal/beteiligen";
import { beantrageSchlichtung } from "../../../../application/portal/beantrageSchlichtung";
import { exportKalender, exportPortalPdf } from "../../../../application/portal/exportieren";
import { getPortalUebersicht } from "../../../../application/portal/getPortalUebersicht";
import type { PortalDeps, PortalResult } from "../../../../application/portal/ports";
import type { z } from "zod";
import { today } from "../../../../application/today";
import {
  BewerbungInputSchema,
  SchrittMeldungSchema,
  VorschlagInputSchema,
} from "../../../../domain/portal/beteiligung";
import { NACHWEIS_TYPEN } from "../../../../domain/portal/nachweis";
import { befundDerDatei } from "./dateiinhalt";
import { LANG_TAG } from "../../../../domain/portal/portalSprache";
import { SchlichtungsantragSchema } from "../../../../domain/portal/schlichtungsantrag";
import { portalFeldFehler, type PortalFehlerAnzeige } from "../../../../web/portal/components/PortalFelder";
import { PortalStartPage } from "../../../../web/portal/pages/PortalStartPage";
import { textFor } from "../../../../web/portal/translations";
import type { AppDeps } from "../../appDeps";
import { PDF_LANG } from "../../../pdf";
import { pdfFileName } from "../sendPdf";
import { formWerte } from "../web/formData";
import {
  pfadOf,
  portalFormular,
  portalSeite,
  runPortal,
  sendPortalFehler,
  sendPortalHtml,
  spracheFor,
} from "./portalKontext";
import { STATUS_PORTAL } from "../../problem";
import { readUpload } from "./readUpload";
import { abonniereKalender, beendeKalenderAbo } from "../../../../application/kalender/kalenderAbo";
import type { KalenderAboDeps } from "../../../../application/kalender/ports";
import type { EmpfaengerTransaktion } from "../../../../application/transaktionen";
import { formatZeit } from "../../../../web/portal/components/formatZeit";
import { aboLink } from "../kalenderRoutes";
import {
  leseEinwilligung,
  setzeEinwilligung,
  type EinwilligungDeps,
} from "../../../../application/erinnerung/einwilligung";
import { EinwilligungSchema } from "../../../../domain/erinnerung/einwilligung";
import { PortalErinnerungPage } from "../../../../web/portal/pages/PortalFormPages";

export function portalRoutes(app: FastifyInstance, deps: AppDeps): void {
  /** The person's own calendar subscription, in their recipient context. */
  const personenAboDeps = (tx: EmpfaengerTransaktion, s: PortalSitzung): KalenderAboDeps => ({
    abos: tx.kalenderAbos(),
    audit: tx.repos.audit,
    clock: deps.clock,
    tokens: deps.tokens,
    personId: s.akteur.personId,
  });

  /** Renders the start page (or an earlier version), optionally with form errors. */
  async function startseite(
    request: FastifyRequest,
    reply: FastifyReply,
    s: PortalSitzung,
    opt: {
      nummer?: number;
      fehler?: PortalFehlerAnzeige[];
      status?: number;
      kalender?: { neuerLink?: string; beendet?: boolean };
    } = {},
  ) {
    const sprache = spracheFor(request, reply);
    const heute = today(deps.clock);
    const result = await runPortal(deps, request, s, (d) =>
      getPortalUebersicht(d, heute, { lang: LANG_TAG[sprache], sprache }, opt.nummer),
    );
    if (!result.ok) return sendPortalFehler(request, reply, result.error.code);
    const abo = await deps.transaktionen.alsEmpfaenger(s.akteur, (tx) =>
      personenAboDeps(tx, s).abos.aktives(),
    );
    const page = createElement(PortalStartPage, {
      t: textFor(sprache),
      sprache,
      pfad: pfadOf(request),
      csrfToken: s.csrfToken,
      daten: result.value,
      heute,
      fehler: opt.fehler,
      gespeichert: (request.query as Record<string, unknown>).gespeichert === "1",
      totpAktiv: s.totpAktiv,
      kalender: { aktivSeit: abo ? formatZeit(abo.erstelltAm) : null, ...opt.kalender },
    });
    return sendPortalHtml(reply, page, opt.status ?? 200);
  }

  /** After a form: redirect on success (POST/redirect/GET), else the page with the message. */
  async function nachFormular<T>(
    request: FastifyRequest,
    reply: FastifyReply,
    s: PortalSitzung,
    result: PortalResult<T>,
    anker: string,
  ) {
    if (result.ok) return reply.redirect(`/portal?gespeichert=1#${anker}`, 303);
    const t = textFor(spracheFor(request, reply));
    const fehler = [{ feld: result.error.feld ?? anker, meldung: t.fehler.codes[result.error.code] }];
    return startseite(request, reply, s, { fehler, status: STATUS_PORTAL[result.error.code] });
  }

  app.get("/portal", async (request, reply) => {
    const s = portalSeite(request, reply);
    return s ? startseite(request, reply, s) : reply;
  });

  app.get("/portal/versionen/:nummer", async (request, reply) => {
    const s = portalSeite(request, reply);
    if (!s) return reply;
    const nummer = Number((request.params as { nummer: string }).nummer);
    if (!Number.isInteger(nummer) || nummer < 1 || nummer > 10_000)
      return sendPortalFehler(request, reply, "portal.nicht_gefunden");
    return startseite(request, reply, s, { nummer });
  });

  app.post("/portal/empfang", async (request, reply) => {
    const s = portalFormular(request, reply);
    if (!s) return reply;
    const nummer = Number(formWerte(request.body).nummer);
    if (!Number.isInteger(nummer)) return sendPortalFehler(request, reply, "portal.validierung");
    return nachFormular(
      request,
      reply,
      s,
      await runPortal(deps, request, s, (d) => bestaetigeEmpfang(d, nummer)),
      "empfang",
    );
  });

  /** A portal form: parse with its schema, run the use case, then redirect or show the errors. */
  function formRoute<S extends z.ZodType>(
    pfad: string,
    schema: S,
    anker: string,
    run: (d: PortalDeps, input: z.output<S>) => Promise<PortalResult<unknown>>,
  ): void {
    app.post(pfad, async (request, reply) => {
      const s = portalFormular(request, reply);
      if (!s) return reply;
      const parsed = schema.safeParse(formWerte(request.body));
      if (!parsed.success) {
        const fehler = portalFeldFehler(textFor(spracheFor(request, reply)), parsed.error.issues);
        return startseite(request, reply, s, { fehler, status: 400 });
      }
      return nachFormular(
        request,
        reply,
        s,
        await runPortal(deps, request, s, (d) => run(d, parsed.data)),
        anker,
      );
    });
  }

  formRoute("/portal/schritte", SchrittMeldungSchema, "p-schritte", meldeSchritt);
  formRoute("/portal/bewerbungen", BewerbungInputSchema, "bewerbungen", erfasseBewerbung);
  formRoute("/portal/vorschlaege", VorschlagInputSchema, "vorschlaege", schlageVor);

  app.post("/portal/schlichtung", async (request, reply) => {
    const s = portalFormular(request, reply);
    if (!s) return reply;
    const parsed = SchlichtungsantragSchema.safeParse(formWerte(request.body));
    if (!parsed.success) {
      const fehler = portalFeldFehler(textFor(spracheFor(request, reply)), parsed.error.issues);
      return startseite(request, reply, s, { fehler, status: 400 });
    }
    const heute = today(deps.clock);
    return nachFormular(
      request,
      reply,
      s,
      await runPortal(deps, request, s, (d) => beantrageSchlichtung(d, parsed.data, heute)),
      "schlichtung",
    );
  });

  app.post("/portal/nachweise", async (request, reply) => {
    if (!portalSeite(request, reply)) return reply;
    const upload = await readUpload(request);
    const s = portalFormular(request, reply, upload.csrf);
    if (!s) return reply;
    if (!upload.ok)
      return nachFormular(
        request,
        reply,
        s,
        { ok: false, error: { code: upload.code, feld: "datei" } },
        "datei",
      );
    const erkannt = upload.inhalt.byteLength > 0 ? await fileTypeFromBuffer(upload.inhalt) : undefined;
    const typ = NACHWEIS_TYPEN.find((t) => t === erkannt?.mime) ?? null;
    const result = await runPortal(deps, request, s, (d) =>
      ladeNachweisHoch(d, {
        dateiname: upload.dateiname,
        beschreibung: upload.beschreibung,
        inhalt: upload.inhalt,
        erkannterTyp: erkannt?.mime ?? null,
        befund: befundDerDatei(upload.inhalt, typ),
        sha256: createHash("sha256").update(upload.inhalt).digest("hex"),
      }),
    );
    return nachFormular(request, reply, s, result, "nachweise");
  });

  app.get("/portal/plan/:datei", async (request, reply) => {
    const s = portalSeite(request, reply);
    if (!s) return reply;
    const nummer = Number(/^(\d{1,5})\.pdf$/.exec((request.params as { datei: string }).datei)?.[1]);
    if (!Number.isInteger(nummer)) return sendPortalFehler(request, reply, "portal.nicht_gefunden");
    const sprache = spracheFor(request, reply);
    const result = await runPortal(deps, request, s, (d) =>
      exportPortalPdf(d, deps.pdf, nummer, { lang: PDF_LANG[sprache], sprache }),
    );
    if (!result.ok) return sendPortalFehler(request, reply, result.error.code);
    return reply
      .type("application/pdf")
      .header("content-disposition", `attachment; filename="${pdfFileName(result.value.dokument)}"`)
      .send(Buffer.from(result.value.bytes));
  });

  /** "Kalender abonnieren": a new secret link (the old one is revoked), shown once on the page. */
  app.post("/portal/kalender", async (request, reply) => {
    const s = portalFormular(request, reply);
    if (!s) return reply;
    const token = await deps.transaktionen.alsEmpfaenger(s.akteur, (tx) =>
      abonniereKalender(personenAboDeps(tx, s)),
    );
    return startseite(request, reply, s, { kalender: { neuerLink: aboLink(request, token) } });
  });

  /** "Abo beenden": the link answers 404 from now on. */
  app.post("/portal/kalender/beenden", async (request, reply) => {
    const s = portalFormular(request, reply);
    if (!s) return reply;
    const beendet = await deps.transaktionen.alsEmpfaenger(s.akteur, (tx) =>
      beendeKalenderAbo(personenAboDeps(tx, s)),
    );
    return startseite(request, reply, s, { kalender: { beendet } });
  });

  const einwilligungDeps = (tx: EmpfaengerTransaktion, s: PortalSitzung): EinwilligungDeps => ({
    repo: tx.einwilligung(),
    audit: tx.repos.audit,
    personId: s.akteur.personId,
  });

  /** Reminders by e-mail: the person's own choice (ADR 0024); reading one's own setting is not audited. */
  app.get("/portal/erinnerungen", async (request, reply) => {
    const s = portalSeite(request, reply);
    if (!s) return reply;
    const stand = await deps.transaktionen.alsEmpfaenger(s.akteur, (tx) =>
      leseEinwilligung(einwilligungDeps(tx, s)),
    );
    const sprache = spracheFor(request, reply);
    return sendPortalHtml(
      reply,
      createElement(PortalErinnerungPage, { sprache, pfad: pfadOf(request), csrfToken: s.csrfToken, stand }),
    );
  });

  app.post("/portal/erinnerungen", async (request, reply) => {
    const s = portalFormular(request, reply);
    if (!s) return reply;
    const sprache = spracheFor(request, reply);
    const werte = formWerte(request.body);
    const parsed = EinwilligungSchema.safeParse(werte);
    if (!parsed.success) {
      const stand = await deps.transaktionen.alsEmpfaenger(s.akteur, (tx) =>
        leseEinwilligung(einwilligungDeps(tx, s)),
      );
      const meldung = textFor(sprache).erinnerung.emailFehler;
      return sendPortalHtml(
        reply,
        createElement(PortalErinnerungPage, {
          sprache,
          pfad: "/portal/erinnerungen",
          csrfToken: s.csrfToken,
          stand,
          fehler: [{ feld: "email", meldung }],
          werte: {
            email: typeof werte.email === "string" ? werte.email : "",
            erinnerungen: werte.erinnerungen === "ja" ? "ja" : "",
          },
        }),
        400,
      );
    }
    await deps.transaktionen.alsEmpfaenger(s.akteur, (tx) =>
      setzeEinwilligung(einwilligungDeps(tx, s), parsed.data),
    );
    return reply.redirect("/portal?gespeichert=1", 303);
  });

  app.get("/portal/termin.ics", async (request, reply) => {
    const s = portalSeite(request, reply);
    if (!s) return reply;
    const t = textFor(spracheFor(request, reply)).kalender;
    const result = await runPortal(deps, request, s, (d) =>
      exportKalender(d, { termin: t.termin, frist: t.frist, kalenderName: t.name }),
    );
    if (!result.ok) return sendPortalFehler(request, reply, result.error.code);
    return reply
      .type("text/calendar; charset=utf-8")
      .header("cache-control", "private, no-store")
      .header("content-disposition", 'attachment; filename="termin.ics"')
      .send(result.value);
  });
}
