import type { Actor } from "../../application/ports";
import type { PersonAkte } from "../../application/person/getPersonAkte";
import type { PlanVersion } from "../../domain/kooperationsplan/planVersion";
import { GRUND_NICHT_BESPROCHEN } from "../../domain/kooperationsplan/terminvermerk";
import { formatGermanDate, type IsoDate } from "../../domain/shared/isoDate";
import type { FeldFehler } from "../feldFehler";
import { ErrorSummary, InfoAlert } from "../components/Alerts";
import { CsrfField, SelectField, TextField, fehlerMap } from "../components/FormFields";
import { Layout } from "../components/Layout";
import { ZeitleisteSection } from "../components/ZeitleisteSection";
import type { Zeitleiste } from "../../application/rechtsfolgen/getZeitleiste";
import { de } from "../translations/de";

export interface PersonPageProps {
  actor: Actor;
  csrfToken: string;
  akte: PersonAkte;
  heute: IsoDate;
  errors?: FeldFehler[];
  zeitleiste?: Zeitleiste;
}

function Potenzialanalyse({ akte, schreiben }: { akte: PersonAkte; schreiben: boolean }) {
  const pa = akte.potenzialanalysen[0];
  return (
    <section aria-labelledby="pa" className="kp-section">
      <h2 id="pa" className="kern-heading-medium">
        {de.person.potenzialanalyse}
      </h2>
      {!pa ? (
        <p className="kern-body">{de.person.keinePotenzialanalyse}</p>
      ) : (
        <dl className="kern-description-list">
          {(
            [
              [de.pa.datum, formatGermanDate(pa.datum)],
              [de.pa.staerken, pa.staerken],
              [de.pa.qualifikationen, pa.qualifikationen],
              [de.pa.berufserfahrung, pa.berufserfahrung],
              [de.pa.sprachniveau, de.pa.niveaus[pa.sprachniveauDeutsch]],
              // Health (Art. 9 DSGVO) only for the responsible counsellor: the use case leaves it out otherwise.
              ...(akte.gesundheitSichtbar && pa.gesundheitlicheEinschraenkung !== undefined
                ? [[de.pa.gesundheit, pa.gesundheitlicheEinschraenkung ? "Ja" : "Nein"]]
                : []),
              ...(akte.gesundheitSichtbar && pa.gesundheitHinweis
                ? [[de.pa.gesundheitHinweis, pa.gesundheitHinweis]]
                : []),
              [de.pa.weitereUmstaende, pa.weitereUmstaende],
            ] as [string, string][]
          ).map(([k, v]) => (
            <div className="kern-description-list-item" key={k}>
              <dt className="kern-description-list-item__key">{k}</dt>
              <dd className="kern-description-list-item__value">{v || "–"}</dd>
            </div>
          ))}
        </dl>
      )}
      {!akte.gesundheitSichtbar && (
        <p className="kern-body kern-body--small">{de.person.gesundheitVerborgen}</p>
      )}
      {schreiben && (
        <a className="kern-btn kern-btn--secondary" href={`/personen/${akte.person.id}/potenzialanalyse`}>
          <span className="kern-label">{de.person.potenzialanalyseErfassen}</span>
        </a>
      )}
    </section>
  );
}

function Plan({ akte, csrfToken, schreiben }: { akte: PersonAkte; csrfToken: string; schreiben: boolean }) {
  const plan = akte.plan;
  return (
    <section aria-labelledby="plan" className="kp-section">
      <h2 id="plan" className="kern-heading-medium">
        {de.person.plan}
      </h2>
      {!plan ? (
        <>
          <p className="kern-body">{de.person.keinPlan}</p>
          {schreiben && (
            <form method="post" action={`/personen/${akte.person.id}/plan`}>
              <CsrfField token={csrfToken} />
              <button type="submit" className="kern-btn kern-btn--primary">
                <span className="kern-label">{de.person.planAnlegen}</span>
              </button>
            </form>
          )}
        </>
      ) : (
        <>
          <h3 className="kern-heading-small">{de.person.verlauf}</h3>
          <ul className="kern-list">
            {plan.versionen.map((v) => (
              <li key={v.id}>
                <a
                  className="kern-link"
                  href={`/plaene/${plan.planId}/versionen/${v.nummer}${v.status === "entwurf" && schreiben ? "/bearbeiten" : ""}`}
                >
                  Version {v.nummer}: {de.plan.status[v.status]}
                </a>
                {v.abstimmung && (
                  <span className="kern-body">
                    {" "}
                    · vereinbart am {formatGermanDate(v.abstimmung.am)} · Überprüfung bis{" "}
                    {formatGermanDate(v.abstimmung.ueberpruefungAm)}
                    {v.abstimmung.rueckdatierungGrund &&
                      ` · ${de.integritaet.rueckdatiert(v.abstimmung.rueckdatierungGrund)}`}
                  </span>
                )}
              </li>
            ))}
          </ul>
          {schreiben && <PlanAktionen planId={plan.planId} versionen={plan.versionen} />}
        </>
      )}
    </section>
  );
}

/** "Überprüfen" for the agreed plan; "Entwurf verwerfen" for a begun review (issue 12). */
function PlanAktionen({ planId, versionen }: { planId: string; versionen: readonly PlanVersion[] }) {
  const aktuell = versionen.find((v) => v.status === "abgestimmt");
  const entwurf = versionen.find((v) => v.status === "entwurf");
  if (!aktuell) return null;
  return (
    <div className="kp-actions">
      {entwurf ? (
        <a
          className="kern-btn kern-btn--secondary"
          href={`/plaene/${planId}/versionen/${entwurf.nummer}/verwerfen`}
        >
          <span className="kern-label">{de.fortschreibung.verwerfen.link}</span>
        </a>
      ) : (
        <a className="kern-btn kern-btn--primary" href={`/plaene/${planId}/ueberpruefen`}>
          <span className="kern-label">{de.fortschreibung.ueberpruefung.link}</span>
        </a>
      )}
    </div>
  );
}

function Terminvermerke({
  akte,
  csrfToken,
  schreiben,
  heute,
  errors,
}: PersonPageProps & { schreiben: boolean }) {
  const f = fehlerMap(errors);
  return (
    <section aria-labelledby="vermerke" className="kp-section">
      <h2 id="vermerke" className="kern-heading-medium">
        {de.person.terminvermerke}
      </h2>
      {akte.terminvermerke.length === 0 ? (
        <p className="kern-body">{de.person.keineVermerke}</p>
      ) : (
        <ul className="kern-list">
          {akte.terminvermerke.map((v) => (
            <li key={v.id}>
              {formatGermanDate(v.datum)}: {de.terminvermerk.gruende[v.grund]}
              {v.bemerkung && ` – ${v.bemerkung}`}
            </li>
          ))}
        </ul>
      )}
      {schreiben && (
        <form method="post" action={`/personen/${akte.person.id}/terminvermerke`} className="kern-stack-md">
          <h3 className="kern-heading-small">{de.terminvermerk.titel}</h3>
          <CsrfField token={csrfToken} />
          <TextField name="datum" type="date" label={de.terminvermerk.datum} value={heute} error={f.datum} />
          <SelectField
            name="grund"
            label={de.terminvermerk.grund}
            options={GRUND_NICHT_BESPROCHEN.map((g) => [g, de.terminvermerk.gruende[g]] as const)}
            error={f.grund}
          />
          <TextField name="bemerkung" label={de.terminvermerk.bemerkung} optional error={f.bemerkung} />
          <button type="submit" className="kern-btn kern-btn--secondary">
            <span className="kern-label">{de.person.terminvermerkErfassen}</span>
          </button>
        </form>
      )}
    </section>
  );
}

export function PersonPage(props: PersonPageProps) {
  const { person } = props.akte;
  const schreiben = props.actor.rolle === "integrationsfachkraft";
  return (
    <Layout titel={`${person.vorname} ${person.nachname}`} actor={props.actor} csrfToken={props.csrfToken}>
      <p className="kern-body">
        <a className="kern-link" href="/faelle">
          {de.faelle.titel}
        </a>
      </p>
      <h1 className="kern-heading-large">
        {person.vorname} {person.nachname}
      </h1>
      <ErrorSummary errors={props.errors} />
      <dl className="kern-description-list">
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{de.person.bgNummer}</dt>
          <dd className="kern-description-list-item__value">{person.bgNummer}</dd>
        </div>
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{de.person.geburtsdatum}</dt>
          <dd className="kern-description-list-item__value">{formatGermanDate(person.geburtsdatum)}</dd>
        </div>
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{de.person.sprache}</dt>
          <dd className="kern-description-list-item__value">{de.sprachen[person.sprache]}</dd>
        </div>
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{de.person.kontakt}</dt>
          <dd className="kern-description-list-item__value">
            {[person.email, person.telefon].filter(Boolean).join(", ") || "–"}
          </dd>
        </div>
      </dl>
      {!schreiben && <InfoAlert titel="Nur lesen: Pläne schreibt die zuständige Integrationsfachkraft." />}
      {props.actor.rolle === "teamleitung" && (
        <p className="kern-body">
          <a className="kern-link" href={`/personen/${person.id}/protokoll`}>
            {de.person.protokoll}
          </a>
        </p>
      )}
      <p className="kern-body">
        <a className="kern-link" href={`/personen/${person.id}/portal`}>
          Portal: Zugang, Vorschläge, Meldungen und Nachweise
        </a>
      </p>
      <Plan akte={props.akte} csrfToken={props.csrfToken} schreiben={schreiben} />
      {props.zeitleiste && <ZeitleisteSection zeitleiste={props.zeitleiste} link />}
      <Potenzialanalyse akte={props.akte} schreiben={schreiben} />
      <Terminvermerke {...props} schreiben={schreiben} />
    </Layout>
  );
}
