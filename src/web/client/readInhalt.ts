import type { PlanInhalt, RehaBedarf, Schritt } from "../../domain/kooperationsplan/planInhalt";

type Row = Record<string, string>;
type Code = NonNullable<Schritt["code"]>;

/** The form's values: `schritte.0.text` → rows["schritte"][0].text (light version of the server's nestForm). */
function readRows(form: HTMLFormElement): { top: Row; rows: Record<string, Row[]> } {
  const top: Row = {};
  const rows: Record<string, Row[]> = {};
  for (const [key, value] of new FormData(form)) {
    if (typeof value !== "string") continue;
    const [section = "", index, field] = key.split(".");
    if (index === undefined || field === undefined) top[key] = value;
    else ((rows[section] ??= [])[Number(index)] ??= {})[field] = value;
  }
  return { top, rows };
}

/** A chosen area; the hidden reference text comes along while the choice is the one it was stored for. */
const personCode = (bereich: string | undefined, bezugBereich?: string, bezug?: string): { code?: Code } =>
  bereich
    ? {
        code: {
          area: bereich,
          specific: false,
          codedBy: "person",
          ...(bezug !== undefined && bezugBereich === bereich ? { bezugstext: bezug } : {}),
        },
      }
    : {};

/**
 * Plan content as typed in the editor right now (without validation; blank rows left out), so the
 * browser can run the same domain checks as the server.
 */
export function readInhalt(form: HTMLFormElement): PlanInhalt {
  const { top, rows } = readRows(form);
  const list = (section: string) => (rows[section] ?? []).filter((r) => r && (r.text ?? "").trim() !== "");
  const eintraege = (section: string) =>
    list(section).map((r) => ({
      id: r.id ?? "",
      text: r.text ?? "",
      ...personCode(r.bereich, r.bereichBezugBereich, r.bereichBezug),
    }));
  const inhalt: PlanInhalt = {
    berufsziel: top.berufsziel ?? "",
    ...(top.berufszielBereich
      ? {
          berufszielCode: personCode(
            top.berufszielBereich,
            top.berufszielBereichBezugBereich,
            top.berufszielBereichBezug,
          ).code,
        }
      : {}),
    zwischenziele: eintraege("zwischenziele"),
    schritte: list("schritte").map((r): Schritt => ({
      id: r.id ?? "",
      text: r.text ?? "",
      haeufigkeit: r.haeufigkeit ?? "",
      frist: /^\d{4}-\d{2}-\d{2}$/.test(r.frist ?? "") ? (r.frist ?? null) : null,
      nachweis: r.nachweis ?? "",
      ...personCode(r.bereich, r.bereichBezugBereich, r.bereichBezug),
    })),
    unterstuetzung: eintraege("unterstuetzung"),
    andereStellen: eintraege("andereStellen"),
    vermittlungsfelder: top.vermittlungsfelder ?? "",
    rehaBedarf: (["nein", "pruefen", "ja"].includes(top.rehaBedarf ?? "")
      ? top.rehaBedarf
      : "nein") as RehaBedarf,
    wasSonstNochWichtig: top.wasSonstNochWichtig ?? "",
    naechsterTermin: null,
  };
  return inhalt;
}
