import type { PlanVersion } from "../../domain/kooperationsplan/planVersion";
import { rechtsstandAm } from "../../domain/rechtsstand/rechtsstandAm";
import type { IsoDate } from "../../domain/shared/isoDate";
import { briefArtAm } from "../../domain/verbindlichkeit/briefArtAm";
import { de } from "../translations/de";

const t = de.rechtsfolgen.schritte;

/**
 * Per step of an agreed version: "Aufforderung vorbereiten" (until 30.6.2026) or "Verpflichtung vorbereiten"
 * (from 1.7.2026), by today's law; for a version agreed under the old law also a link to record an
 * Aufforderung sent before 1.7.2026.
 */
export function SchrittBriefAktionen({ version, heute }: { version: PlanVersion; heute: IsoDate }) {
  if (version.status !== "abgestimmt" || version.inhalt.schritte.length === 0) return null;
  const art = briefArtAm(heute);
  const nacherfassen = art === "verpflichtung" && version.rechtsstand === "2023-07";
  const base = `/plaene/${version.planId}/versionen/${version.nummer}/schritte`;
  return (
    <section aria-labelledby="verbindlich" className="kp-section">
      <h2 id="verbindlich" className="kern-heading-medium">
        {t.titel}
      </h2>
      <p className="kern-body">
        {t.hilfe} ({de.rechtsfolgen.rechtsstand[rechtsstandAm(heute)]})
      </p>
      <ol className="kern-list">
        {version.inhalt.schritte.map((s, i) => (
          <li key={s.id}>
            <p className="kern-body">{s.text}</p>
            <div className="kp-actions">
              <a
                className="kern-btn kern-btn--secondary"
                href={`${base}/${s.id}/brief?art=${art}`}
                aria-label={`${t[art]} ${t.zuSchritt(i + 1)}`}
              >
                <span className="kern-label">{t[art]}</span>
              </a>
              {nacherfassen && (
                <a
                  className="kern-link"
                  href={`${base}/${s.id}/brief?art=aufforderung`}
                  aria-label={`${t.nacherfassen} ${t.zuSchritt(i + 1)}`}
                >
                  {t.nacherfassen}
                </a>
              )}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
