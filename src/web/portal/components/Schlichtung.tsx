import type { BereichProps } from "./Beteiligung";
import { formatZeit } from "./formatZeit";
import { Csrf, Knopf, Textfeld } from "./PortalFelder";

/**
 * Schlichtungsverfahren (§ 15a a. F.) for a plan agreed under the old law: a plain explanation and the
 * request form while it may still begin; afterwards a note that it no longer exists and what to do instead.
 */
export function Schlichtung({ t, csrfToken, daten, fehler }: BereichProps) {
  const s = daten.schlichtung;
  if (!s.altesRecht) return null;
  const text = t.schlichtung;
  return (
    <section aria-labelledby="schlichtung" className="kp-section">
      <h2 id="schlichtung" className="kern-heading-medium">
        {text.titel}
      </h2>
      {!s.beantragbar ? (
        <p className="kern-body">{text.abgeschafft}</p>
      ) : (
        <>
          <p className="kern-body">{text.erklaerung}</p>
          {s.beantragtAm ? (
            <p className="kern-body kern-body--bold">{text.beantragt(formatZeit(s.beantragtAm))}</p>
          ) : (
            <form method="post" action="/portal/schlichtung" className="kern-stack-md">
              <Csrf token={csrfToken} />
              <Textfeld name="anliegen" label={text.grund} fehler={fehler} required />
              <Knopf art="secondary">{text.beantragen}</Knopf>
            </form>
          )}
        </>
      )}
    </section>
  );
}
