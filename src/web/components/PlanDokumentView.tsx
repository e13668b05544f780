import type { PlanDokument } from "../../application/ports";
import type { Eintrag, Schritt } from "../../domain/kooperationsplan/planInhalt";
import { formatGermanDate } from "../../domain/shared/isoDate";
import { de } from "../translations/de";

const t = de.plan;

function schrittDetails(s: Schritt): string {
  return [
    s.haeufigkeit && `Wie oft: ${s.haeufigkeit}`,
    s.frist && `Bis: ${formatGermanDate(s.frist)}`,
    s.nachweis && `Nachweis: ${s.nachweis}`,
  ]
    .filter(Boolean)
    .join(" · ");
}

function Liste({ items }: { items: readonly (Eintrag | Schritt)[] }) {
  if (items.length === 0) return <p className="kern-body kern-body--muted">{t.keineAngaben}</p>;
  return (
    <ul className="kern-list kern-list--bullet">
      {items.map((item) => (
        <li key={item.id}>
          {item.text}
          {"haeufigkeit" in item && schrittDetails(item) && (
            <span className="kp-details">{schrittDetails(item)}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

const REHA_TEXT = {
  nein: null,
  pruefen: "Wir prüfen gemeinsam, ob Leistungen zur Rehabilitation für Sie in Frage kommen.",
  ja: "Sie stellen einen Antrag auf Leistungen zur Rehabilitation. Wir unterstützen Sie dabei.",
} as const;

/** The plan exactly as the person receives it (same six sections and header as the PDF). */
export function PlanDokumentView({ dokument }: { dokument: PlanDokument }) {
  const { inhalt } = dokument;
  const termin = inhalt.naechsterTermin;
  return (
    <article className="kp-dokument" aria-labelledby="dokument-titel">
      <header className="kp-dokument__kopf">
        <h2 id="dokument-titel" className="kern-heading-medium">
          Mein Kooperationsplan · Version {dokument.versionNummer}
        </h2>
        <p className="kern-body">
          {dokument.jobcenter.name}, {dokument.jobcenter.anschrift}
        </p>
        <p className="kern-body">
          Für: {dokument.person.name} (BG-Nummer {dokument.person.bgNummer})
        </p>
        <p className="kern-body">
          Ansprechperson: {dokument.betreuung.name}, Telefon {dokument.betreuung.telefon},{" "}
          {dokument.betreuung.email}
        </p>
        <p className="kern-body kern-body--bold">
          {dokument.abgestimmtAm && dokument.kanal
            ? t.vereinbartHinweis(formatGermanDate(dokument.abgestimmtAm), t.kanaele[dokument.kanal])
            : t.entwurfHinweis}
          {dokument.ueberpruefungAm &&
            ` ${t.ueberpruefungHinweis(formatGermanDate(dokument.ueberpruefungAm))}`}
        </p>
      </header>
      <section aria-labelledby="d-ziel">
        <h3 id="d-ziel" className="kern-heading-small">
          {t.berufsziel}
        </h3>
        <p className="kern-body">{inhalt.berufsziel || t.keineAngaben}</p>
        {inhalt.vermittlungsfelder && (
          <p className="kern-body">
            {t.vermittlungsfelder}: {inhalt.vermittlungsfelder}
          </p>
        )}
      </section>
      <section aria-labelledby="d-zwischen">
        <h3 id="d-zwischen" className="kern-heading-small">
          {t.zwischenziele}
        </h3>
        <Liste items={inhalt.zwischenziele} />
      </section>
      <section aria-labelledby="d-schritte">
        <h3 id="d-schritte" className="kern-heading-small">
          {t.schritte}
        </h3>
        <Liste items={inhalt.schritte} />
      </section>
      <section aria-labelledby="d-jc">
        <h3 id="d-jc" className="kern-heading-small">
          {t.unterstuetzung}
        </h3>
        <Liste items={inhalt.unterstuetzung} />
      </section>
      <section aria-labelledby="d-andere">
        <h3 id="d-andere" className="kern-heading-small">
          {t.andereStellen}
        </h3>
        <Liste items={inhalt.andereStellen} />
      </section>
      <section aria-labelledby="d-sonst">
        <h3 id="d-sonst" className="kern-heading-small">
          {t.wasSonstNochWichtig}
        </h3>
        {inhalt.wasSonstNochWichtig && <p className="kern-body kp-preline">{inhalt.wasSonstNochWichtig}</p>}
        {REHA_TEXT[inhalt.rehaBedarf] && <p className="kern-body">{REHA_TEXT[inhalt.rehaBedarf]}</p>}
        {termin && (
          <p className="kern-body">
            Unser nächster Termin: {formatGermanDate(termin.datum)}
            {termin.uhrzeit && `, ${termin.uhrzeit} Uhr`}
            {termin.ort && `, ${termin.ort}`}
          </p>
        )}
        {!inhalt.wasSonstNochWichtig && !REHA_TEXT[inhalt.rehaBedarf] && !termin && (
          <p className="kern-body kern-body--muted">{t.keineAngaben}</p>
        )}
      </section>
      <footer className="kp-dokument__fuss">
        <p className="kern-body kern-body--small">
          Dieser Plan braucht keine Unterschrift und ist kein Bescheid. Er hält fest, was wir gemeinsam
          vereinbart haben. (§ 15 SGB II)
        </p>
      </footer>
    </article>
  );
}
