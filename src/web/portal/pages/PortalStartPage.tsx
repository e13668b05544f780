import type { Sprache } from "../../../domain/portal/portalSprache";
import { formatGermanDate } from "../../../domain/shared/isoDate";
import {
  Bewerbungen,
  Nachweise,
  SchrittMelden,
  Vorschlaege,
  type BereichProps,
} from "../components/Beteiligung";
import { formatZeit } from "../components/formatZeit";
import { Schlichtung } from "../components/Schlichtung";
import { PortalLayout } from "../components/PortalLayout";
import { Csrf, Gespeichert, Knopf, PortalFehlerListe } from "../components/PortalFelder";
import { PortalPlanView } from "../components/PortalPlanView";

export interface PortalStartProps extends BereichProps {
  sprache: Sprache;
  pfad: string;
  gespeichert: boolean;
  totpAktiv: boolean;
  /** The calendar subscription: since when it exists, the new link (shown once), or that it ended. */
  kalender?: { aktivSeit: string | null; neuerLink?: string; beendet?: boolean };
}

function Empfang({ t, csrfToken, daten }: BereichProps) {
  const version = daten.plan?.versionen.find((v) => v.nummer === daten.dokument?.versionNummer);
  if (!version) return null;
  const empfang = daten.empfaenge.find((e) => e.planVersionId === version.id);
  return (
    <section aria-labelledby="empfang" className="kp-section">
      <h2 id="empfang" className="kern-heading-medium">
        {t.empfang.titel}
      </h2>
      {empfang ? (
        <p className="kern-body">{t.empfang.bestaetigt(formatZeit(empfang.bestaetigtAm))}</p>
      ) : (
        <form method="post" action="/portal/empfang">
          <p className="kern-body">{t.empfang.hinweis}</p>
          <Csrf token={csrfToken} />
          <input type="hidden" name="nummer" value={version.nummer} />
          <Knopf>{t.empfang.bestaetigen}</Knopf>
        </form>
      )}
    </section>
  );
}

function Termin(p: PortalStartProps) {
  const { t } = p;
  const termin = p.daten.plan?.aktuelle?.inhalt.naechsterTermin;
  return (
    <section aria-labelledby="termin" className="kp-section">
      <h2 id="termin" className="kern-heading-medium">
        {t.plan.naechsterTermin}
      </h2>
      {termin ? (
        <>
          <p className="kern-body kern-body--bold">
            {formatGermanDate(termin.datum)}
            {termin.uhrzeit && `, ${t.plan.uhr(termin.uhrzeit)}`}
            {termin.ort && (
              <>
                , <span lang="de-DE">{termin.ort}</span>
              </>
            )}
          </p>
        </>
      ) : (
        <p className="kern-body">{t.plan.keinTermin}</p>
      )}
    </section>
  );
}

/** Every appointment and deadline of the current plan for the person's calendar. */
function Kalender(p: PortalStartProps) {
  const { t, kalender: abo } = p;
  if (!p.daten.plan?.aktuelle) return null;
  return (
    <section aria-labelledby="kalender" className="kp-section">
      <h2 id="kalender" className="kern-heading-medium">
        {t.kalender.titel}
      </h2>
      <p className="kern-body">{t.kalender.erklaerung}</p>
      <p className="kern-body">
        <a className="kern-link" href="/portal/termin.ics" download>
          {t.kalender.herunterladen}
        </a>
      </p>
      <p className="kern-body">{t.kalender.abonnierenErklaerung}</p>
      {abo?.beendet && (
        <p className="kern-body" role="status">
          {t.kalender.beendet}
        </p>
      )}
      {abo?.neuerLink && (
        <div role="status">
          <p className="kern-body">{t.kalender.linkEinmal}</p>
          <p className="kern-body">
            <code className="kp-portal-uri" dir="ltr">
              {abo.neuerLink}
            </code>
          </p>
        </div>
      )}
      {abo?.aktivSeit && <p className="kern-body">{t.kalender.aktivSeit(abo.aktivSeit)}</p>}
      <form method="post" action="/portal/kalender">
        <Csrf token={p.csrfToken} />
        <Knopf>{abo?.aktivSeit ? t.kalender.erneuern : t.kalender.abonnieren}</Knopf>
      </form>
      {abo?.aktivSeit && (
        <form method="post" action="/portal/kalender/beenden">
          <Csrf token={p.csrfToken} />
          <Knopf art="secondary">{t.kalender.beenden}</Knopf>
        </form>
      )}
      <p className="kern-body">
        <a className="kern-link" href="/portal/erinnerungen">
          {t.erinnerung.titel}
        </a>
      </p>
    </section>
  );
}

function Versionen(p: PortalStartProps) {
  const { t, daten } = p;
  if (!daten.plan || daten.plan.versionen.length < 2) return null;
  return (
    <section aria-labelledby="versionen" className="kp-section">
      <h2 id="versionen" className="kern-heading-medium">
        {t.plan.versionen}
      </h2>
      <ul className="kern-list">
        {daten.plan.versionen.map((v) => (
          <li key={v.id}>
            <a className="kern-link" href={`/portal/versionen/${v.nummer}`}>
              {t.plan.version(v.nummer)}
            </a>
            {v.status === "abgestimmt" && ` (${t.plan.aktuelleVersion})`}
            {v.abstimmung && ` – ${formatGermanDate(v.abstimmung.am)}`}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The recipient's start page: plan, receipt, steps, applications, uploads, proposals, downloads. */
export function PortalStartPage(p: PortalStartProps) {
  const { t, daten } = p;
  const dokument = daten.dokument;
  const istAktuell = dokument !== null && dokument.versionNummer === daten.plan?.aktuelle?.nummer;
  return (
    <PortalLayout titel={t.plan.titel} sprache={p.sprache} pfad={p.pfad} csrfToken={p.csrfToken}>
      <h1 className="kern-heading-large">{t.plan.titel}</h1>
      {daten.zurueckgesetztAm && (
        <div className="kern-alert kern-alert--warning" role="status" data-testid="zugang-zurueckgesetzt">
          <div className="kern-alert__header">
            <span className="kern-title">{t.app.zurueckgesetztTitel}</span>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">{t.app.zurueckgesetzt(formatZeit(daten.zurueckgesetztAm))}</p>
          </div>
        </div>
      )}
      {p.gespeichert && <Gespeichert text={t.app.gespeichert} />}
      <PortalFehlerListe t={t} fehler={p.fehler} />
      {!dokument ? (
        <p className="kern-body">{t.plan.keinPlan}</p>
      ) : (
        <>
          {!istAktuell && (
            <p className="kern-body">
              <a className="kern-link" href="/portal">
                {t.app.zurueck}
              </a>
            </p>
          )}
          <Termin {...p} />
          <Kalender {...p} />
          <PortalPlanView
            dokument={dokument}
            sprache={p.sprache}
            t={t}
            schrittZusatz={istAktuell ? (s) => <SchrittMelden {...p} s={s} /> : undefined}
          />
          <p className="kern-body">
            <a className="kern-link" href={`/portal/plan/${dokument.versionNummer}.pdf`} download>
              {t.plan.pdf}
            </a>
          </p>
          <Empfang {...p} />
        </>
      )}
      <Versionen {...p} />
      {istAktuell && (
        <>
          <Bewerbungen {...p} />
          <Nachweise {...p} />
          <Vorschlaege {...p} />
          <Schlichtung {...p} />
        </>
      )}
      <section aria-labelledby="sicherheit" className="kp-section">
        <h2 id="sicherheit" className="kern-heading-medium">
          {t.totp.einrichtenTitel}
        </h2>
        {p.totpAktiv ? (
          <p className="kern-body">{t.totp.aktiv}</p>
        ) : (
          <>
            <p className="kern-body">{t.totp.einrichtenHinweis}</p>
            <a className="kern-link" href="/portal/sicherheit">
              {t.totp.einrichten}
            </a>
          </>
        )}
      </section>
    </PortalLayout>
  );
}
