import { createElement } from "react";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { exportFallKalender } from "../../../application/kalender/fallKalender";
import { abonniereKalender, beendeKalenderAbo } from "../../../application/kalender/kalenderAbo";
import type { GefundenesAbo, KalenderAboDeps } from "../../../application/kalender/ports";
import type { Actor } from "../../../application/ports";
import type { FachkraftTransaktion } from "../../../application/transaktionen";
import { exportKalender } from "../../../application/portal/exportieren";
import { toSprache } from "../../../domain/portal/portalSprache";
import { KalenderAboPage } from "../../../web/pages/KalenderAboPage";
import { formatZeit } from "../../../web/portal/components/formatZeit";
import { textFor } from "../../../web/portal/translations";
import { de } from "../../../web/translations/de";
import type { AppDeps } from "../appDeps";
import { problem, sendProblem } from "../problem";
import { formContext, pageContext, sendFehler, sendHtml } from "./web/html";

/** A subscription token as the token generator makes it (256 bits, base64url) and the file suffix. */
const DATEI = /^([A-Za-z0-9_-]{43})\.ics$/;
/** Hashed when the file name is malformed, so that every refusal costs one lookup (same timing). */
const KEIN_TOKEN = "0".repeat(43);

export const aboLink = (request: FastifyRequest, token: string) =>
  `${request.protocol}://${request.host}/kalender/${token}.ics`;

function sendKalender(reply: FastifyReply, ics: string): FastifyReply {
  return reply
    .type("text/calendar; charset=utf-8")
    .header("cache-control", "private, no-store")
    .header("content-disposition", 'inline; filename="kooperationsplan.ics"')
    .send(ics);
}

/** The person's feed, read in their own recipient context (row-level security) like the portal. */
async function personenFeed(deps: AppDeps, abo: GefundenesAbo): Promise<string | null> {
  const akteur = { jobcenterId: abo.jobcenterId, kontoId: abo.kontoId ?? "", personId: abo.personId ?? "" };
  const r = await deps.transaktionen.alsEmpfaenger(akteur, async ({ repos }) => {
    // In the person's preferred language, as the portal greets them.
    const sprache = toSprache((await repos.personen.get(akteur.personId))?.sprache) ?? "de";
    const t = textFor(sprache).kalender;
    return exportKalender(
      { repos, akteur, clock: deps.clock, ids: deps.ids },
      { termin: t.termin, frist: t.frist, kalenderName: t.name },
      abo.id,
    );
  });
  return r.ok ? r.value : null;
}

/** The counsellor's feed, read in their own staff context (their caseload only). */
async function fachkraftFeed(deps: AppDeps, abo: GefundenesAbo): Promise<string> {
  const actor: Actor = {
    userId: abo.mitarbeiterId ?? "",
    jobcenterId: abo.jobcenterId,
    rolle: "integrationsfachkraft",
    name: "",
  };
  const t = de.kalender;
  return deps.transaktionen.alsFachkraft(actor, ({ repos }) =>
    exportFallKalender({ repos, actor, clock: deps.clock, ids: deps.ids }, abo.id, {
      termin: t.termin,
      frist: () => t.frist,
      kalenderName: t.name,
    }),
  );
}

/** Subscription use-case deps in a counsellor's own context. */
function fachkraftAboDeps(deps: AppDeps, tx: FachkraftTransaktion): KalenderAboDeps {
  return {
    abos: tx.kalenderAbos(),
    audit: tx.repos.audit,
    clock: deps.clock,
    tokens: deps.tokens,
    personId: null,
  };
}

export function kalenderRoutes(app: FastifyInstance, deps: AppDeps): void {
  /** The subscribed feed: no session; an unknown, revoked or malformed token is one and the same 404. */
  app.get(
    "/kalender/:datei",
    { schema: { hide: true }, config: { rateLimit: { max: 60, timeWindow: 60_000 } } },
    async (request, reply) => {
      const datei = String((request.params as { datei?: unknown }).datei ?? "");
      const token = DATEI.exec(datei)?.[1];
      const abo = await deps.transaktionen.findKalenderAbo(deps.tokens.hash(token ?? KEIN_TOKEN));
      const ics =
        token && abo
          ? abo.art === "person"
            ? await personenFeed(deps, abo)
            : await fachkraftFeed(deps, abo)
          : null;
      if (ics === null) return sendProblem(reply, problem("nicht_gefunden"));
      return sendKalender(reply, ics);
    },
  );

  async function seite(
    request: FastifyRequest,
    reply: FastifyReply,
    actor: Actor,
    csrfToken: string,
    extra: { neuerLink?: string; beendet?: boolean } = {},
  ) {
    const aktiv = await deps.transaktionen.alsFachkraft(actor, (tx) =>
      fachkraftAboDeps(deps, tx).abos.aktives(),
    );
    return sendHtml(
      reply,
      createElement(KalenderAboPage, {
        actor,
        csrfToken,
        aktivSeit: aktiv ? formatZeit(aktiv.erstelltAm) : null,
        ...extra,
      }),
    );
  }

  app.get("/mein-kalender", { schema: { hide: true } }, async (request, reply) => {
    const ctx = pageContext(request, reply);
    if (!ctx) return reply;
    if (ctx.actor.rolle !== "integrationsfachkraft") return sendFehler(reply, "nicht_erlaubt");
    return seite(request, reply, ctx.actor, ctx.csrfToken);
  });

  app.post("/mein-kalender/abo", { schema: { hide: true } }, async (request, reply) => {
    const ctx = formContext(request, reply);
    if (!ctx) return reply;
    if (ctx.actor.rolle !== "integrationsfachkraft") return sendFehler(reply, "nicht_erlaubt");
    const token = await deps.transaktionen.alsFachkraft(ctx.actor, (tx) =>
      abonniereKalender(fachkraftAboDeps(deps, tx)),
    );
    return seite(request, reply, ctx.actor, ctx.csrfToken, { neuerLink: aboLink(request, token) });
  });

  app.post("/mein-kalender/abo/beenden", { schema: { hide: true } }, async (request, reply) => {
    const ctx = formContext(request, reply);
    if (!ctx) return reply;
    if (ctx.actor.rolle !== "integrationsfachkraft") return sendFehler(reply, "nicht_erlaubt");
    const beendet = await deps.transaktionen.alsFachkraft(ctx.actor, (tx) =>
      beendeKalenderAbo(fachkraftAboDeps(deps, tx)),
    );
    return seite(request, reply, ctx.actor, ctx.csrfToken, { beendet });
  });
}
