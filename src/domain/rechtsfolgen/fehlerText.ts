/** German texts for the error codes of `RechtsfolgenFallSchema` (one catalogue, plain language). */
const TEXTE: Record<string, string> = {
  fehlt: "fehlt",
  datum: "kein gültiges Datum (JJJJ-MM-TT)",
  monat: "kein gültiger Monat (JJJJ-MM)",
  ja_nein: "muss true oder false sein",
  ereignis: 'muss "pflichtverletzung", "meldeversaeumnis" oder "arbeitsverweigerung" sein',
  brief_art: 'muss "aufforderung", "verpflichtung" oder "einladung" sein',
  prozent: "muss eine ganze Zahl von 0 bis 100 sein",
  monate: "muss eine ganze Zahl von 0 bis 12 sein",
  liste: "muss eine Liste sein",
  objekt: "muss ein Objekt sein",
  id: "muss ein Text oder eine Zahl sein",
  unbekannt: "unbekanntes Feld (Tippfehler?); erlaubt sind nur die Felder aus der Beschreibung",
  vor_datum: 'liegt vor dem Tag des Ereignisses ("date")',
  nach_datum: 'liegt nach dem Tag des Ereignisses ("date")',
  vor_2023:
    "liegt vor dem 1.7.2023. Für die Zeit davor (Eingliederungsvereinbarung, § 15 SGB II a. F.) hat dieses Werkzeug keine Regeln",
  beginn_vor_datum: "die frühere Minderung beginnt vor ihrem eigenen Ereignis",
  vor_eigenem_datum: "die frühere Minderung wurde vor ihrem eigenen Ereignis festgestellt",
  vor_brief: 'die Frist liegt vor dem Tag des Schreibens ("brief.datum")',
  vor_frist:
    'liegt vor Ablauf der Frist aus dem Schreiben ("brief.frist"); bis dahin kann die Pflicht noch erfüllt werden. Nur eine vorab erklärte Weigerung ("weigerungErklaert": true) liegt früher',
  weigerung_nur_pflichtverletzung:
    'eine vorab erklärte Weigerung gibt es nur bei "pflichtverletzung"; Meldeversäumnis und Arbeitsverweigerung treten am Tag selbst ein',
  passt_nicht_pflichtverletzung:
    "zu einer Pflichtverletzung gehört eine Aufforderung oder Verpflichtung, keine Einladung",
  passt_nicht_meldeversaeumnis: "zu einem Meldeversäumnis gehört eine Einladung (§ 32 SGB II)",
  passt_nicht_arbeitsverweigerung:
    "eine Arbeitsverweigerung (§ 31a Abs. 7 SGB II) folgt aus einem Arbeitsangebot, nicht aus einem dieser Schreiben",
  aufforderung_ohne_rfb:
    "eine Aufforderung oder Verpflichtung hat immer eine Rechtsfolgenbelehrung (§ 15 Abs. 5 und 6 SGB II a. F., § 15a SGB II n. F.)",
  nur_einladung: "nur eine Einladung kann die erste Einladung sein",
  erste_einladung:
    "die erste Einladung erfolgt bis 30.6.2026 ohne Rechtsfolgenbelehrung (§ 15 Abs. 4 SGB II a. F.)",
  widerspruch_brief:
    'widerspricht dem Schreiben ("brief.rechtsfolgenbelehrung"); ob belehrt wurde, steht im Schreiben. Lassen Sie das Feld weg',
};

/** `["vorherige", 0, "prozent"]` → `vorherige[0].prozent`. */
export function feldName(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`))
    .join("");
}

/** `Feld "date": kein gültiges Datum (JJJJ-MM-TT)`; an unknown code is used as the text itself. */
export function fehlerText(path: readonly PropertyKey[], code: string): string {
  return `Feld "${feldName(path)}": ${TEXTE[code] ?? code}`;
}

/** One text per issue of a zod error; unknown keys are named one by one. */
export function fehlerTexte(
  issues: readonly {
    path: readonly PropertyKey[];
    message: string;
    code?: string;
    keys?: readonly string[];
  }[],
): string[] {
  return issues.flatMap((i) =>
    i.code === "unrecognized_keys" && i.keys
      ? i.keys.map((k) => fehlerText([...i.path, k], "unbekannt"))
      : [fehlerText(i.path, i.message)],
  );
}
