import type { Actor } from "../../application/ports";
import type { Fall } from "../../application/faelle/listFaelle";
import { formatGermanDate } from "../../domain/shared/isoDate";
import { Layout } from "../components/Layout";
import { SelectField, TextField } from "../components/FormFields";
import { StatusBadge } from "../components/StatusBadge";
import { de } from "../translations/de";

export interface FaellePageProps {
  actor: Actor;
  csrfToken: string;
  faelle: Fall[];
  gesamt: number;
  /** All open items of the actor's inbox (navigation); null when not counted (team lead). */
  posteingang: number | null;
  suche: string;
  status: string;
  seite: number;
  seiten: number;
}

const STATUS_OPTIONS = (["alle", "kein_plan", "entwurf", "aktuell", "faellig", "ueberfaellig"] as const).map(
  (s) => [s, de.fallStatus[s]] as const,
);

function seitenLink(props: FaellePageProps, seite: number) {
  const q = new URLSearchParams({ suche: props.suche, status: props.status, seite: String(seite) });
  return `/faelle?${q.toString()}`;
}

export function FaellePage(props: FaellePageProps) {
  const schreiben = props.actor.rolle === "integrationsfachkraft";
  return (
    <Layout
      titel={de.faelle.titel}
      actor={props.actor}
      csrfToken={props.csrfToken}
      posteingang={props.posteingang ?? undefined}
    >
      <div className="kp-title-row">
        <h1 className="kern-heading-large">{de.faelle.titel}</h1>
        {props.actor.rolle === "integrationsfachkraft" && (
          <div className="kp-actions">
            <a className="kern-btn kern-btn--secondary" href="/ueberpruefungen">
              <span className="kern-label">{de.fortschreibung.faellig.titel}</span>
            </a>
            <a className="kern-btn kern-btn--secondary" href="/personen/neu">
              <span className="kern-label">{de.faelle.neuePerson}</span>
            </a>
          </div>
        )}
      </div>
      <div role="search">
        <form method="get" action="/faelle" className="kp-filter">
          <TextField name="suche" type="search" label={de.faelle.suche} value={props.suche} />
          <SelectField name="status" label={de.faelle.filter} value={props.status} options={STATUS_OPTIONS} />
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{de.faelle.suchen}</span>
          </button>
        </form>
      </div>
      <p className="kern-body" role="status">
        {de.faelle.anzahl(props.gesamt)}
      </p>
      {props.faelle.length === 0 ? (
        <p className="kern-body">{de.faelle.leer}</p>
      ) : (
        <div className="kern-table-responsive">
          <table className="kern-table kern-table--striped">
            <caption className="kern-sr-only">{de.faelle.titel}</caption>
            <thead className="kern-table__header">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  {de.faelle.spalten.name}
                </th>
                <th scope="col" className="kern-table__header">
                  {de.faelle.spalten.bg}
                </th>
                <th scope="col" className="kern-table__header">
                  {de.faelle.spalten.status}
                </th>
                <th scope="col" className="kern-table__header">
                  {de.faelle.spalten.ueberpruefung}
                </th>
                <th scope="col" className="kern-table__header">
                  {de.faelle.spalten.betreuung}
                </th>
                <th scope="col" className="kern-table__header">
                  {de.posteingang.fallSpalte}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {props.faelle.map((f) => (
                <tr className="kern-table__row" key={f.personId}>
                  <th scope="row" className="kern-table__cell">
                    <a className="kern-link" href={`/personen/${f.personId}`}>
                      {f.name}
                    </a>
                  </th>
                  <td className="kern-table__cell">{f.bgNummer}</td>
                  <td className="kern-table__cell">
                    <StatusBadge status={f.status} />
                  </td>
                  <td className="kern-table__cell">
                    {f.ueberpruefungAm ? formatGermanDate(f.ueberpruefungAm) : "–"}
                    {schreiben && f.planId && f.ueberpruefungAm && !f.hatEntwurf && (
                      <>
                        {" "}
                        <a
                          className="kern-link"
                          href={`/plaene/${f.planId}/ueberpruefen`}
                          aria-label={de.fortschreibung.ueberpruefung.linkFuer(f.name)}
                        >
                          {de.fortschreibung.ueberpruefung.link}
                        </a>
                      </>
                    )}
                  </td>
                  <td className="kern-table__cell">{f.betreuerName}</td>
                  <td className="kern-table__cell">
                    {f.offen > 0 ? de.posteingang.fallOffen(f.offen) : "–"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {props.seiten > 1 && (
        <nav aria-label="Seiten" className="kp-pagination">
          {props.seite > 1 && (
            <a className="kern-link" href={seitenLink(props, props.seite - 1)}>
              {de.faelle.zurueck}
            </a>
          )}
          <span className="kern-body">
            Seite {props.seite} von {props.seiten}
          </span>
          {props.seite < props.seiten && (
            <a className="kern-link" href={seitenLink(props, props.seite + 1)}>
              {de.faelle.weiter}
            </a>
          )}
        </nav>
      )}
    </Layout>
  );
}
