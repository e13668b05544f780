import type { Actor, AuditEintragGelesen } from "../../application/ports";
import { Layout } from "../components/Layout";
import { de } from "../translations/de";

const zeit = new Intl.DateTimeFormat("de-DE", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Europe/Berlin",
});

/** The audit trail of one person's data, for the team lead (§ 35 SGB I: who accessed what, when). */
export function ProtokollPage(props: {
  actor: Actor;
  csrfToken: string;
  personId: string;
  eintraege: AuditEintragGelesen[];
}) {
  const t = de.protokoll;
  return (
    <Layout titel={t.titel} actor={props.actor} csrfToken={props.csrfToken}>
      <p className="kern-body">
        <a className="kern-link" href={`/personen/${props.personId}`}>
          {de.plan.zurPerson}
        </a>
      </p>
      <h1 className="kern-heading-large">{t.titel}</h1>
      <p className="kern-body">{t.hinweis}</p>
      <div className="kern-table-responsive">
        <table className="kern-table kern-table--striped">
          <caption className="kern-sr-only">{t.titel}</caption>
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
            </tr>
          </thead>
          <tbody>
            {props.eintraege.map((e, i) => (
              <tr className="kern-table__row" key={`${e.at}-${i}`}>
                <td className="kern-table__cell">{zeit.format(new Date(e.at))}</td>
                <td className="kern-table__cell">
                  {e.akteurName ?? "–"}
                  {e.akteurRolle &&
                    ` (${de.rollen[e.akteurRolle as keyof typeof de.rollen] ?? e.akteurRolle})`}
                </td>
                <td className="kern-table__cell">{t.aktionen[e.aktion] ?? e.aktion}</td>
                <td className="kern-table__cell">{e.objekt}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}
