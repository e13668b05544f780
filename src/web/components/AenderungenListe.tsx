import type { Aenderung } from "../../domain/kooperationsplan/vergleichen";
import { formatGermanDate } from "../../domain/shared/isoDate";
import { de } from "../translations/de";

/** The diff texts carry deadlines as ISO dates ("bis 2027-01-31"); people read "31.01.2027". */
const deutscheDaten = (text: string) =>
  text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (iso) => formatGermanDate(iso));

/** The visible diff of a Fortschreibung: what is new, removed or changed against the previous version. */
export function AenderungenListe({
  aenderungen,
  vorherigeNummer,
}: {
  aenderungen: readonly Aenderung[];
  vorherigeNummer: number;
}) {
  return (
    <section aria-labelledby="aenderungen" className="kp-section">
      <h2 id="aenderungen" className="kern-heading-medium">
        {de.plan.aenderungen} ({vorherigeNummer})
      </h2>
      {aenderungen.length === 0 ? (
        <p className="kern-body">{de.plan.keineAenderungen}</p>
      ) : (
        <div className="kern-table-responsive">
          <table className="kern-table">
            <caption className="kern-sr-only">{de.plan.aenderungen}</caption>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  Bereich
                </th>
                <th scope="col" className="kern-table__header">
                  Art
                </th>
                <th scope="col" className="kern-table__header">
                  {de.plan.vorher}
                </th>
                <th scope="col" className="kern-table__header">
                  {de.plan.nachher}
                </th>
              </tr>
            </thead>
            <tbody>
              {aenderungen.map((a, i) => (
                <tr className={`kern-table__row kp-diff kp-diff--${a.art}`} key={`${a.bereich}-${i}`}>
                  <td className="kern-table__cell">{de.aenderungBereich[a.bereich]}</td>
                  <td className="kern-table__cell">
                    <strong>{de.plan.aenderungArt[a.art]}</strong>
                  </td>
                  <td className="kern-table__cell">
                    {a.vorher ? <del>{deutscheDaten(a.vorher)}</del> : "–"}
                  </td>
                  <td className="kern-table__cell">
                    {a.nachher ? <ins>{deutscheDaten(a.nachher)}</ins> : "–"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
