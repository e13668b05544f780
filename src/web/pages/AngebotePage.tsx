import type { FeldFehler } from "../feldFehler";
import type { Actor } from "../../application/ports";
import type { Angebot } from "../../domain/angebote/angebot";
import { ANGEBOT_TYPEN, ANGEBOT_TYP_NAMEN } from "../../domain/angebote/angebotTyp";
import { budgetStatus } from "../../domain/angebote/budget";
import type { BudgetStand } from "../../domain/angebote/budgetStand";
import { formatEuro } from "../../domain/angebote/euro";
import { BEREICH_NAMEN, ZIEL_BEREICHE } from "../../domain/qualitaet/bereiche";
import { ErrorSummary, SuccessAlert } from "../components/Alerts";
import { Checkbox, CsrfField, SelectField, TextArea, TextField, fehlerMap } from "../components/FormFields";
import { Layout } from "../components/Layout";
import { de } from "../translations/de";

export interface AngebotePageProps {
  actor: Actor;
  csrfToken: string;
  angebote: Angebot[];
  /** Budget, committed and remaining per offer in the current budget year. */
  stand?: BudgetStand[];
  /** The offer being edited; null = the form adds a new one. */
  bearbeiten: Angebot | null;
  gespeichert?: boolean;
  errors?: FeldFehler[];
  /** What was typed, when it could not be saved. */
  werte?: Record<string, string>;
}

const t = de.assistent.katalog;
const a = de.assistent;

function werteVon(angebot: Angebot | null): Record<string, string> {
  if (!angebot) return { typ: "coaching", aktiv: "ja" };
  return {
    typ: angebot.typ,
    titel: angebot.titel,
    beschreibung: angebot.beschreibung ?? "",
    traeger: angebot.traeger ?? "",
    restbudget: angebot.restbudgetCent == null ? "" : formatEuro(angebot.restbudgetCent),
    kostenProFall: angebot.kostenProFallCent == null ? "" : formatEuro(angebot.kostenProFallCent),
    aktiv: angebot.aktiv ? "ja" : "",
    ...Object.fromEntries(angebot.bereiche.map((b) => [`bereich_${b}`, "ja"])),
  };
}

const euro = (cent: number | null | undefined) => (cent == null ? t.unbekannt : `${formatEuro(cent)} €`);

function Tabelle({
  angebote,
  stand,
  schreiben,
}: {
  angebote: Angebot[];
  stand: BudgetStand[];
  schreiben: boolean;
}) {
  if (angebote.length === 0) return <p className="kern-body">{t.leer}</p>;
  return (
    <table className="kern-table">
      <thead className="kern-table__head">
        <tr className="kern-table__row">
          {Object.values(t.spalten).map((s) => (
            <th key={s} className="kern-table__header" scope="col">
              {s}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="kern-table__body">
        {angebote.map((x) => {
          const s = stand.find((b) => b.angebotId === x.id);
          const rest = s ? s.verbleibendCent : (x.restbudgetCent ?? null);
          return (
            <tr key={x.id} className="kern-table__row" data-angebot={x.id}>
              <td className="kern-table__cell">
                {schreiben ? (
                  <a className="kern-link" href={`/angebote?bearbeiten=${x.id}#angebot-form`}>
                    {x.titel}
                  </a>
                ) : (
                  x.titel
                )}
              </td>
              <td className="kern-table__cell">{ANGEBOT_TYP_NAMEN[x.typ]}</td>
              <td className="kern-table__cell">{euro(x.restbudgetCent)}</td>
              <td className="kern-table__cell">{euro(s?.gebundenCent ?? 0)}</td>
              <td className="kern-table__cell">{euro(rest)}</td>
              <td className="kern-table__cell">
                {a.budget[budgetStatus({ restbudgetCent: rest, kostenProFallCent: x.kostenProFallCent })]}
              </td>
              <td className="kern-table__cell">{x.aktiv ? t.ja : t.nein}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Team-lead page "Förderangebote und Budget": the catalogue, and a form to add or change an offer. */
export function AngebotePage(props: AngebotePageProps) {
  const f = fehlerMap(props.errors);
  const w = props.werte ?? werteVon(props.bearbeiten);
  const schreiben = props.actor.rolle === "teamleitung";
  const action = props.bearbeiten ? `/angebote/${props.bearbeiten.id}` : "/angebote";
  return (
    <Layout titel={t.titel} actor={props.actor} csrfToken={props.csrfToken}>
      <h1 className="kern-heading-large">{t.titel}</h1>
      <p className="kern-body">{t.einleitung}</p>
      {props.gespeichert && <SuccessAlert text={t.gespeichert} />}
      <ErrorSummary errors={props.errors} />
      <Tabelle angebote={props.angebote} stand={props.stand ?? []} schreiben={schreiben} />
      {schreiben && (
        <form method="post" action={action} className="kern-stack-md kp-section" id="angebot-form">
          <h2 className="kern-heading-medium">
            {props.bearbeiten ? t.bearbeiten(props.bearbeiten.titel) : t.neu}
          </h2>
          <CsrfField token={props.csrfToken} />
          <SelectField
            name="typ"
            label={t.typ}
            value={w.typ}
            error={f.typ}
            options={ANGEBOT_TYPEN.map((x) => [x, ANGEBOT_TYP_NAMEN[x]] as const)}
          />
          <TextField name="titel" label={t.angebotTitel} value={w.titel} error={f.titel} />
          <TextField name="traeger" label={t.traeger} value={w.traeger} error={f.traeger} />
          <TextArea
            name="beschreibung"
            label={t.beschreibung}
            value={w.beschreibung}
            error={f.beschreibung}
          />
          <fieldset className="kern-fieldset">
            <legend className="kern-label">{t.bereiche}</legend>
            <div className="kern-hint">{t.bereicheHilfe}</div>
            <div className="kern-fieldset__body">
              {ZIEL_BEREICHE.map((b) => (
                <Checkbox
                  key={b}
                  name={`bereich_${b}`}
                  label={BEREICH_NAMEN[b]}
                  checked={w[`bereich_${b}`] === "ja"}
                />
              ))}
            </div>
          </fieldset>
          <TextField
            name="restbudget"
            label={t.restbudget}
            hint={t.restbudgetHilfe}
            value={w.restbudget}
            error={f.restbudget}
          />
          <TextField
            name="kostenProFall"
            label={t.kostenProFall}
            value={w.kostenProFall}
            error={f.kostenProFall}
          />
          <Checkbox name="aktiv" label={t.aktiv} checked={w.aktiv === "ja"} />
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{t.speichern}</span>
          </button>
        </form>
      )}
    </Layout>
  );
}
