import { randomUUID } from "node:crypto";
import { beurteileRechtsfolge } from "../../../domain/rechtsfolgen/beurteileRechtsfolge";
import { REGEL_DEFAULTS } from "../../../domain/rechtsfolgen/regelDefaults";
import { addDays, addMonths, compareIsoDate, type IsoDate } from "../../../domain/shared/isoDate";
import { baueFall } from "../../../domain/verbindlichkeit/baueFall";
import { belehrung, belehrungText } from "../../../domain/verbindlichkeit/belehrung";
import { rechtsbehelfText } from "../../../domain/verbindlichkeit/rechtsbehelf";
import { spaetestesEnde } from "../../../domain/verbindlichkeit/schlichtung";
import type { Database, Sql } from "../database";
import { seedZeitpunkt } from "./seedZeitpunkt";

const SCHRITTE = [
  {
    id: "s1",
    text: "Ich bewerbe mich auf Stellen als Lagerhelfer.",
    haeufigkeit: "4 Bewerbungen im Monat",
    nachweis: "Liste der Bewerbungen",
  },
  {
    id: "s2",
    text: "Ich nehme am Bewerbungstraining im Bildungszentrum teil.",
    haeufigkeit: "dienstags",
    nachweis: "Teilnahmebescheinigung",
  },
];

interface Ctx {
  sql: Sql;
  jobcenterId: string;
  betreuerId: string;
  anschrift: string;
  name: string;
  /** created_at of every row. */
  jetzt: Date;
}

async function person(c: Ctx, vorname: string, nachname: string, nr: number, planAm: IsoDate) {
  const id = randomUUID();
  await c.sql.query(
    `INSERT INTO leistungsberechtigte (id, jobcenter_id, betreuer_id, vorname, nachname, geburtsdatum, bg_nummer, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      id,
      c.jobcenterId,
      c.betreuerId,
      vorname,
      nachname,
      nr === 3 ? "2003-02-11" : "1984-09-17",
      `20260BG${String(9100000 + nr)}`,
      c.jetzt,
    ],
  );
  const planId = randomUUID();
  await c.sql.query(
    "INSERT INTO kooperationsplan (id, jobcenter_id, person_id, created_at) VALUES ($1, $2, $3, $4)",
    [planId, c.jobcenterId, id, c.jetzt],
  );
  const versionId = randomUUID();
  const inhalt = {
    berufsziel: "Ich arbeite als Fachkraft für Lagerlogistik in Vollzeit.",
    zwischenziele: [],
    schritte: SCHRITTE.map((s) => ({ ...s, frist: addMonths(planAm, 2) })),
    unterstuetzung: [
      { id: "u1", text: "Das Jobcenter übernimmt die Fahrtkosten zu Vorstellungsgesprächen." },
    ],
    andereStellen: [],
    vermittlungsfelder: "",
    rehaBedarf: "nein",
    wasSonstNochWichtig: "",
    naechsterTermin: null,
  };
  await c.sql.query(
    `INSERT INTO plan_version (id, jobcenter_id, plan_id, person_id, nummer, status, inhalt, rechtsstand, abgestimmt_am,
       uebergabe_kanal, ueberpruefung_am, erstellt_von, created_at, updated_at)
     VALUES ($1, $2, $3, $4, 1, 'abgestimmt', $5, '2023-07', $6, 'persoenlich', $7, $8, $9, $9)`,
    [
      versionId,
      c.jobcenterId,
      planId,
      id,
      JSON.stringify(inhalt),
      planAm,
      addMonths(planAm, 6),
      c.betreuerId,
      c.jetzt,
    ],
  );
  return { id, versionId };
}

async function aufforderung(c: Ctx, personId: string, versionId: string, datum: IsoDate): Promise<string> {
  const rows = await c.sql.query<{ id: string }>(
    `INSERT INTO brief (jobcenter_id, person_id, art, rechtsstand, plan_version_id, schritt_id, datum, schritt_text, frist,
       nachweis, rechtsfolgen_text, rechtsbehelf_text, mit_rechtsfolgenbelehrung, status, versandt_am, erstellt_von, versandt_von, created_at)
     VALUES ($1, $2, 'aufforderung', '2023-07', $3, 's1', $4, $5, $6, $7, $8, $9, true, 'versandt', $4, $10, $10, $11) RETURNING id`,
    [
      c.jobcenterId,
      personId,
      versionId,
      datum,
      SCHRITTE[0]?.text,
      addDays(datum, 21),
      SCHRITTE[0]?.nachweis,
      belehrungText(belehrung("2023-07", REGEL_DEFAULTS)),
      rechtsbehelfText(c.name, c.anschrift),
      c.betreuerId,
      c.jetzt,
    ],
  );
  return (rows[0] as { id: string }).id;
}

async function ereignis(c: Ctx, personId: string, datum: IsoDate, briefId: string, anhoerungAm: IsoDate) {
  const rows = await c.sql.query<{ id: string }>(
    `INSERT INTO rechtsfolgen_ereignis (jobcenter_id, person_id, art, datum, brief_id, rechtsfolgenbelehrung, beschreibung, erstellt_von, created_at)
     VALUES ($1, $2, 'pflichtverletzung', $3, $4, true, 'Keine Bewerbungen nachgewiesen.', $5, $6) RETURNING id`,
    [c.jobcenterId, personId, datum, briefId, c.betreuerId, c.jetzt],
  );
  const id = (rows[0] as { id: string }).id;
  await c.sql.query(
    `INSERT INTO anhoerung (jobcenter_id, person_id, ereignis_id, am, form, wichtiger_grund, haerte, ergebnis, erstellt_von, created_at)
     VALUES ($1, $2, $3, $4, 'persoenlich', false, false, 'Kein wichtiger Grund genannt.', $5, $6)`,
    [c.jobcenterId, personId, id, anhoerungAm, c.betreuerId, c.jetzt],
  );
  return id;
}

/**
 * Old-law demo cases for Anna Berger (plans agreed before 1.7.2026): Clara Altrecht (no letter yet),
 * Petra Vorberg (Aufforderung sent, breach, hearing, reduction established) and Bernd Friedmann
 * (Schlichtung: running if the law still allows it today, else the last one before 1.7.2026, with a
 * breach during it that cannot lead to a reduction).
 */
export async function seedRechtsfolgen(db: Database, jobcenterId: string, heute: IsoDate): Promise<void> {
  await db.ownerTransaction(async (sql) => {
    const jc = (
      await sql.query<{ name: string; anschrift: string }>(
        "SELECT name, anschrift FROM jobcenter WHERE id = $1",
        [jobcenterId],
      )
    )[0];
    const b = (
      await sql.query<{ id: string }>(
        "SELECT id FROM mitarbeitende WHERE jobcenter_id = $1 AND benutzername = 'berger'",
        [jobcenterId],
      )
    )[0];
    if (!jc || !b) return;
    const c: Ctx = {
      sql,
      jobcenterId,
      betreuerId: b.id,
      name: jc.name,
      anschrift: jc.anschrift,
      jetzt: seedZeitpunkt(heute),
    };
    await person(c, "Clara", "Altrecht", 1, "2026-04-15");

    const petra = await person(c, "Petra", "Vorberg", 2, "2026-03-02");
    const brief = await aufforderung(c, petra.id, petra.versionId, "2026-04-13");
    const e = await ereignis(c, petra.id, "2026-05-04", brief, "2026-05-11");
    const fall = baueFall({
      ereignis: {
        id: e,
        personId: petra.id,
        art: "pflichtverletzung",
        datum: "2026-05-04",
        briefId: brief,
        rechtsfolgenbelehrung: true,
        wichtigerGrund: false,
        haerte: false,
        erfuelltAm: null,
        beschreibung: "",
        weigerungErklaert: false,
      },
      anhoerungen: [],
      schlichtungen: [],
      entscheidungen: [],
      geburtsdatum: "1984-09-17",
      feststellung: "2026-05-20",
      brief: {
        art: "aufforderung",
        datum: "2026-04-13",
        frist: addDays("2026-04-13", 21),
        mitRechtsfolgenbelehrung: true,
        ersteEinladung: false,
      },
    });
    await sql.query(
      `INSERT INTO rechtsfolgen_entscheidung (jobcenter_id, person_id, ereignis_id, entscheidung, feststellung_am, eingabe, vorschlag, erstellt_von, created_at)
       VALUES ($1, $2, $3, 'festgestellt', '2026-05-20', $4, $5, $6, $7)`,
      [
        jobcenterId,
        petra.id,
        e,
        JSON.stringify(fall),
        JSON.stringify(beurteileRechtsfolge(fall, REGEL_DEFAULTS)),
        b.id,
        c.jetzt,
      ],
    );

    const bernd = await person(c, "Bernd", "Friedmann", 3, "2026-02-10");
    const laufend = addDays(heute, -7);
    const beginn = compareIsoDate(laufend, "2026-07-01") < 0 ? laufend : "2026-06-22";
    await sql.query(
      `INSERT INTO schlichtung (jobcenter_id, person_id, beantragt_von, schlichter_name, beginn, spaetestes_ende, erstellt_von, created_at)
       VALUES ($1, $2, 'person', 'Dr. Hanna Neutral', $3, $4, $5, $6)`,
      [jobcenterId, bernd.id, beginn, spaetestesEnde(beginn), b.id, c.jetzt],
    );
    const briefB = await aufforderung(c, bernd.id, bernd.versionId, addDays(beginn, -14));
    await ereignis(c, bernd.id, addDays(beginn, 7), briefB, addDays(beginn, 10));
  });
}
