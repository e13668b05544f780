import type { Actor } from "../../application/ports";
import type { AuditZeile } from "../../application/audit/ports";
import { AuditSeitenNavigation } from "../components/audit/AuditSeitenNavigation";
import { AuditTabelle } from "../components/audit/AuditTabelle";
import { Layout } from "../components/Layout";
import { de } from "../translations/de";

/** The audit trail of one person's data, page by page (§ 35 SGB I: who accessed what, when). */
export function ProtokollPage(props: {
  actor: Actor;
  csrfToken: string;
  personId: string;
  eintraege: AuditZeile[];
  naechste: string | null;
  istErsteSeite: boolean;
}) {
  const t = de.protokoll;
  // The data-protection officer sees no person page: back to the audit filtered by this person.
  const zurueck =
    props.actor.rolle === "datenschutz"
      ? { href: `/zugriffsprotokoll?personId=${props.personId}`, text: de.audit.jobcenter.titel }
      : { href: `/personen/${props.personId}`, text: de.plan.zurPerson };
  return (
    <Layout titel={t.titel} actor={props.actor} csrfToken={props.csrfToken}>
      <p className="kern-body">
        <a className="kern-link" href={zurueck.href}>
          {zurueck.text}
        </a>
      </p>
      <h1 className="kern-heading-large">{t.titel}</h1>
      <p className="kern-body">{t.hinweis}</p>
      <p className="kern-body" role="status">
        {de.audit.seite.anzahl(props.eintraege.length)}
      </p>
      <AuditTabelle titel={t.titel} eintraege={props.eintraege} />
      <AuditSeitenNavigation
        basis={`/personen/${props.personId}/protokoll`}
        naechste={props.naechste}
        istErsteSeite={props.istErsteSeite}
      />
    </Layout>
  );
}
