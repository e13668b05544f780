import { verlaengerteFrist, type AbgelaufeneFrist } from "../../domain/kooperationsplan/fristen";
import { formatGermanDate, type IsoDate } from "../../domain/shared/isoDate";
import { de } from "../translations/de";

const t = de.fortschreibung.fristen;

/** The two actions for one stale deadline; submit buttons of the surrounding form (`aktion=frist:…`). */
export function FristAktionButtons({ frist, stichtag }: { frist: AbgelaufeneFrist; stichtag: IsoDate }) {
  const label = t.schritt(frist.index + 1);
  const bis = formatGermanDate(verlaengerteFrist(frist.schritt.frist, stichtag));
  return (
    <div className="kp-item-buttons">
      <button
        type="submit"
        name="aktion"
        value={`frist:verlaengern:${frist.schritt.id}`}
        className="kern-btn kern-btn--secondary kern-btn--x-small"
        aria-label={`${label}: ${t.verlaengern(bis)}`}
      >
        <span className="kern-label">{t.verlaengern(bis)}</span>
      </button>
      <button
        type="submit"
        name="aktion"
        value={`frist:erledigt:${frist.schritt.id}`}
        className="kern-btn kern-btn--tertiary kern-btn--x-small"
        aria-label={`${label}: ${t.erledigt}`}
      >
        <span className="kern-label">{t.erledigt}</span>
      </button>
    </div>
  );
}

export function AlleFristenButton() {
  return (
    <button type="submit" name="aktion" value="frist:alle" className="kern-btn kern-btn--secondary">
      <span className="kern-label">{t.alle}</span>
    </button>
  );
}
