import type { Actor } from "../../application/ports";
import type { FaelligeUeberpruefungZeile } from "../../application/faelle/listFaelligeUeberpruefungen";
import { formatGermanDate } from "../../domain/shared/isoDate";
import { Layout } from "../components/Layout";
import { de } from "../translations/de";

const t = de.fortschreibung.faellig;
const u = de.fortschreibung.ueberpruefung;

export interface UeberpruefungenPageProps {
  actor: Actor;
  csrfToken: string;
  zeilen: FaelligeUeberpruefungZeile[];
}

/**
 * The counsellor's reviews due in the next 14 days, overdue first, in order of the review date; each
 * row opens its review page, and after each handover "Nächste Überprüfung" leads to the next one.
 */
export function UeberpruefungenPage(props: UeberpruefungenPageProps) {
  const erste = props.zeilen.find((z) => !z.hatEntwurf) ?? props.zeilen[0];
  return (
    <Layout titel={t.titel} actor={props.actor} csrfToken={props.csrfToken}>
      <p className="kern-body">
        <a className="kern-link" href="/faelle">
          {de.faelle.titel}
        </a>
      </p>
      <h1 className="kern-heading-large">{t.titel}</h1>
      <p className="kern-body">{t.hinweis}</p>
      {props.zeilen.length === 0 || !erste ? (
        <p className="kern-body" role="status">
          {t.leer}
        </p>
      ) : (
        <>
          <p className="kern-body">
            <a className="kern-btn kern-btn--primary" href={`/plaene/${erste.planId}/ueberpruefen`}>
              <span className="kern-label">{t.beginnen}</span>
            </a>
          </p>
          <div className="kern-table-responsive">
            <table className="kern-table kern-table--striped">
              <caption className="kern-sr-only">{t.titel}</caption>
              <thead className="kern-table__header">
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">
                    {t.spalteName}
                  </th>
                  <th scope="col" className="kern-table__header">
                    {t.spalteDatum}
                  </th>
                  <th scope="col" className="kern-table__header">
                    {t.spalteStand}
                  </th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {props.zeilen.map((z) => (
                  <tr className="kern-table__row" key={z.planId}>
                    <th scope="row" className="kern-table__cell">
                      <a
                        className="kern-link"
                        href={`/plaene/${z.planId}/ueberpruefen`}
                        aria-label={u.linkFuer(z.name)}
                      >
                        {z.name}
                      </a>
                    </th>
                    <td className="kern-table__cell">{formatGermanDate(z.ueberpruefungAm)}</td>
                    <td className="kern-table__cell">
                      {z.hatEntwurf ? t.entwurf : z.ueberfaellig ? t.ueberfaellig : t.faellig}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Layout>
  );
}
