import { de } from "../../translations/de";

/** Keyset paging: "older entries" (with the next page token) and back to the newest entries. */
export function AuditSeitenNavigation(props: {
  basis: string;
  query?: URLSearchParams;
  naechste: string | null;
  istErsteSeite: boolean;
}) {
  if (!props.naechste && props.istErsteSeite) return null;
  const link = (nach: string | null) => {
    const q = new URLSearchParams(props.query);
    q.delete("nach");
    if (nach) q.set("nach", nach);
    const s = q.toString();
    return s ? `${props.basis}?${s}` : props.basis;
  };
  return (
    <nav aria-label={de.audit.seite.navigation} className="kp-pagination">
      {!props.istErsteSeite && (
        <a className="kern-link" href={link(null)}>
          {de.audit.seite.anfang}
        </a>
      )}
      {props.naechste && (
        <a className="kern-link" href={link(props.naechste)} rel="next">
          {de.audit.seite.weiter}
        </a>
      )}
    </nav>
  );
}
