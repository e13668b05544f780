import type { ReactNode } from "react";
import type { PlanDokument } from "../../application/ports";
import type { Eintrag, Schritt } from "../../domain/kooperationsplan/planInhalt";
import { formatGermanDate } from "../../domain/shared/isoDate";
import { de } from "../translations/de";

const t = de.plan;
const d = de.dokument;

function schrittDetails(s: Schritt): string {
  return [
    s.haeufigkeit && `${d.wieOft}: ${s.haeufigkeit}`,
    s.frist && `${d.bis}: ${formatGermanDate(s.frist)}`,
    s.nachweis && `${d.nachweis}: ${s.nachweis}`,
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

const REHA_TEXT = d.reha;

/** One rubric of the document: a heading and its content. */
function Abschnitt({ id, titel, children }: { id: string; titel: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className="kern-heading-small">
        {titel}
      </h3>
      {children}
    </section>
  );
}

/** The plan exactly as the person receives it (same six sections and header as the PDF). */
export function PlanDokumentView({ dokument }: { dokument: PlanDokument }) {
  const { inhalt } = dokument;
  const termin = inhalt.naechsterTermin;
  return (
    <article className="kp-dokument" aria-labelledby="dokument-titel">
      <header className="kp-dokument__kopf">
        <h2 id="dokument-titel" className="kern-heading-medium">
          {d.titel(dokument.versionNummer)}
        </h2>
        <p className="kern-body">
          {dokument.jobcenter.name}, {dokument.jobcenter.anschrift}
        </p>
        <p className="kern-body">{d.fuer(dokument.person.name, dokument.person.bgNummer)}</p>
        <p className="kern-body">
          {d.ansprechperson(dokument.betreuung.name, dokument.betreuung.telefon, dokument.betreuung.email)}
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
      <Abschnitt id="d-zwischen" titel={t.zwischenziele}>
        <Liste items={inhalt.zwischenziele} />
      </Abschnitt>
      <Abschnitt id="d-schritte" titel={t.schritte}>
        <Liste items={inhalt.schritte} />
      </Abschnitt>
      <Abschnitt id="d-jc" titel={t.unterstuetzung}>
        <Liste items={inhalt.unterstuetzung} />
      </Abschnitt>
      <Abschnitt id="d-andere" titel={t.andereStellen}>
        <Liste items={inhalt.andereStellen} />
      </Abschnitt>
      <section aria-labelledby="d-sonst">
        <h3 id="d-sonst" className="kern-heading-small">
          {t.wasSonstNochWichtig}
        </h3>
        {inhalt.wasSonstNochWichtig && <p className="kern-body kp-preline">{inhalt.wasSonstNochWichtig}</p>}
        {REHA_TEXT[inhalt.rehaBedarf] && <p className="kern-body">{REHA_TEXT[inhalt.rehaBedarf]}</p>}
        {termin && (
          <p className="kern-body">
            {d.naechsterTermin(
              [formatGermanDate(termin.datum), termin.uhrzeit && `${termin.uhrzeit} Uhr`, termin.ort]
                .filter(Boolean)
                .join(", "),
            )}
          </p>
        )}
        {!inhalt.wasSonstNochWichtig && !REHA_TEXT[inhalt.rehaBedarf] && !termin && (
          <p className="kern-body kern-body--muted">{t.keineAngaben}</p>
        )}
      </section>
      <footer className="kp-dokument__fuss">
        <p className="kern-body kern-body--small">{d.fusszeile}</p>
      </footer>
    </article>
  );
}
