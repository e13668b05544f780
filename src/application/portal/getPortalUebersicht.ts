import { findeBewerbungsZiel, zaehleBewerbungen } from "../../domain/portal/bewerbungsZiel";
import { schlichtungImPortal, type SchlichtungImPortal } from "../../domain/portal/schlichtungsantrag";
import type { IsoDate } from "../../domain/shared/isoDate";
import type { PlanDokument } from "../ports";
import { buildPortalDokument } from "./buildPortalDokument";
import { loadPortalPlan, type PortalPlan } from "./loadPortalPlan";
import { portalOk } from "./portalFehler";
import type {
  Bewerbung,
  Empfang,
  NachweisInfo,
  PortalDeps,
  PortalResult,
  SchrittStatusEintrag,
  Sprache,
  Vorschlag,
} from "./ports";

export interface PortalUebersicht {
  plan: PortalPlan | null;
  /** When the counsellor last reset the account with a new code (the person is told; issue 10). */
  zurueckgesetztAm: string | null;
  /** The version shown (current, or the one asked for), as on the PDF. */
  dokument: PlanDokument | null;
  empfaenge: Empfang[];
  /** Latest report per step of the shown version. */
  schrittStatus: Record<string, SchrittStatusEintrag>;
  bewerbungen: Bewerbung[];
  bewerbungsStand: { erfasst: number; vereinbart: number; von: IsoDate; bis: IsoDate } | null;
  nachweise: NachweisInfo[];
  vorschlaege: Vorschlag[];
  /** Schlichtung (§ 15a a. F.): shown for an old-law plan; `beantragtAm` of an open request. */
  schlichtung: SchlichtungImPortal & { beantragtAm: string | null };
}

/** Everything on the recipient's start page; audited as a read of their own data. */
export async function getPortalUebersicht(
  deps: PortalDeps,
  heute: IsoDate,
  sprache: { lang: string; sprache: Sprache },
  nummer?: number,
): Promise<PortalResult<PortalUebersicht>> {
  const { personId } = deps.akteur;
  const plan = await loadPortalPlan(deps);
  const gezeigt = nummer === undefined ? plan?.aktuelle : plan?.versionen.find((v) => v.nummer === nummer);
  if (nummer !== undefined && !gezeigt) return { ok: false, error: { code: "portal.nicht_gefunden" } };
  const b = deps.repos.beteiligung;
  const [konto, empfaenge, status, bewerbungen, nachweise, vorschlaege] = await Promise.all([
    deps.repos.konten.findByPerson(personId),
    b.listEmpfaenge(personId),
    b.listSchrittStatus(personId),
    b.listBewerbungen(personId),
    b.listNachweise(personId),
    b.listVorschlaege(personId),
  ]);
  const schrittStatus: Record<string, SchrittStatusEintrag> = {};
  for (const s of status) schrittStatus[s.eintragId] ??= s;
  const ziel = plan?.aktuelle ? findeBewerbungsZiel(plan.aktuelle.inhalt) : null;
  await deps.repos.audit.record({
    aktion: "lesen",
    objekt: "portal_uebersicht",
    objektId: gezeigt?.id ?? null,
    personId,
    details: { nummer: gezeigt?.nummer ?? null },
  });
  return portalOk({
    plan,
    zurueckgesetztAm: konto?.zurueckgesetztAm ?? null,
    dokument: gezeigt ? await buildPortalDokument(deps, gezeigt, sprache.lang, sprache.sprache) : null,
    empfaenge,
    schrittStatus,
    bewerbungen,
    bewerbungsStand: ziel
      ? zaehleBewerbungen(
          ziel,
          bewerbungen.map((x) => x.datum),
          heute,
        )
      : null,
    nachweise,
    vorschlaege,
    schlichtung: {
      ...schlichtungImPortal(plan?.aktuelle?.abstimmung?.am ?? null, heute),
      beantragtAm:
        vorschlaege.find((v) => v.art === "schlichtung" && v.status === "offen")?.eingereichtAm ?? null,
    },
  });
}
