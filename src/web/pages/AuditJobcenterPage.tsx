import type { FeldFehler } from "../feldFehler";
import type { Akteur, AuditZeile } from "../../application/audit/ports";
import type { Actor } from "../../application/ports";
import { AUDIT_AKTIONEN } from "../../domain/audit/auditFilter";
import { ErrorSummary } from "../components/Alerts";
import { AuditSeitenNavigation } from "../components/audit/AuditSeitenNavigation";
import { AuditTabelle } from "../components/audit/AuditTabelle";
import { fehlerMap, SelectField, TextField } from "../components/FormFields";
import { Layout } from "../components/Layout";
import { de } from "../translations/de";

/** Filter values as the form sent them (strings; empty means not set). */
export interface AuditFilterWerte {
  akteurId?: string;
  personId?: string;
  aktion?: string;
  von?: string;
  bis?: string;
}

const FILTER_FELDER = ["akteurId", "personId", "aktion", "von", "bis"] as const;

/** The filter as query string (for paging and the CSV export), without empty fields. */
export function filterQuery(werte: AuditFilterWerte): URLSearchParams {
  const q = new URLSearchParams();
  for (const k of FILTER_FELDER) if (werte[k]) q.set(k, werte[k] as string);
  return q;
}

/**
 * The data-protection officer's audit of the whole jobcentre: filter by staff member, person, action
 * and period, page through all rows, download them as CSV. No case content (ADR 0011).
 */
export function AuditJobcenterPage(props: {
  actor: Actor;
  csrfToken: string;
  werte: AuditFilterWerte;
  akteure: readonly Akteur[];
  eintraege: readonly AuditZeile[];
  naechste: string | null;
  istErsteSeite: boolean;
  errors?: readonly FeldFehler[];
}) {
  const t = de.audit.jobcenter;
  const fehler = fehlerMap(props.errors);
  const query = filterQuery(props.werte);
  const rolle = (r: string) => (de.rollen as Record<string, string>)[r] ?? r;
  const akteure = [
    ["", t.alleAkteure],
    ...props.akteure.map((a) => [a.id, `${a.name} (${rolle(a.rolle)})`] as const),
  ] as const;
  const aktionen: (readonly [string, string])[] = [
    ["", t.alleAktionen],
    ...AUDIT_AKTIONEN.map((a) => [a, de.protokoll.aktionen[a] ?? a] as const),
  ];
  const csv = query.toString() ? `/zugriffsprotokoll/csv?${query}` : "/zugriffsprotokoll/csv";
  return (
    <Layout titel={t.titel} actor={props.actor} csrfToken={props.csrfToken}>
      <h1 className="kern-heading-large">{t.titel}</h1>
      <p className="kern-body">{t.hinweis}</p>
      <ErrorSummary errors={props.errors} />
      <section aria-labelledby="filter-titel" role="search">
        <h2 className="kern-heading-small" id="filter-titel">
          {t.filterTitel}
        </h2>
        <form method="get" action="/zugriffsprotokoll" className="kp-filter" noValidate>
          <SelectField
            name="akteurId"
            label={t.akteur}
            value={props.werte.akteurId ?? ""}
            options={akteure}
            error={fehler.akteurId}
          />
          <TextField
            name="personId"
            label={t.person}
            hint={t.personHilfe}
            value={props.werte.personId ?? ""}
            error={fehler.personId}
            optional
          />
          <SelectField
            name="aktion"
            label={t.aktion}
            value={props.werte.aktion ?? ""}
            options={aktionen}
            error={fehler.aktion}
          />
          <TextField
            name="von"
            type="date"
            label={t.von}
            hint={t.datumHilfe}
            value={props.werte.von ?? ""}
            error={fehler.von}
            optional
          />
          <TextField
            name="bis"
            type="date"
            label={t.bis}
            hint={t.datumHilfe}
            value={props.werte.bis ?? ""}
            error={fehler.bis}
            optional
          />
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{t.anwenden}</span>
          </button>
          <a className="kern-link" href="/zugriffsprotokoll">
            {t.zuruecksetzen}
          </a>
        </form>
      </section>
      {!props.errors?.length && (
        <>
          <p className="kern-body">
            <a className="kern-btn kern-btn--secondary" href={csv} download>
              <span className="kern-label">{t.export}</span>
            </a>{" "}
            <span className="kern-body--small">{t.exportHinweis}</span>
          </p>
          <p className="kern-body" role="status">
            {props.eintraege.length === 0 ? t.keine : de.audit.seite.anzahl(props.eintraege.length)}
          </p>
          {props.eintraege.length > 0 && (
            <AuditTabelle
              titel={t.titel}
              eintraege={props.eintraege}
              personLink={(id) => `/zugriffsprotokoll?personId=${id}`}
            />
          )}
          <AuditSeitenNavigation
            basis="/zugriffsprotokoll"
            query={query}
            naechste={props.naechste}
            istErsteSeite={props.istErsteSeite}
          />
        </>
      )}
    </Layout>
  );
}
