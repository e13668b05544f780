import type { AuditZeile } from "../../../application/audit/ports";
import { de } from "../../translations/de";

const zeit = new Intl.DateTimeFormat("de-DE", {
  dateStyle: "medium",
  timeStyle: "medium",
  timeZone: "Europe/Berlin",
});

const rolle = (r: string | null) => (r ? ((de.rollen as Record<string, string>)[r] ?? r) : "");

function Angaben({ details }: { details: Record<string, unknown> }) {
  const { art9, ...rest } = details;
  const eintraege = Object.entries(rest);
  return (
    <>
      {art9 === true && <strong className="kp-art9">{de.audit.art9}</strong>}
      {eintraege.length > 0 && (
        <ul className="kp-items kern-body--small">
          {eintraege.map(([k, v]) => (
            <li key={k}>
              {k}: {typeof v === "string" ? v : JSON.stringify(v)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * Audit rows as a table: when, who (name and role), what, which data, optionally the person (as a
 * filter link, never a link into the case) and the minimised details.
 */
export function AuditTabelle(props: {
  titel: string;
  eintraege: readonly AuditZeile[];
  personLink?: (personId: string) => string;
}) {
  const t = de.protokoll;
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--striped">
        <caption className="kern-sr-only">{props.titel}</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t.zeit}
            </th>
            <th scope="col" className="kern-table__header">
              {t.wer}
            </th>
            <th scope="col" className="kern-table__header">
              {t.aktion}
            </th>
            <th scope="col" className="kern-table__header">
              {t.objekt}
            </th>
            {props.personLink && (
              <th scope="col" className="kern-table__header">
                {de.audit.jobcenter.person_spalte}
              </th>
            )}
            <th scope="col" className="kern-table__header">
              {de.audit.jobcenter.details}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.eintraege.map((e) => (
            <tr className="kern-table__row" key={e.id}>
              <td className="kern-table__cell">
                <time dateTime={e.at}>{zeit.format(new Date(e.at))}</time>
              </td>
              <td className="kern-table__cell">
                {e.akteurName ?? "–"}
                {e.akteurRolle && ` (${rolle(e.akteurRolle)})`}
              </td>
              <td className="kern-table__cell">{t.aktionen[e.aktion] ?? e.aktion}</td>
              <td className="kern-table__cell">{e.objekt}</td>
              {props.personLink && (
                <td className="kern-table__cell">
                  {e.personId ? (
                    <a className="kern-link" href={props.personLink(e.personId)}>
                      <code>{e.personId}</code>
                    </a>
                  ) : (
                    "–"
                  )}
                </td>
              )}
              <td className="kern-table__cell">
                <Angaben details={e.details ?? {}} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
