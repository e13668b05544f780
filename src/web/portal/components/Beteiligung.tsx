import type { Schritt } from "../../../domain/kooperationsplan/planInhalt";
import { BEWERBUNG_ERGEBNIS, BEWERBUNG_KANAL, VORSCHLAG_ART } from "../../../domain/portal/beteiligung";
import { formatGermanDate } from "../../../domain/shared/isoDate";
import type { PortalUebersicht } from "../../../application/portal/getPortalUebersicht";
import type { PortalTexte } from "../translations/de";
import { Auswahl, Csrf, Eingabe, Knopf, Textfeld, type PortalFehlerAnzeige } from "./PortalFelder";
import { formatZeit } from "./formatZeit";

export interface BereichProps {
  t: PortalTexte;
  csrfToken: string;
  daten: PortalUebersicht;
  heute: string;
  fehler?: readonly PortalFehlerAnzeige[];
}

/** Status of a step and the two reports: done, or "Das klappt nicht, weil …". */
export function SchrittMelden({ s, t, csrfToken, daten }: BereichProps & { s: Schritt }) {
  const status = daten.schrittStatus[s.id];
  return (
    <div className="kp-portal-melden">
      {status && (
        <p className="kern-body" role="status">
          {status.status === "erledigt"
            ? t.schritte.statusErledigt(formatZeit(status.gemeldetAm))
            : `${t.schritte.statusProblem(formatZeit(status.gemeldetAm))}: ${status.grund}`}
        </p>
      )}
      <form method="post" action="/portal/schritte">
        <Csrf token={csrfToken} />
        <input type="hidden" name="eintragId" value={s.id} />
        <input type="hidden" name="status" value="erledigt" />
        <Knopf art="secondary">{t.schritte.erledigt}</Knopf>
      </form>
      <details>
        <summary className="kern-link">{t.schritte.problem}</summary>
        <form method="post" action="/portal/schritte">
          <Csrf token={csrfToken} />
          <input type="hidden" name="eintragId" value={s.id} />
          <input type="hidden" name="status" value="problem" />
          <Textfeld name="grund" idSuffix={s.id} label={t.schritte.grund} required />
          <Knopf art="secondary">{t.schritte.melden}</Knopf>
        </form>
      </details>
    </div>
  );
}

export function Bewerbungen({ t, csrfToken, daten, heute, fehler }: BereichProps) {
  const b = t.bewerbungen;
  return (
    <section aria-labelledby="bewerbungen" className="kp-section">
      <h2 id="bewerbungen" className="kern-heading-medium">
        {b.titel}
      </h2>
      {daten.bewerbungsStand && (
        <p className="kern-body kern-body--bold">
          {b.stand(daten.bewerbungsStand.erfasst, daten.bewerbungsStand.vereinbart)}
        </p>
      )}
      {daten.bewerbungen.length === 0 ? (
        <p className="kern-body">{b.keine}</p>
      ) : (
        <ul className="kern-list">
          {daten.bewerbungen.map((x) => (
            <li key={x.id}>
              {formatGermanDate(x.datum)}: <span lang="de-DE">{x.arbeitgeber}</span>,{" "}
              <span lang="de-DE">{x.stelle}</span> ({b.kanaele[x.kanal]}, {b.ergebnisse[x.ergebnis]})
            </li>
          ))}
        </ul>
      )}
      <form method="post" action="/portal/bewerbungen" className="kern-stack-md">
        <Csrf token={csrfToken} />
        <Eingabe name="arbeitgeber" label={b.arbeitgeber} fehler={fehler} required />
        <Eingabe name="stelle" label={b.stelle} fehler={fehler} required />
        <Eingabe name="datum" type="date" label={b.datum} wert={heute} fehler={fehler} required />
        <Auswahl
          name="kanal"
          label={b.kanal}
          optionen={BEWERBUNG_KANAL.map((k) => [k, b.kanaele[k]] as const)}
          fehler={fehler}
        />
        <Auswahl
          name="ergebnis"
          label={b.ergebnis}
          optionen={BEWERBUNG_ERGEBNIS.map((k) => [k, b.ergebnisse[k]] as const)}
          fehler={fehler}
        />
        <Knopf>{b.speichern}</Knopf>
      </form>
    </section>
  );
}

export function Nachweise({ t, csrfToken, daten, fehler }: BereichProps) {
  const n = t.nachweise;
  return (
    <section aria-labelledby="nachweise" className="kp-section">
      <h2 id="nachweise" className="kern-heading-medium">
        {n.titel}
      </h2>
      {daten.nachweise.length === 0 ? (
        <p className="kern-body">{n.keine}</p>
      ) : (
        <ul className="kern-list">
          {daten.nachweise.map((x) => (
            <li key={x.id}>
              <span dir="auto">{x.dateiname}</span> ({formatZeit(x.hochgeladenAm)}): {n.status[x.status]}
            </li>
          ))}
        </ul>
      )}
      <form method="post" action="/portal/nachweise" encType="multipart/form-data" className="kern-stack-md">
        <Csrf token={csrfToken} />
        <Eingabe name="beschreibung" label={n.beschreibung} fehler={fehler} />
        <Eingabe name="datei" type="file" label={n.datei} hinweis={n.hinweis} fehler={fehler} required />
        <Knopf>{n.hochladen}</Knopf>
      </form>
    </section>
  );
}

export function Vorschlaege({ t, csrfToken, daten, fehler }: BereichProps) {
  const v = t.vorschlaege;
  return (
    <section aria-labelledby="vorschlaege" className="kp-section">
      <h2 id="vorschlaege" className="kern-heading-medium">
        {v.titel}
      </h2>
      {daten.vorschlaege.length === 0 ? (
        <p className="kern-body">{v.keine}</p>
      ) : (
        <ul className="kern-list">
          {daten.vorschlaege.map((x) => (
            <li key={x.id}>
              {v.arten[x.art]}: <span lang="de-DE">{x.text}</span> –{" "}
              <strong>{x.uebernommenIn ? v.uebernommenIn(x.uebernommenIn) : v.status[x.status]}</strong>
              {x.ergebnis && (
                <>
                  {" "}
                  ({v.antwort}: <span lang="de-DE">{x.ergebnis}</span>)
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <form method="post" action="/portal/vorschlaege" className="kern-stack-md">
        <Csrf token={csrfToken} />
        <Auswahl
          name="art"
          label={v.art}
          optionen={VORSCHLAG_ART.map((a) => [a, v.arten[a]] as const)}
          fehler={fehler}
        />
        <Textfeld name="text" label={v.text} fehler={fehler} required />
        <Knopf>{v.senden}</Knopf>
      </form>
    </section>
  );
}
