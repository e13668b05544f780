import type { RechtsfolgenErgebnis } from "../../domain/rechtsfolgen/rechtsfolgenErgebnis";
import { formatMonat } from "../../domain/rechtsfolgen/monat";
import { formatGermanDate } from "../../domain/shared/isoDate";
import { de } from "../translations/de";

const t = de.rechtsfolgen.vorschlag;

/** The engine's result: outcome, every reason WITH its norm and confidence tag beside it, months, deadlines. */
export function VorschlagView({ vorschlag }: { vorschlag: RechtsfolgenErgebnis }) {
  const ergebnis = vorschlag.minderung
    ? `${t.minderungJa(vorschlag.prozent, vorschlag.monate)} ${vorschlag.beginn && vorschlag.ende ? t.zeitraum(formatMonat(vorschlag.beginn), formatMonat(vorschlag.ende)) : ""}`
    : t.minderungNein;
  return (
    <div className="kern-stack-md">
      <p className="kern-body kern-body--bold" id="vorschlag-ergebnis">
        {ergebnis}
      </p>
      <p className="kern-body">
        {de.rechtsfolgen.rechtsstand[vorschlag.rechtsstand]} · {t.kdu}
      </p>
      <div className="kern-table-responsive">
        <table className="kern-table">
          <caption className="kern-title">{t.gruende}</caption>
          <thead className="kern-table__header">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                {t.gruende}
              </th>
              <th scope="col" className="kern-table__header">
                {t.norm}
              </th>
              <th scope="col" className="kern-table__header">
                {t.kennzeichen}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {vorschlag.begruendung.map((b, i) => (
              <tr className="kern-table__row" key={i}>
                <td className="kern-table__cell">{b.grund}</td>
                <td className="kern-table__cell">{b.norm}</td>
                <td className="kern-table__cell">
                  <abbr title={t.tags[b.tag]}>{b.tag}</abbr>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {vorschlag.verlauf.length > 0 && (
        <div className="kern-table-responsive">
          <table className="kern-table">
            <caption className="kern-title">{t.verlauf}</caption>
            <thead className="kern-table__header">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  {t.monat}
                </th>
                <th scope="col" className="kern-table__header">
                  {t.prozent}
                </th>
                <th scope="col" className="kern-table__header">
                  {t.gesamt}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {vorschlag.verlauf.map((m) => (
                <tr className="kern-table__row" key={m.monat}>
                  <td className="kern-table__cell">{formatMonat(m.monat)}</td>
                  <td className="kern-table__cell">{m.prozent} %</td>
                  <td className="kern-table__cell">{m.gesamtProzent} %</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {vorschlag.fristen.length > 0 && (
        <>
          <h3 className="kern-heading-small">{t.fristen}</h3>
          <ul className="kern-list">
            {vorschlag.fristen.map((f) => (
              <li key={f.art}>
                {t.fristArt[f.art]} {formatGermanDate(f.bis)} ({f.norm})
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
