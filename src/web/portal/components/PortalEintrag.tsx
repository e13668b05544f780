import { uebersetzeEintrag } from "../../../domain/portal/uebersetzeEintrag";
import type { Sprache } from "../../../domain/portal/portalSprache";
import type { PortalTexte } from "../translations/de";

interface Props {
  text: string;
  sprache: Sprache;
  t: PortalTexte;
  /** Entry id, to find the jobcentre's translation. */
  id?: string;
  uebersetzungen?: Readonly<Record<string, string>>;
}

/**
 * A plan entry in the page language: the jobcentre's translation (with a note), else the catalogue's;
 * free text stays German, marked with `lang="de-DE"` and a visible note.
 */
export function PortalEintrag({ text, sprache, t, id, uebersetzungen }: Props) {
  if (sprache === "de") return <>{text}</>;
  const vomJobcenter = id === undefined ? undefined : uebersetzungen?.[id];
  if (vomJobcenter)
    return (
      <>
        {vomJobcenter} <span className="kp-portal-nur-deutsch">({t.plan.jobcenterUebersetzung})</span>
      </>
    );
  const uebersetzt = uebersetzeEintrag(text, sprache);
  if (uebersetzt) return <>{uebersetzt}</>;
  return (
    <>
      <span lang="de-DE" dir="ltr">
        {text}
      </span>{" "}
      <span className="kp-portal-nur-deutsch">({t.plan.nurDeutsch})</span>
    </>
  );
}
