import type { Actor, PlanDokument } from "../../application/ports";
import type { Aenderung } from "../../domain/kooperationsplan/vergleichen";
import type { PlanVersion } from "../../domain/kooperationsplan/planVersion";
import { UEBERGABE_KANAL } from "../../domain/kooperationsplan/planVersion";
import { RUECKDATIERUNG_TAGE_STANDARD } from "../../domain/kooperationsplan/abstimmungsdatum";
import { defaultUeberpruefung } from "../../domain/kooperationsplan/ueberpruefung";
import { formatGermanDate, type IsoDate } from "../../domain/shared/isoDate";
import type { FeldFehler } from "../feldFehler";
import { abgelaufeneFristen } from "../../domain/kooperationsplan/fristen";
import { AbgelaufeneFristen } from "../components/AbgelaufeneFristen";
import { AenderungenListe } from "../components/AenderungenListe";
import { ErrorSummary } from "../components/Alerts";
import { ZuLangWarnung } from "../components/assistent/ZuLangWarnung";
import { CsrfField, RadioGroup, TextArea, TextField, fehlerMap } from "../components/FormFields";
import { Layout } from "../components/Layout";
import { OffenePlatzhalter } from "../components/OffenePlatzhalter";
import { PlanDokumentView } from "../components/PlanDokumentView";
import { SchrittBriefAktionen } from "../components/SchrittBriefAktionen";
import { de } from "../translations/de";

export interface PlanVersionPageProps {
  actor: Actor;
  csrfToken: string;
  personId: string;
  version: PlanVersion;
  dokument: PlanDokument;
  aenderungen: Aenderung[] | null;
  istAktuell: boolean;
  heute: IsoDate;
  errors?: FeldFehler[];
  meldung?: string;
  werte?: { am?: string; kanal?: string; ueberpruefungAm?: string; rueckdatierungGrund?: string };
  /** How many days back the jobcentre allows an agreement to be entered. */
  rueckdatierungTage?: number;
  /** The draft no longer fits one A4 page (warning only). */
  zuLang?: boolean;
}

function AbstimmenForm(props: PlanVersionPageProps) {
  const f = fehlerMap(props.errors);
  const base = `/plaene/${props.version.planId}/versionen/${props.version.nummer}`;
  return (
    <section aria-labelledby="abstimmen" className="kp-section kern-card">
      <div className="kern-card__container">
        <div className="kern-card__body">
          <h2 id="abstimmen" className="kern-heading-medium">
            {de.plan.abstimmenTitel}
          </h2>
          <p className="kern-body">{de.plan.abstimmenHilfe}</p>
          <form method="post" action={`${base}/abstimmen`} className="kern-stack-md">
            <CsrfField token={props.csrfToken} />
            <input type="hidden" name="lockVersion" value={props.version.lockVersion} />
            <TextField
              name="am"
              type="date"
              label={de.plan.abgestimmtAm}
              value={props.werte?.am ?? props.heute}
              error={f.am}
            />
            <TextArea
              name="rueckdatierungGrund"
              optional
              rows={2}
              label={de.integritaet.rueckdatierungGrund}
              hint={de.integritaet.rueckdatierungHilfe(
                props.rueckdatierungTage ?? RUECKDATIERUNG_TAGE_STANDARD,
              )}
              value={props.werte?.rueckdatierungGrund}
              error={f.rueckdatierungGrund}
            />
            <RadioGroup
              name="kanal"
              label={de.plan.kanal}
              value={props.werte?.kanal ?? "persoenlich"}
              error={f.kanal}
              options={UEBERGABE_KANAL.map((k) => [k, de.plan.kanaele[k]] as const)}
            />
            <TextField
              name="ueberpruefungAm"
              type="date"
              optional
              label={de.plan.ueberpruefungAm}
              hint={`${de.plan.ueberpruefungHilfe} Bei Abstimmung heute: ${formatGermanDate(defaultUeberpruefung(props.heute))}.`}
              value={props.werte?.ueberpruefungAm}
              error={f.ueberpruefungAm}
            />
            <button type="submit" className="kern-btn kern-btn--primary">
              <span className="kern-label">{de.plan.abstimmen}</span>
            </button>
          </form>
        </div>
      </div>
    </section>
  );
}

/** A version as the person receives it; for a draft with "abstimmen und übergeben", for an agreed one PDF and Fortschreibung. */
export function PlanVersionPage(props: PlanVersionPageProps) {
  const { version } = props;
  const base = `/plaene/${version.planId}/versionen/${version.nummer}`;
  const schreiben = props.actor.rolle === "integrationsfachkraft";
  return (
    <Layout titel={de.plan.titel(version.nummer)} actor={props.actor} csrfToken={props.csrfToken}>
      <p className="kern-body">
        <a className="kern-link" href={`/personen/${props.personId}`}>
          {de.plan.zurPerson}
        </a>
      </p>
      <h1 className="kern-heading-large">
        {version.status === "entwurf" ? de.plan.vorschauTitel : de.plan.titel(version.nummer)}{" "}
        <span className="kern-badge kern-badge--info">
          <span className="kern-label kern-label--small">{de.plan.status[version.status]}</span>
        </span>
      </h1>
      <ErrorSummary errors={props.errors} meldung={props.meldung} />
      {props.zuLang && <ZuLangWarnung />}
      <div className="kp-actions">
        {version.status === "entwurf" && schreiben && (
          <a className="kern-btn kern-btn--secondary" href={`${base}/bearbeiten`}>
            <span className="kern-label">{de.person.entwurfBearbeiten}</span>
          </a>
        )}
        {version.status !== "entwurf" && (
          <a className="kern-btn kern-btn--secondary" href={`${base}/pdf`} download>
            <span className="kern-label">{de.plan.pdf}</span>
          </a>
        )}
        {version.status === "abgestimmt" && props.istAktuell && schreiben && (
          <form method="post" action={`/plaene/${version.planId}/fortschreiben`} className="kp-inline-form">
            <CsrfField token={props.csrfToken} />
            <button type="submit" className="kern-btn kern-btn--primary">
              <span className="kern-label">{de.person.fortschreiben}</span>
            </button>
          </form>
        )}
      </div>
      {version.status === "abgestimmt" && props.istAktuell && schreiben && version.nummer > 1 && (
        <p className="kern-body">
          <a className="kern-link" href={`/ueberpruefungen/naechste?nach=${version.planId}`}>
            {de.fortschreibung.ueberpruefung.naechste}
          </a>
        </p>
      )}
      {props.aenderungen && (
        <AenderungenListe aenderungen={props.aenderungen} vorherigeNummer={version.nummer - 1} />
      )}
      <PlanDokumentView dokument={props.dokument} />
      {version.status === "entwurf" && schreiben && (
        <OffenePlatzhalter inhalt={version.inhalt} editor={`${base}/bearbeiten`} />
      )}
      {version.status === "entwurf" && schreiben && (
        <AbgelaufeneFristen
          fristen={abgelaufeneFristen(version.inhalt, props.heute)}
          stichtag={props.heute}
          action={`${base}/fristen`}
          csrfToken={props.csrfToken}
          lockVersion={version.lockVersion}
        />
      )}
      {version.status === "entwurf" && schreiben && <AbstimmenForm {...props} />}
      {schreiben && <SchrittBriefAktionen version={version} heute={props.heute} />}
    </Layout>
  );
}
