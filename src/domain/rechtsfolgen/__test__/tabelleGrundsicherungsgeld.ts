import { type RechtsfolgenFallInput, type VorherigeMinderung } from "../rechtsfolgenFall";
import { buildFall } from "./fallFactory";
import { KEINE_MINDERUNG, zeile } from "./tabellenZeile";

type Vorherige = RechtsfolgenFallInput["vorherige"];
const mvAm = (date: string, prozent = 0, beginn: VorherigeMinderung["beginn"] = null) => ({
  event: "meldeversaeumnis" as const,
  date,
  prozent,
  beginn,
});
const mv = (vorherige: Vorherige, extra: Partial<RechtsfolgenFallInput> = {}) =>
  buildFall({
    event: "meldeversaeumnis",
    date: "2026-08-03",
    feststellung: "2026-08-20",
    vorherige,
    ...extra,
  });
const ZWEI = [mvAm("2026-07-10"), mvAm("2026-07-24", 30, "2026-08")];
const MV_NF = "§ 32 Abs. 1 und 2 SGB II n. F.";

/** Rows on missed appointments and Pflichtverletzungen from 1.7.2026 (RULES.md S-1 – S-3). */
export const TABELLE_GRUNDSICHERUNGSGELD = [
  zeile(
    "§ 32 Abs. 1 SGB II n. F. [S]: erstes Meldeversäumnis → keine Minderung",
    "§ 32 Abs. 1 SGB II n. F.",
    mv([]),
    {
      rechtsstand: "2026-07",
      ...KEINE_MINDERUNG,
    },
  ),
  zeile(`${MV_NF} [S]: zweites Meldeversäumnis → 30 % für 1 Monat`, MV_NF, mv([mvAm("2026-07-10")]), {
    minderung: true,
    prozent: 30,
    monate: 1,
    beginn: "2026-09",
    ende: "2026-09",
    nichtErreichbar: false,
  }),
  zeile(
    "§ 7b Abs. 4 SGB II n. F. [S]: drei Meldeversäumnisse in Folge → nicht erreichbar",
    "§ 7b Abs. 4 SGB II n. F.",
    mv(ZWEI),
    {
      minderung: true,
      prozent: 100,
      monate: 1,
      beginn: "2026-09",
      nichtErreichbar: true,
      erreichbarkeit: { uebergangsmonat: "2026-09", alleLeistungenEntfallenAb: "2026-10" },
    },
  ),
  zeile(
    `${MV_NF} [U]: drittes Meldeversäumnis, Termin dazwischen wahrgenommen → 30 %, erreichbar`,
    MV_NF,
    mv(ZWEI, { letzterWahrgenommenerTermin: "2026-07-20" }),
    { prozent: 30, monate: 1, nichtErreichbar: false, erreichbarkeit: null },
  ),
  zeile(
    "§ 32 Abs. 1 SGB II n. F. [U]: früheres Versäumnis mehr als 12 Monate zurück → wieder das erste",
    "§ 32 Abs. 1 SGB II n. F.",
    mv([mvAm("2025-07-01", 10, "2025-08")]),
    KEINE_MINDERUNG,
  ),
  zeile(
    "§ 31a Abs. 4 SGB II n. F. [U]: 30 % laufend + 30 % Meldeversäumnis → gekappt",
    "§ 31a Abs. 4 SGB II n. F.",
    mv([
      mvAm("2026-07-10"),
      { event: "pflichtverletzung", date: "2026-07-05", prozent: 30, beginn: "2026-08" },
    ]),
    { minderung: true, prozent: 0, regelProzent: 30, gesamtProzent: 30, gekappt: true },
  ),
  zeile(
    "§ 31a Abs. 1, § 31b Abs. 2 SGB II n. F. [U]: Erfüllung im zweiten Monat → endet ab diesem Tag",
    "§ 31a Abs. 1, § 31b Abs. 2 SGB II n. F.",
    buildFall({ date: "2026-07-01", feststellung: "2026-07-10", erfuellt: "2026-09-15" }),
    { prozent: 30, monate: 2, beginn: "2026-08", ende: "2026-09", aufhebungAb: "2026-09-15" },
  ),
];
