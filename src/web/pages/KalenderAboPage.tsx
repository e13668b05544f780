import type { Actor } from "../../application/ports";
import { CsrfField } from "../components/FormFields";
import { Layout } from "../components/Layout";
import { de } from "../translations/de";

const t = de.kalender;

export interface KalenderAboPageProps {
  actor: Actor;
  csrfToken: string;
  /** When the live subscription was made (already formatted), or null. */
  aktivSeit: string | null;
  /** The new link, shown once right after it was made. */
  neuerLink?: string;
  beendet?: boolean;
}

/** The counsellor's calendar subscription: make (or renew) a secret link, or end it. */
export function KalenderAboPage(p: KalenderAboPageProps) {
  return (
    <Layout titel={t.titel} actor={p.actor} csrfToken={p.csrfToken}>
      <h1 className="kern-heading-large">{t.titel}</h1>
      <p className="kern-body">{t.erklaerung}</p>
      {p.beendet && (
        <p className="kern-body" role="status">
          {t.beendet}
        </p>
      )}
      {p.neuerLink && (
        <div role="status">
          <p className="kern-body">{t.linkEinmal}</p>
          <p className="kern-body">
            <code className="kp-abo-link" data-testid="abo-link">
              {p.neuerLink}
            </code>
          </p>
        </div>
      )}
      <p className="kern-body">{p.aktivSeit ? t.aktivSeit(p.aktivSeit) : t.keinAbo}</p>
      <form method="post" action="/mein-kalender/abo" className="kp-actions">
        <CsrfField token={p.csrfToken} />
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">{p.aktivSeit ? t.erneuern : t.abonnieren}</span>
        </button>
      </form>
      {p.aktivSeit && (
        <form method="post" action="/mein-kalender/abo/beenden" className="kp-actions">
          <CsrfField token={p.csrfToken} />
          <button type="submit" className="kern-btn kern-btn--secondary">
            <span className="kern-label">{t.beenden}</span>
          </button>
        </form>
      )}
    </Layout>
  );
}
