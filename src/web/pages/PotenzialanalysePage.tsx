import type { Actor } from "../../application/ports";
import { SPRACHNIVEAU } from "../../domain/potenzialanalyse/potenzialanalyse";
import type { IsoDate } from "../../domain/shared/isoDate";
import type { FeldFehler } from "../feldFehler";
import { ErrorSummary } from "../components/Alerts";
import { Checkbox, CsrfField, SelectField, TextArea, TextField, fehlerMap } from "../components/FormFields";
import { Layout } from "../components/Layout";
import { de } from "../translations/de";

export interface PotenzialanalysePageProps {
  actor: Actor;
  csrfToken: string;
  personId: string;
  personName: string;
  heute: IsoDate;
  werte?: Record<string, string>;
  errors?: FeldFehler[];
}

export function PotenzialanalysePage(props: PotenzialanalysePageProps) {
  const f = fehlerMap(props.errors);
  const w = props.werte ?? {};
  const t = de.pa;
  return (
    <Layout titel={`${t.titel} – ${props.personName}`} actor={props.actor} csrfToken={props.csrfToken}>
      <p className="kern-body">
        <a className="kern-link" href={`/personen/${props.personId}`}>
          {de.plan.zurPerson}
        </a>
      </p>
      <h1 className="kern-heading-large">
        {t.titel}: {props.personName}
      </h1>
      <ErrorSummary errors={props.errors} />
      <form method="post" action={`/personen/${props.personId}/potenzialanalyse`} className="kern-stack-md">
        <CsrfField token={props.csrfToken} />
        <TextField name="datum" type="date" label={t.datum} value={w.datum ?? props.heute} error={f.datum} />
        <TextArea
          name="staerken"
          label={t.staerken}
          optional
          value={w.staerken}
          error={f.staerken}
          rows={3}
        />
        <TextArea
          name="qualifikationen"
          label={t.qualifikationen}
          optional
          value={w.qualifikationen}
          error={f.qualifikationen}
        />
        <TextArea
          name="berufserfahrung"
          label={t.berufserfahrung}
          optional
          value={w.berufserfahrung}
          error={f.berufserfahrung}
          rows={3}
        />
        <SelectField
          name="sprachniveauDeutsch"
          label={t.sprachniveau}
          value={w.sprachniveauDeutsch ?? "B1"}
          error={f.sprachniveauDeutsch}
          options={SPRACHNIVEAU.map((n) => [n, t.niveaus[n]] as const)}
        />
        <Checkbox
          name="gesundheitlicheEinschraenkung"
          label={t.gesundheit}
          checked={w.gesundheitlicheEinschraenkung === "ja"}
        />
        <TextArea
          name="gesundheitHinweis"
          label={t.gesundheitHinweis}
          hint={t.gesundheitHinweisHilfe}
          optional
          value={w.gesundheitHinweis}
          error={f.gesundheitHinweis}
        />
        <TextArea
          name="weitereUmstaende"
          label={t.weitereUmstaende}
          optional
          value={w.weitereUmstaende}
          error={f.weitereUmstaende}
          rows={3}
        />
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">{t.speichern}</span>
        </button>
      </form>
    </Layout>
  );
}
