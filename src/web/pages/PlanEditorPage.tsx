import type { AssistentKontext } from "../../application/angebote/getAssistentKontext";
import type { Actor } from "../../application/ports";
import type { Angebot, Angebotskatalog } from "../../domain/angebote/angebot";
import { berechneBudgetStand, type BudgetStand } from "../../domain/angebote/budgetStand";
import { suggestAngebote } from "../../domain/angebote/suggestAngebote";
import { checkPlanQualitaet, type PlanQualitaet } from "../../domain/assistent/checkPlanQualitaet";
import { ART_DER_SECTION } from "../../domain/assistent/eintragArten";
import type { EintragBefund } from "../../domain/assistent/eintragBefund";
import {
  LIST_SECTIONS,
  REHA_BEDARF,
  type ListSection,
  type PlanInhalt,
  type Schritt,
  type Unterstuetzung,
} from "../../domain/kooperationsplan/planInhalt";
import type { PlanVersion } from "../../domain/kooperationsplan/planVersion";
import { abgelaufeneFristen, type AbgelaufeneFrist } from "../../domain/kooperationsplan/fristen";
import { offenePlatzhalter } from "../../domain/kooperationsplan/platzhalter";
import { formatGermanDate, type IsoDate } from "../../domain/shared/isoDate";
import type { FeldFehler } from "../feldFehler";
import { ErrorSummary, SuccessAlert } from "../components/Alerts";
import { AlleFristenButton, FristAktionButtons } from "../components/FristAktionen";
import { CsrfField, RadioGroup, TextArea, TextField, fehlerMap, type Fehler } from "../components/FormFields";
import { Layout } from "../components/Layout";
import { AngebotVorschlaege } from "../components/assistent/AngebotVorschlaege";
import { BereichSelect } from "../components/assistent/BereichSelect";
import { BudgetZuordnung } from "../components/assistent/BudgetZuordnung";
import { EintragAssistent } from "../components/assistent/EintragAssistent";
import { editorQualitaet, planAreas } from "../components/assistent/editorQualitaet";
import { PlanAssistent } from "../components/assistent/PlanAssistent";
import { VorlagenSuche, type VorlagenSucheProps } from "../components/assistent/VorlagenSuche";
import { de } from "../translations/de";

export interface PlanEditorPageProps {
  actor: Actor;
  csrfToken: string;
  personName: string;
  personId: string;
  version: PlanVersion;
  /** Values to show: the stored draft, or what was just submitted when it could not be saved. */
  inhalt: PlanInhalt;
  lockVersion: number;
  neu?: ListSection | null;
  gespeichert?: boolean;
  errors?: FeldFehler[];
  meldung?: string;
  konflikt?: boolean;
  /** Latest Potenzialanalyse and offer catalogue for the assistant; without it, fewer hints. */
  kontext?: AssistentKontext;
  vorlagen?: VorlagenSucheProps;
  /** Today: deadlines before it are stale and block agreement. */
  heute?: IsoDate;
}

const t2 = de.assistent;

/** "Ergänzen Sie: {datum}" under a field whose text still holds a template placeholder. */
function ergaenzen(text: string, hilfe?: string): string | undefined {
  const offen = offenePlatzhalter(text);
  if (offen.length === 0) return hilfe;
  const hinweis = de.integritaet.platzhalterErgaenzen(offen);
  return hilfe ? `${hilfe} ${hinweis}` : hinweis;
}

const t = de.plan;
const ITEM_LABEL: Record<ListSection, string> = {
  zwischenziele: "Zwischenziel",
  schritte: "Schritt",
  unterstuetzung: "Unterstützung",
  andereStellen: "Andere Stelle",
};

function ItemButtons({
  section,
  id,
  index,
  count,
}: {
  section: ListSection;
  id: string;
  index: number;
  count: number;
}) {
  const label = `${ITEM_LABEL[section]} ${index + 1}`;
  return (
    <div className="kp-item-buttons">
      {index > 0 && (
        <button
          type="submit"
          name="aktion"
          value={`hoch:${section}:${id}`}
          className="kern-btn kern-btn--tertiary kern-btn--x-small"
          aria-label={`${label}: ${t.hoch}`}
        >
          <span className="kern-label">{t.hoch}</span>
        </button>
      )}
      {index < count - 1 && (
        <button
          type="submit"
          name="aktion"
          value={`runter:${section}:${id}`}
          className="kern-btn kern-btn--tertiary kern-btn--x-small"
          aria-label={`${label}: ${t.runter}`}
        >
          <span className="kern-label">{t.runter}</span>
        </button>
      )}
      <button
        type="submit"
        name="aktion"
        value={`entfernen:${section}:${id}`}
        className="kern-btn kern-btn--tertiary kern-btn--x-small"
        aria-label={`${label}: ${t.entfernen}`}
      >
        <span className="kern-label">{t.entfernen}</span>
      </button>
    </div>
  );
}

function Item({
  section,
  item,
  index,
  count,
  f,
  q,
  stale,
  heute,
  budget,
}: {
  section: ListSection;
  item: PlanInhalt[ListSection][number];
  index: number;
  count: number;
  f: Fehler;
  q: PlanQualitaet;
  stale?: AbgelaufeneFrist | undefined;
  heute?: IsoDate | undefined;
  budget?: BudgetAnsicht | undefined;
}) {
  const p = `${section}.${index}`;
  const label = `${ITEM_LABEL[section]} ${index + 1}`;
  const isSchritt = section === "schritte";
  const zuordnung = section === "unterstuetzung" ? (item as Unterstuetzung) : null;
  return (
    <li className="kp-item" id={`eintrag-${item.id}`} data-eintrag={section}>
      <input type="hidden" name={`${p}.id`} value={item.id} />
      <TextArea
        name={`${p}.text`}
        label={label}
        hint={ergaenzen(item.text)}
        value={item.text}
        error={f[`${p}.text`]}
      />
      <EintragAssistent
        id={item.id}
        befund={befundOf(q, item.id)}
        sprache={q.spracheJeEintrag.get(item.id)}
      />
      {isSchritt && (
        <div className="kp-item-grid">
          <TextField
            name={`${p}.haeufigkeit`}
            label={t.haeufigkeit}
            optional
            hint={ergaenzen((item as Schritt).haeufigkeit)}
            value={(item as Schritt).haeufigkeit}
            error={f[`${p}.haeufigkeit`]}
          />
          <TextField
            name={`${p}.frist`}
            type="date"
            label={t.frist}
            optional
            value={(item as Schritt).frist}
            error={
              f[`${p}.frist`] ??
              (stale
                ? de.fortschreibung.fristen.abgelaufen(formatGermanDate(stale.schritt.frist))
                : undefined)
            }
          />
          <TextField
            name={`${p}.nachweis`}
            label={t.nachweis}
            optional
            hint={ergaenzen((item as Schritt).nachweis)}
            value={(item as Schritt).nachweis}
            error={f[`${p}.nachweis`]}
          />
        </div>
      )}
      {stale && heute && <FristAktionButtons frist={stale} stichtag={heute} />}
      {zuordnung?.angebotId && (
        <BudgetZuordnung
          prefix={p}
          eintrag={{ ...zuordnung, angebotId: zuordnung.angebotId }}
          angebot={budget?.angebote.find((a) => a.id === zuordnung.angebotId)}
          stand={budget?.stand.find((s) => s.angebotId === zuordnung.angebotId)}
          error={f[`${p}.schaetzungCent`]}
        />
      )}
      <BereichSelect
        name={`${p}.bereich`}
        kind={ART_DER_SECTION[section]}
        befund={befundOf(q, item.id)}
        code={item.code}
        label={`${label}: ${t2.bereich}`}
      />
      <ItemButtons section={section} id={item.id} index={index} count={count} />
    </li>
  );
}

function Section({
  section,
  inhalt,
  neu,
  f,
  q,
  heute,
  budget,
}: {
  section: ListSection;
  inhalt: PlanInhalt;
  neu: boolean;
  f: Fehler;
  q: PlanQualitaet;
  heute?: IsoDate | undefined;
  budget?: BudgetAnsicht | undefined;
}) {
  const stale = section === "schritte" && heute ? abgelaufeneFristen(inhalt, heute) : [];
  const items = [...inhalt[section]] as PlanInhalt[ListSection][number][];
  if (neu)
    items.push({
      id: `neu-${section}`,
      text: "",
      ...(section === "schritte" ? { haeufigkeit: "", frist: null, nachweis: "" } : {}),
    } as Schritt);
  return (
    <fieldset className="kern-fieldset kp-section" id={`abschnitt-${section}`}>
      <legend className="kern-heading-small">{t[section]}</legend>
      <div className="kern-fieldset__body">
        {items.length > 0 && (
          <ol className="kp-items">
            {items.map((item, i) => (
              <Item
                key={item.id}
                section={section}
                item={item}
                index={i}
                count={items.length}
                f={f}
                q={q}
                stale={stale.find((a) => a.schritt.id === item.id)}
                heute={heute}
                budget={budget}
              />
            ))}
          </ol>
        )}
        {stale.length > 1 && <AlleFristenButton />}
        <button
          type="submit"
          name="aktion"
          value={`hinzufuegen:${section}`}
          className="kern-btn kern-btn--secondary kern-btn--x-small"
          aria-label={`${t[section]}: ${t.hinzufuegen}`}
        >
          <span className="kern-icon kern-icon--add kern-icon--small" aria-hidden="true" />
          <span className="kern-label">{t.hinzufuegen}</span>
        </button>
      </div>
    </fieldset>
  );
}

const befundOf = (q: PlanQualitaet, id: string): EintragBefund | undefined =>
  q.eintraege.find((e) => e.id === id);

/** Offers and their budget once this plan is agreed (committed figures of the jobcentre). */
interface BudgetAnsicht {
  angebote: readonly Angebot[];
  stand: readonly BudgetStand[];
}

/** The catalogue with each known budget replaced by what remains after this plan: the assistant's hint. */
const katalogNachDiesemPlan = (katalog: Angebotskatalog, stand: readonly BudgetStand[]): Angebotskatalog => ({
  ...katalog,
  angebote: katalog.angebote.map((a) => ({
    ...a,
    restbudgetCent: stand.find((s) => s.angebotId === a.id)?.nachDiesemPlanCent ?? a.restbudgetCent ?? null,
  })),
});

/** The plan editor: works as a plain form (every button saves the draft); scripts only add comfort. */
export function PlanEditorPage(props: PlanEditorPageProps) {
  const f = fehlerMap(props.errors);
  const { inhalt, version } = props;
  const base = `/plaene/${version.planId}/versionen/${version.nummer}`;
  const pa = props.kontext?.potenzialanalyse;
  const q = editorQualitaet(checkPlanQualitaet(inhalt, { potenzialanalyse: pa }));
  const k = props.kontext;
  const budget: BudgetAnsicht | undefined = k && {
    angebote: k.katalog.angebote,
    stand: berechneBudgetStand(k.katalog.angebote, k.bindungen, {
      jahr: k.budgetJahr,
      planId: version.planId,
      inhalt,
    }),
  };
  const vorschlaege =
    k && budget ? suggestAngebote(katalogNachDiesemPlan(k.katalog, budget.stand), planAreas(q)) : [];
  return (
    <Layout
      titel={`${t.titel(version.nummer)} – ${props.personName}`}
      actor={props.actor}
      csrfToken={props.csrfToken}
    >
      <p className="kern-body">
        <a className="kern-link" href={`/personen/${props.personId}`}>
          {t.zurPerson}
        </a>
      </p>
      <h1 className="kern-heading-large">
        {t.titel(version.nummer)}: {props.personName}
      </h1>
      {props.gespeichert && <SuccessAlert text={t.gespeichert} />}
      <ErrorSummary errors={props.errors} meldung={props.meldung} />
      {props.konflikt && (
        <p className="kern-body">
          <a className="kern-link" href={`${base}/bearbeiten`}>
            {t.neuLaden}
          </a>
        </p>
      )}
      <PlanAssistent q={q} />
      <form
        method="post"
        action={`${base}/bearbeiten`}
        className="kern-stack-lg"
        data-plan-editor=""
        data-sprachniveau={pa?.sprachniveauDeutsch}
        data-gesundheit={pa?.gesundheitlicheEinschraenkung ? "ja" : undefined}
      >
        {/* Enter in a text field saves the draft instead of triggering the first item button. */}
        <button
          type="submit"
          name="aktion"
          value="speichern"
          className="kp-default-submit"
          tabIndex={-1}
          aria-hidden="true"
        >
          {t.speichern}
        </button>
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="lockVersion" value={props.lockVersion} />
        <fieldset className="kern-fieldset kp-section">
          <legend className="kern-heading-small">{t.berufsziel}</legend>
          <div className="kern-fieldset__body">
            <TextArea
              name="berufsziel"
              label={t.berufszielFeld}
              hint={ergaenzen(inhalt.berufsziel, t.berufszielHilfe)}
              value={inhalt.berufsziel}
              error={f.berufsziel}
            />
            <EintragAssistent
              id="berufsziel"
              befund={befundOf(q, "berufsziel")}
              sprache={q.spracheJeEintrag.get("berufsziel")}
            />
            <BereichSelect
              name="berufszielBereich"
              kind="ziel"
              befund={befundOf(q, "berufsziel")}
              code={inhalt.berufszielCode}
              label={`${t.berufsziel}: ${t2.bereich}`}
            />
            <TextField
              name="vermittlungsfelder"
              label={t.vermittlungsfelder}
              optional
              hint={ergaenzen(inhalt.vermittlungsfelder)}
              value={inhalt.vermittlungsfelder}
              error={f.vermittlungsfelder}
            />
          </div>
        </fieldset>
        {LIST_SECTIONS.map((s) => (
          <Section
            key={s}
            section={s}
            inhalt={inhalt}
            neu={props.neu === s}
            f={f}
            q={q}
            heute={props.heute}
            budget={budget}
          />
        ))}
        <fieldset className="kern-fieldset kp-section">
          <legend className="kern-heading-small">{t.wasSonstNochWichtig}</legend>
          <div className="kern-fieldset__body">
            <TextArea
              name="wasSonstNochWichtig"
              label={t.wasSonstNochWichtigFeld}
              optional
              hint={ergaenzen(inhalt.wasSonstNochWichtig)}
              rows={3}
              value={inhalt.wasSonstNochWichtig}
              error={f.wasSonstNochWichtig}
            />
            <RadioGroup
              name="rehaBedarf"
              label={t.rehaBedarf}
              value={inhalt.rehaBedarf}
              options={REHA_BEDARF.map((r) => [r, t.reha[r]] as const)}
            />
            <div className="kp-item-grid">
              <TextField
                name="naechsterTermin.datum"
                type="date"
                label={`${t.naechsterTermin}: ${t.terminDatum}`}
                optional
                value={inhalt.naechsterTermin?.datum}
                error={f["naechsterTermin.datum"]}
              />
              <TextField
                name="naechsterTermin.uhrzeit"
                type="time"
                label={t.terminUhrzeit}
                optional
                value={inhalt.naechsterTermin?.uhrzeit}
                error={f["naechsterTermin.uhrzeit"]}
              />
              <TextField
                name="naechsterTermin.ort"
                label={t.terminOrt}
                optional
                hint={ergaenzen(inhalt.naechsterTermin?.ort ?? "")}
                value={inhalt.naechsterTermin?.ort}
                error={f["naechsterTermin.ort"]}
              />
            </div>
          </div>
        </fieldset>
        <VorlagenSuche {...(props.vorlagen ?? { suche: "", abschnitt: "schritte", treffer: null })} />
        {budget && <AngebotVorschlaege vorschlaege={vorschlaege} stand={budget.stand} />}
        <div className="kp-actions">
          <button type="submit" name="aktion" value="speichern" className="kern-btn kern-btn--secondary">
            <span className="kern-label">{t.speichern}</span>
          </button>
          <button type="submit" name="aktion" value="vorschau" className="kern-btn kern-btn--primary">
            <span className="kern-label">{t.vorschau}</span>
          </button>
        </div>
      </form>
      <script type="module" src="/assets/app/assistent.js" />
    </Layout>
  );
}
