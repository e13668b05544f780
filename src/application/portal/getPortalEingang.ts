import { bezugAufVersion, type VersionBezug } from "../../domain/portal/bezugAufVersion";
import { freitexteVon, type Freitext } from "../../domain/portal/freitexte";
import { err, ok, type Result } from "../../domain/shared/result";
import { requireRecht } from "../guard";
import type {
  Bewerbung,
  Empfang,
  NachweisInfo,
  PortalKontoInfo,
  PortalStaffDeps,
  SchrittStatusEintrag,
  Sprache,
  Vorschlag,
} from "./ports";

export interface PortalEingang {
  personId: string;
  personName: string;
  konto: PortalKontoInfo | null;
  /** Each with the exact version (and, for a step, its wording then) it refers to; null if unknown. */
  empfaenge: (Empfang & { bezug: VersionBezug | null })[];
  schrittStatus: (SchrittStatusEintrag & { bezug: VersionBezug | null })[];
  bewerbungen: Bewerbung[];
  nachweise: (NachweisInfo & { bezug: VersionBezug | null })[];
  vorschlaege: Vorschlag[];
  planId: string | null;
  /** Free texts of the current version that can be translated into the person's language. */
  freitexte: {
    planVersionId: string;
    nummer: number;
    sprache: Exclude<Sprache, "de">;
    eintraege: (Freitext & { uebersetzung: string | null })[];
  } | null;
}

/** What came back from the recipient's portal, for the counsellor's queue. Audited as a read. */
export async function getPortalEingang(
  deps: PortalStaffDeps,
  personId: string,
): Promise<Result<PortalEingang>> {
  const allowed = await requireRecht(deps, "person.lesen");
  if (!allowed.ok) return allowed;
  const person = await deps.repos.personen.get(personId);
  if (!person) return err("nicht_gefunden");
  const b = deps.portal.beteiligung;
  const [konto, empfaenge, schrittStatus, bewerbungen, nachweise, vorschlaege, akte] = await Promise.all([
    deps.portal.konten.findByPerson(personId),
    b.listEmpfaenge(personId),
    b.listSchrittStatus(personId),
    b.listBewerbungen(personId),
    b.listNachweise(personId),
    b.listVorschlaege(personId),
    deps.repos.plaene.findByPerson(personId),
  ]);
  const versionen = akte?.versionen ?? [];
  const aktuell = akte?.versionen.find((v) => v.status === "abgestimmt");
  const sprache = person.sprache;
  let freitexte: PortalEingang["freitexte"] = null;
  if (aktuell && sprache !== "de") {
    const vorhanden = await deps.portal.uebersetzungen.forVersion(aktuell.id, sprache);
    freitexte = {
      planVersionId: aktuell.id,
      nummer: aktuell.nummer,
      sprache,
      eintraege: freitexteVon(aktuell.inhalt, sprache).map((f) => ({
        ...f,
        uebersetzung: vorhanden[f.id] ?? null,
      })),
    };
  }
  await deps.repos.audit.record({ aktion: "lesen", objekt: "portal_eingang", personId });
  return ok({
    personId,
    personName: `${person.vorname} ${person.nachname}`,
    konto,
    empfaenge: empfaenge.map((e) => ({ ...e, bezug: bezugAufVersion(versionen, e.planVersionId) })),
    schrittStatus: schrittStatus.map((s) => ({
      ...s,
      bezug: bezugAufVersion(versionen, s.planVersionId, s.eintragId),
    })),
    bewerbungen,
    nachweise: nachweise.map((n) => ({ ...n, bezug: bezugAufVersion(versionen, n.planVersionId) })),
    vorschlaege,
    planId: akte?.planId ?? null,
    freitexte,
  });
}
