import type { Zeitleiste } from "../../application/rechtsfolgen/getZeitleiste";
import { formatGermanDate } from "../../domain/shared/isoDate";
import type { Frist } from "../../domain/verbindlichkeit/fristen";
import type { ZeitleistenEintrag } from "../../domain/verbindlichkeit/zeitleiste";
import { de } from "../translations/de";

const t = de.rechtsfolgen;

function fristText(f: Frist): string {
  return `${t.zeitleiste.fristArt[f.art]}: ${formatGermanDate(f.bis)} (${t.zeitleiste.lage[f.lage]}, ${f.norm})`;
}

function Beschreibung({ e }: { e: ZeitleistenEintrag }) {
  switch (e.typ) {
    case "plan_version":
      return (
        <a className="kern-link" href={`/plaene/${e.version.planId}/versionen/${e.version.nummer}`}>
          {t.zeitleiste.planVersion(e.version.nummer)}
        </a>
      );
    case "brief":
      return (
        <a className="kern-link" href={`/briefe/${e.brief.id}`}>
          {t.briefArt[e.brief.art]} ({t.briefStatus[e.brief.status]})
        </a>
      );
    case "schlichtung":
      return (
        <span>
          {t.schlichtung.zeitraum(
            formatGermanDate(e.schlichtung.beginn),
            formatGermanDate(e.schlichtung.spaetestesEnde),
          )}
          {e.schlichtung.beendigung && `, ${t.schlichtung.beendigung[e.schlichtung.beendigung]}`}
        </span>
      );
    case "ereignis":
      return (
        <a className="kern-link" href={`/ereignisse/${e.ereignis.id}`}>
          {t.ereignis.bezeichnung(t.ereignis.arten[e.ereignis.art], e.ereignis.weigerungErklaert)}
        </a>
      );
    case "anhoerung":
      return (
        <a className="kern-link" href={`/ereignisse/${e.anhoerung.ereignisId}`}>
          {t.anhoerung.formen[e.anhoerung.form]}
        </a>
      );
    case "entscheidung":
      return (
        <a className="kern-link" href={`/ereignisse/${e.entscheidung.ereignisId}`}>
          {t.entscheidung.ergebnis[e.entscheidung.entscheidung]}
          {e.entscheidung.entscheidung === "festgestellt" && e.entscheidung.vorschlag.minderung
            ? `: ${t.vorschlag.minderungJa(e.entscheidung.vorschlag.prozent, e.entscheidung.vorschlag.monate)}`
            : ""}
        </a>
      );
    case "frist":
      return <span>{fristText(e.frist)}</span>;
  }
}

/** The person's timeline (plan versions, letters, Schlichtung, events, hearings, decisions, deadlines) with reminders. */
export function ZeitleisteSection({ zeitleiste, link }: { zeitleiste: Zeitleiste; link?: boolean }) {
  return (
    <section aria-labelledby="zeitleiste" className="kp-section">
      <h2 id="zeitleiste" className="kern-heading-medium">
        {t.zeitleiste.titel}
      </h2>
      {zeitleiste.erinnerungen.length > 0 && (
        <div className="kern-alert kern-alert--warning" role="note">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--warning" aria-hidden="true" />
            <p className="kern-title">{t.zeitleiste.erinnerungen}</p>
          </div>
          <div className="kern-alert__body">
            <ul className="kern-list">
              {zeitleiste.erinnerungen.map((f) => (
                <li key={`${f.art}-${f.bezugId}`}>{fristText(f)}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {zeitleiste.eintraege.length === 0 ? (
        <p className="kern-body">{t.zeitleiste.leer}</p>
      ) : (
        <div className="kern-table-responsive">
          <table className="kern-table kern-table--striped">
            <caption className="kern-sr-only">{t.zeitleiste.titel}</caption>
            <thead className="kern-table__header">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  {t.zeitleiste.spalten.datum}
                </th>
                <th scope="col" className="kern-table__header">
                  {t.zeitleiste.spalten.art}
                </th>
                <th scope="col" className="kern-table__header">
                  {t.zeitleiste.spalten.eintrag}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {zeitleiste.eintraege.map((e, i) => (
                <tr className="kern-table__row" key={i}>
                  <td className="kern-table__cell">{formatGermanDate(e.datum)}</td>
                  <td className="kern-table__cell">{t.zeitleiste.typ[e.typ]}</td>
                  <td className="kern-table__cell">
                    <Beschreibung e={e} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {link && (
        <p className="kern-body">
          <a className="kern-link" href={`/personen/${zeitleiste.personId}/rechtsfolgen`}>
            {t.zeitleiste.oeffnen}
          </a>
        </p>
      )}
    </section>
  );
}
