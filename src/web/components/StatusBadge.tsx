import type { FallStatus } from "../../domain/kooperationsplan/fallStatus";
import { de } from "../translations/de";

const VARIANT: Record<FallStatus, string> = {
  kein_plan: "kern-badge--info",
  entwurf: "kern-badge--info",
  aktuell: "kern-badge--success",
  faellig: "kern-badge--warning",
  ueberfaellig: "kern-badge--danger",
};

export function StatusBadge({ status }: { status: FallStatus }) {
  return (
    <span className={`kern-badge ${VARIANT[status]}`}>
      <span className="kern-label kern-label--small">{de.fallStatus[status]}</span>
    </span>
  );
}
