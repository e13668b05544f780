import type { EingangEintrag } from "../../domain/posteingang/posteingang";
import { formatGermanDate } from "../../domain/shared/isoDate";
import { de } from "../translations/de";

const t = de.posteingang;

/** Where an item is handled (for the team lead, read-only: the person's page). */
export function posteingangZiel(e: EingangEintrag, nurLesen: boolean): string {
  const person = `/personen/${e.personId}`;
  if (nurLesen) return person;
  switch (e.art) {
    case "ueberpruefung":
    case "frist":
      return e.planId ? `/plaene/${e.planId}/ueberpruefen` : person;
    case "brief":
      return `/briefe/${e.schluessel.bezugId}`;
    case "schlichtung":
      return `${person}/rechtsfolgen`;
    default:
      return `${person}/portal`;
  }
}

export const eintragText = (e: EingangEintrag): string => t.arten[e.art](e.anzahl ?? 1);

function datumText(e: EingangEintrag): string {
  const d = formatGermanDate(e.datum);
  if (e.anzahl !== null) return t.seit(d);
  if (e.art === "brief") return t.briefVom(d);
  if (e.art === "schlichtung") return t.endetAm(d);
  return t.faelligAm(d);
}

export interface PosteingangTabelleProps {
  eintraege: readonly EingangEintrag[];
  caption: string;
  /** Counsellor: a "done" button per row; team lead: none. */
  csrfToken: string | null;
}

/** The inbox items as a table: the item (linked to where it is handled) heads each row. */
export function PosteingangTabelle({ eintraege, caption, csrfToken }: PosteingangTabelleProps) {
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--striped">
        <caption className="kern-sr-only">{caption}</caption>
        <thead className="kern-table__header">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t.spalten.eintrag}
            </th>
            <th scope="col" className="kern-table__header">
              {t.spalten.person}
            </th>
            <th scope="col" className="kern-table__header">
              {t.spalten.datum}
            </th>
            {csrfToken !== null && (
              <th scope="col" className="kern-table__header">
                {t.spalten.aktion}
              </th>
            )}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {eintraege.map((e) => {
            const text = eintragText(e);
            const s = e.schluessel;
            return (
              <tr className="kern-table__row" key={`${s.personId}-${s.art}-${s.bezugId}`}>
                <th scope="row" className="kern-table__cell">
                  <a className="kern-link" href={posteingangZiel(e, csrfToken === null)}>
                    {text}
                  </a>
                  {e.problemGemeldet && (
                    <>
                      {" "}
                      <span className="kern-badge kern-badge--warning">
                        <span className="kern-label kern-label--small">{t.problemGemeldet}</span>
                      </span>
                    </>
                  )}
                </th>
                <td className="kern-table__cell">{e.personName}</td>
                <td className="kern-table__cell">
                  {datumText(e)}
                  {e.ueberfaellig && (
                    <>
                      {" "}
                      <span className="kern-badge kern-badge--danger">
                        <span className="kern-label kern-label--small">{t.ueberfaellig}</span>
                      </span>
                    </>
                  )}
                </td>
                {csrfToken !== null && (
                  <td className="kern-table__cell">
                    <form method="post" action="/eingang/erledigt" className="kp-inline-form">
                      <input type="hidden" name="_csrf" value={csrfToken} />
                      <input type="hidden" name="personId" value={s.personId} />
                      <input type="hidden" name="art" value={s.art} />
                      <input type="hidden" name="bezugId" value={s.bezugId} />
                      <button
                        type="submit"
                        className="kern-btn kern-btn--secondary kern-btn--small"
                        aria-label={t.erledigtFuer(text, e.personName, datumText(e))}
                      >
                        <span className="kern-label">{t.erledigt}</span>
                      </button>
                    </form>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
