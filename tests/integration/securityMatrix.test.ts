import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  entschiedenesEreignis,
  laufendeSchlichtung,
  portalNachweis,
  portalVorschlag,
} from "./support/auditZustaende";
import { buildPersonInput, buildPlanInhalt } from "./support/factories";
import { createAbgestimmterPlan } from "./support/planFactories";
import { cookiesOf, csrfOf, openZugang, activate, passwortLogin } from "./support/portalHilfen";
import { schreibeBrief, setHeute } from "./support/rechtsfolgenFaelle";
import { alleRouten } from "./support/routen";
import { BACKENDS } from "./support/testDatabase";
import { createTestApp, HEUTE, login, type TestApp } from "./support/testApp";

/**
 * Issue 10, done-when: the authorisation matrix. Every route of the app (OpenAPI document and fastify's
 * route table: API, web pages, forms, portal) is called as every role against persons owned by one
 * counsellor (ifk_a1 of jobcentre A). A 2xx outside the small table of allowed roles per route family
 * fails, as does a change to the database by a refused change, a read that the allowed roles cannot
 * make (the target would be wrong, the refusal meaningless), or a response to another role that names
 * a target person.
 */

const ROLLEN = [
  "zustaendig", // ifk_a1: the responsible counsellor (owner of every target)
  "kollegin", // ifk_a2: counsellor of the same jobcentre, not responsible
  "fremdeFachkraft", // ifk_b: counsellor of jobcentre B
  "teamleitung", // tl_a: team lead of jobcentre A (reads everything of A, writes nothing)
  "fremdeTeamleitung", // tl_b: team lead of jobcentre B
  "admin", // admin_a: administration, no person data
  "datenschutz", // ds_a: data-protection officer, the audit log only
  "empfaenger", // portal session of another person of ifk_a1
  "anonym", // no session
] as const;
type Rolle = (typeof ROLLEN)[number];

const FACHKRAEFTE: Rolle[] = ["zustaendig", "kollegin", "fremdeFachkraft"];
const FALLROLLEN: Rolle[] = [...FACHKRAEFTE, "teamleitung", "fremdeTeamleitung"];
const MITARBEITENDE: Rolle[] = [...FALLROLLEN, "admin", "datenschutz"];

/** Route families and the roles that may get a 2xx. `schreibt`: changes state, so allowed roles are not called. */
interface Familie {
  erlaubt: readonly Rolle[];
  schreibt: boolean;
  /** Roles that are not called at all (e.g. logging out would end the session the matrix uses). */
  nicht?: readonly Rolle[];
  /** false: the allowed roles need not get a 2xx or 3xx (public pages, a calendar entry that may not exist). */
  kontrolle?: false;
}
const F = {
  oeffentlich: { erlaubt: ROLLEN, schreibt: false, kontrolle: false },
  anmelden: { erlaubt: ROLLEN, schreibt: false, kontrolle: false },
  /** Only called without a session (it would end the sessions the matrix uses); nothing to log out. */
  abmelden: { erlaubt: [], schreibt: false, nicht: ROLLEN.filter((r) => r !== "anonym") },
  sitzung: { erlaubt: MITARBEITENDE, schreibt: false },
  startseite: { erlaubt: MITARBEITENDE, schreibt: false },
  fallliste: { erlaubt: FALLROLLEN, schreibt: false },
  regelnLesen: { erlaubt: FALLROLLEN, schreibt: false },
  regelnSchreiben: { erlaubt: ["teamleitung", "fremdeTeamleitung"], schreibt: true },
  /** An offer of jobcentre A: only A's team lead. */
  angebotAendern: { erlaubt: ["teamleitung"], schreibt: true },
  anmeldesperren: { erlaubt: ["admin"], schreibt: false },
  anmeldesperreAufheben: { erlaubt: ["admin"], schreibt: true },
  zugriffsprotokoll: { erlaubt: ["datenschutz"], schreibt: false },
  /** The empty form, no person data: every staff role may see it (sending it is refused but to counsellors). */
  personAnlegenSeite: { erlaubt: MITARBEITENDE, schreibt: false, kontrolle: false },
  personAnlegen: { erlaubt: FACHKRAEFTE, schreibt: true },
  personLesen: { erlaubt: ["zustaendig", "teamleitung"], schreibt: false },
  personAendern: { erlaubt: ["zustaendig"], schreibt: true },
  protokoll: { erlaubt: ["teamleitung", "datenschutz"], schreibt: false },
  portalLesen: { erlaubt: ["empfaenger"], schreibt: false },
  /** The calendar entry of the next appointment: 404 while there is none. */
  portalTermin: { erlaubt: ["empfaenger"], schreibt: false, kontrolle: false },
  portalAendern: { erlaubt: ["empfaenger"], schreibt: true },
  /** Everyone with a caseload reads their own inbox (the team lead the team's); only the counsellor marks done. */
  eingangLesen: { erlaubt: FALLROLLEN, schreibt: false },
  eingangErledigen: { erlaubt: ["zustaendig"], schreibt: true },
} satisfies Record<string, Familie>;

/** Every route with its family. A route missing here fails the first test. */
const ROUTEN: Record<string, Familie> = {
  "GET /health": F.oeffentlich,
  "GET /api/openapi.json": F.oeffentlich,
  "GET /*": F.oeffentlich,
  "GET /anmelden": F.oeffentlich,
  "GET /portal/portal.css": F.oeffentlich,
  "GET /portal/anmelden": F.oeffentlich,
  "GET /portal/aktivieren": F.oeffentlich,
  "GET /portal/barrierefreiheit": F.oeffentlich,
  "GET /portal/leichte-sprache": F.oeffentlich,
  "POST /anmelden": F.anmelden,
  "POST /api/v1/sitzung": F.anmelden,
  "POST /portal/anmelden": F.anmelden,
  "POST /portal/aktivieren": F.anmelden,
  "POST /abmelden": F.abmelden,
  "DELETE /api/v1/sitzung": F.abmelden,
  "POST /portal/abmelden": F.abmelden,
  "GET /api/v1/sitzung": F.sitzung,
  "GET /": F.startseite,
  "GET /faelle": F.fallliste,
  "GET /api/v1/faelle": F.fallliste,
  "GET /ueberpruefungen": F.fallliste,
  "GET /ueberpruefungen/naechste": F.fallliste,
  "GET /eingang": F.eingangLesen,
  "GET /api/v1/eingang": F.eingangLesen,
  "POST /eingang/erledigt": F.eingangErledigen,
  "POST /api/v1/eingang/erledigt": F.eingangErledigen,
  "GET /angebote": F.regelnLesen,
  "GET /api/v1/angebote": F.regelnLesen,
  "GET /api/v1/angebote/budget": F.regelnLesen,
  "GET /regeln": F.regelnLesen,
  "GET /api/v1/regeln": F.regelnLesen,
  "POST /angebote": F.regelnSchreiben,
  "POST /api/v1/angebote": F.regelnSchreiben,
  "POST /regeln": F.regelnSchreiben,
  "POST /api/v1/regeln": F.regelnSchreiben,
  "POST /angebote/:angebotId": F.angebotAendern,
  "PUT /api/v1/angebote/:angebotId": F.angebotAendern,
  "GET /api/v1/anmeldesperren": F.anmeldesperren,
  "DELETE /api/v1/anmeldesperren/:kontoId": F.anmeldesperreAufheben,
  "GET /zugriffsprotokoll": F.zugriffsprotokoll,
  "GET /zugriffsprotokoll/csv": F.zugriffsprotokoll,
  "GET /api/v1/zugriffsprotokoll": F.zugriffsprotokoll,
  "GET /api/v1/zugriffsprotokoll/csv": F.zugriffsprotokoll,
  "GET /personen/neu": F.personAnlegenSeite,
  "POST /personen/neu": F.personAnlegen,
  "POST /api/v1/personen": F.personAnlegen,
  // Person data: reads
  "GET /api/v1/personen/:personId": F.personLesen,
  "GET /api/v1/personen/:personId/zeitleiste": F.personLesen,
  "GET /api/v1/kooperationsplaene/:planId/versionen/:nummer": F.personLesen,
  "GET /api/v1/kooperationsplaene/:planId/versionen/:nummer/pdf": F.personLesen,
  "GET /api/v1/briefe/:briefId": F.personLesen,
  "GET /api/v1/briefe/:briefId/pdf": F.personLesen,
  "GET /api/v1/ereignisse/:ereignisId/vorschlag": F.personLesen,
  "GET /personen/:personId": F.personLesen,
  "GET /personen/:personId/potenzialanalyse": F.personLesen,
  "GET /personen/:personId/rechtsfolgen": F.personLesen,
  "GET /personen/:personId/portal": F.personLesen,
  "GET /personen/:personId/portal/nachweise/:id": F.personLesen,
  "GET /plaene/:planId/versionen/:nummer": F.personLesen,
  "GET /plaene/:planId/versionen/:nummer/pdf": F.personLesen,
  "GET /briefe/:briefId": F.personLesen,
  "GET /briefe/:briefId/pdf": F.personLesen,
  "GET /ereignisse/:ereignisId": F.personLesen,
  // Pages that prepare a change (editor, review, discard, letter form) show what the team lead may read
  // anyway; sending them is refused to the team lead (the POST routes below).
  "GET /plaene/:planId/versionen/:nummer/bearbeiten": F.personLesen,
  "GET /plaene/:planId/versionen/:nummer/verwerfen": F.personLesen,
  "GET /plaene/:planId/ueberpruefen": F.personLesen,
  "GET /plaene/:planId/versionen/:nummer/schritte/:schrittId/brief": F.personLesen,
  "GET /api/v1/personen/:personId/protokoll": F.protokoll,
  "GET /personen/:personId/protokoll": F.protokoll,
  // Person data: changes
  "POST /api/v1/personen/:personId/potenzialanalysen": F.personAendern,
  "POST /api/v1/personen/:personId/terminvermerke": F.personAendern,
  "POST /api/v1/personen/:personId/kooperationsplan": F.personAendern,
  "POST /api/v1/personen/:personId/einladungen": F.personAendern,
  "POST /api/v1/personen/:personId/ereignisse": F.personAendern,
  "POST /api/v1/personen/:personId/schlichtungen": F.personAendern,
  "PUT /api/v1/kooperationsplaene/:planId/versionen/:nummer": F.personAendern,
  "POST /api/v1/kooperationsplaene/:planId/versionen/:nummer/abstimmung": F.personAendern,
  "POST /api/v1/kooperationsplaene/:planId/versionen/:nummer/schritte/:schrittId/briefe": F.personAendern,
  "POST /api/v1/kooperationsplaene/:planId/fortschreibung": F.personAendern,
  "POST /api/v1/kooperationsplaene/:planId/beendigung": F.personAendern,
  "POST /api/v1/briefe/:briefId/versand": F.personAendern,
  "POST /api/v1/ereignisse/:ereignisId/anhoerungen": F.personAendern,
  "POST /api/v1/ereignisse/:ereignisId/entscheidung": F.personAendern,
  "POST /api/v1/entscheidungen/:entscheidungId/u25-angebot": F.personAendern,
  "POST /api/v1/schlichtungen/:schlichtungId/ende": F.personAendern,
  "POST /api/v1/schlichtungen/:schlichtungId/ablauf": F.personAendern,
  "POST /personen/:personId/plan": F.personAendern,
  "POST /personen/:personId/potenzialanalyse": F.personAendern,
  "POST /personen/:personId/terminvermerke": F.personAendern,
  "POST /personen/:personId/einladungen": F.personAendern,
  "POST /personen/:personId/ereignisse": F.personAendern,
  "POST /personen/:personId/schlichtungen": F.personAendern,
  "POST /personen/:personId/portal/zugang": F.personAendern,
  "POST /personen/:personId/portal/uebersetzungen": F.personAendern,
  "POST /personen/:personId/portal/vorschlaege/:id": F.personAendern,
  "POST /personen/:personId/portal/vorschlaege/:id/schlichtung": F.personAendern,
  "POST /plaene/:planId/versionen/:nummer/bearbeiten": F.personAendern,
  "POST /plaene/:planId/versionen/:nummer/abstimmen": F.personAendern,
  "POST /plaene/:planId/versionen/:nummer/fristen": F.personAendern,
  "POST /plaene/:planId/versionen/:nummer/verwerfen": F.personAendern,
  "POST /plaene/:planId/versionen/:nummer/schritte/:schrittId/brief": F.personAendern,
  "POST /plaene/:planId/ueberpruefen": F.personAendern,
  "POST /plaene/:planId/fortschreiben": F.personAendern,
  "POST /briefe/:briefId/versand": F.personAendern,
  "POST /ereignisse/:ereignisId/anhoerungen": F.personAendern,
  "POST /ereignisse/:ereignisId/entscheidung": F.personAendern,
  "POST /entscheidungen/:entscheidungId/u25-angebot": F.personAendern,
  "POST /schlichtungen/:schlichtungId/ende": F.personAendern,
  "POST /schlichtungen/:schlichtungId/ablauf": F.personAendern,
  // The recipient's own portal (the session names the person; no route takes a person id).
  "GET /portal": F.portalLesen,
  "GET /portal/plan/:datei": F.portalLesen,
  "GET /portal/versionen/:nummer": F.portalLesen,
  "GET /portal/termin.ics": F.portalTermin,
  "POST /portal/kalender": F.portalAendern,
  "POST /portal/kalender/beenden": F.portalAendern,
  /** Reminders by e-mail: the person's own opt-in (ADR 0024). */
  "GET /portal/erinnerungen": F.portalLesen,
  "POST /portal/erinnerungen": F.portalAendern,
  /** The subscribed calendar: no session, the token alone counts (the matrix's "1.pdf" is none: 404). */
  "GET /kalender/:datei": F.oeffentlich,
  /** The counsellor's own calendar subscription (their caseload); other staff roles have none. */
  "GET /mein-kalender": { erlaubt: FACHKRAEFTE, schreibt: false },
  "POST /mein-kalender/abo": { erlaubt: FACHKRAEFTE, schreibt: true },
  "POST /mein-kalender/abo/beenden": { erlaubt: FACHKRAEFTE, schreibt: true },
  "GET /portal/sicherheit": F.portalLesen,
  "GET /portal/zweiter-faktor": { erlaubt: ["empfaenger"], schreibt: false },
  "POST /portal/zweiter-faktor": { erlaubt: ["empfaenger"], schreibt: true },
  "POST /portal/sicherheit": F.portalAendern,
  "POST /portal/empfang": F.portalAendern,
  "POST /portal/schritte": F.portalAendern,
  "POST /portal/bewerbungen": F.portalAendern,
  "POST /portal/nachweise": F.portalAendern,
  "POST /portal/vorschlaege": F.portalAendern,
  "POST /portal/schlichtung": F.portalAendern,
};

const ANGEBOT = {
  typ: "coaching",
  titel: "Bewerbungscoaching bei Lernwerk Nord",
  bereiche: ["arbeit"],
  restbudgetCent: 300_000,
  kostenProFallCent: 90_000,
  aktiv: true,
};
const ANGEBOT_FORMULAR = {
  typ: "fahrtkosten",
  titel: "Fahrtkosten zum Kurs",
  restbudget: "1.500,50",
  aktiv: "ja",
};
const REGEL = "grundsicherungsgeld2026.pflichtverletzungProzent";

/** Valid bodies, so that a refusal comes from the authorisation and not from the input check. */
const KOERPER: Record<string, Record<string, unknown> | ((z: Ziel) => Record<string, unknown>)> = {
  "POST /api/v1/angebote": ANGEBOT,
  "PUT /api/v1/angebote/:angebotId": ANGEBOT,
  "POST /angebote": ANGEBOT_FORMULAR,
  "POST /angebote/:angebotId": ANGEBOT_FORMULAR,
  "POST /api/v1/regeln": {
    bereich: "grundsicherungsgeld2026",
    parameter: "pflichtverletzungProzent",
    wert: 25,
    grund: "Gesetzestext geprüft",
  },
  "POST /eingang/erledigt": (z) => ({ personId: z.personId, art: "brief", bezugId: z.briefId }),
  "POST /api/v1/eingang/erledigt": (z) => ({ personId: z.personId, art: "brief", bezugId: z.briefId }),
  "POST /regeln": { key: REGEL, [`${REGEL}.wert`]: "30", [`${REGEL}.grund`]: "Bestätigt durch BGBl." },
  "POST /personen/:personId/einladungen": {
    "einladung.datum": HEUTE,
    "einladung.terminAm": "2026-12-03",
    "einladung.terminOrt": "Raum 1",
    "einladung.ersteEinladung": "ja",
    "einladung.mitRechtsfolgenbelehrung": "ja",
  },
  "POST /personen/:personId/potenzialanalyse": { datum: HEUTE, sprachniveauDeutsch: "B1" },
  "POST /plaene/:planId/ueberpruefen": { basis: "1", kanal: "persoenlich", ueberpruefungAm: "" },
  "POST /plaene/:planId/versionen/:nummer/abstimmen": { am: HEUTE, kanal: "persoenlich", lockVersion: "1" },
  "POST /plaene/:planId/versionen/:nummer/fristen": { aktion: "frist:alle", lockVersion: "1" },
  "POST /personen/:personId/portal/uebersetzungen": (z) => ({
    planVersionId: z.versionId ?? "",
    eintragId: "berufsziel",
    text: "Eine Übersetzung.",
  }),
  "POST /personen/:personId/portal/vorschlaege/:id/schlichtung": {
    schlichterName: "Frau Neutral",
    beginn: HEUTE,
  },
  "POST /api/v1/personen": buildPersonInput(),
  "POST /personen/neu": Object.fromEntries(
    Object.entries(buildPersonInput()).map(([k, w]) => [k, String(w)]),
  ),
  "POST /api/v1/personen/:personId/potenzialanalysen": { datum: HEUTE, sprachniveauDeutsch: "B1" },
  "POST /api/v1/personen/:personId/terminvermerke": { datum: HEUTE, grund: "gueltiger_plan" },
  "POST /personen/:personId/terminvermerke": { datum: HEUTE, grund: "gueltiger_plan", bemerkung: "" },
  "PUT /api/v1/kooperationsplaene/:planId/versionen/:nummer": { inhalt: buildPlanInhalt(), lockVersion: 1 },
  "POST /api/v1/kooperationsplaene/:planId/versionen/:nummer/abstimmung": {
    am: HEUTE,
    kanal: "persoenlich",
    lockVersion: 1,
  },
  "POST /api/v1/kooperationsplaene/:planId/versionen/:nummer/schritte/:schrittId/briefe": {
    art: "verpflichtung",
    datum: HEUTE,
    frist: "2026-12-10",
  },
  "POST /plaene/:planId/versionen/:nummer/schritte/:schrittId/brief": {
    art: "verpflichtung",
    datum: HEUTE,
    frist: "2026-12-10",
  },
  "POST /api/v1/personen/:personId/einladungen": {
    datum: HEUTE,
    terminAm: "2026-12-03",
    terminOrt: "Raum 1",
    ersteEinladung: true,
    mitRechtsfolgenbelehrung: true,
  },
  "POST /api/v1/personen/:personId/ereignisse": {
    art: "pflichtverletzung",
    datum: "2026-10-20",
    rechtsfolgenbelehrung: true,
  },
  "POST /personen/:personId/ereignisse": {
    "ereignis.art": "pflichtverletzung",
    "ereignis.datum": "2026-10-20",
    "ereignis.rechtsfolgenbelehrung": "ja",
  },
  "POST /api/v1/ereignisse/:ereignisId/anhoerungen": {
    am: "2026-11-10",
    form: "schriftlich",
    wichtigerGrund: false,
    haerte: false,
  },
  "POST /ereignisse/:ereignisId/anhoerungen": { "anhoerung.am": HEUTE, "anhoerung.form": "persoenlich" },
  "POST /api/v1/ereignisse/:ereignisId/entscheidung": { entscheidung: "festgestellt", feststellungAm: HEUTE },
  "POST /ereignisse/:ereignisId/entscheidung": {
    "entscheidung.entscheidung": "festgestellt",
    "entscheidung.feststellungAm": HEUTE,
  },
  "POST /api/v1/entscheidungen/:entscheidungId/u25-angebot": { am: HEUTE },
  "POST /entscheidungen/:entscheidungId/u25-angebot": { "u25.am": HEUTE },
  "POST /api/v1/personen/:personId/schlichtungen": {
    beantragtVon: "person",
    schlichterName: "Frau Schlicht",
    beginn: "2026-06-10",
  },
  "POST /personen/:personId/schlichtungen": {
    "schlichtung.beantragtVon": "person",
    "schlichtung.schlichterName": "Herr Ruhig",
    "schlichtung.beginn": "2026-06-10",
  },
  "POST /api/v1/schlichtungen/:schlichtungId/ende": { am: "2026-06-20", einigung: false, ergebnis: "Keine" },
  "POST /schlichtungen/:schlichtungId/ende": {
    "ende.am": "2026-06-20",
    "ende.einigung": "nein",
    "ende.ergebnis": "Keine Einigung",
  },
  "POST /api/v1/schlichtungen/:schlichtungId/ablauf": { ergebnis: "" },
  "POST /schlichtungen/:schlichtungId/ablauf": { "ende.ergebnis": "" },
  "POST /api/v1/kooperationsplaene/:planId/beendigung": { am: HEUTE, grund: "arbeitsaufnahme" },
  "POST /api/v1/briefe/:briefId/versand": { am: HEUTE },
  "POST /briefe/:briefId/versand": { am: HEUTE },
  "POST /plaene/:planId/versionen/:nummer/verwerfen": { lockVersion: "1" },
  "POST /personen/:personId/portal/vorschlaege/:id": { entscheidung: "uebernehmen", ergebnis: "Gute Idee." },
  "POST /portal/vorschlaege": { art: "schritt", text: "Ich mache einen Kurs." },
};

interface Ziel {
  personId: string;
  planId: string;
  briefId?: string;
  ereignisId?: string;
  entscheidungId?: string;
  schlichtungId?: string;
  id?: string;
  /** A draft (review) version, when the target has one. */
  entwurf?: number;
  /** Id of the agreed version 1. */
  versionId?: string;
}

interface Anrufer {
  cookie: string;
  csrf: string;
}

const ENTWURFSROUTE = /\/(bearbeiten|verwerfen|abstimmen|abstimmung|fristen)$|^PUT .*\/versionen\/:nummer$/;
const ERFOLG = (s: number) => s >= 200 && s < 300;

describe.each(BACKENDS)("authorisation matrix: every route × role × owner (%s)", (backend) => {
  let t: TestApp;
  let routen: string[];
  const wer = {} as Record<Rolle, Anrufer>;
  const ziele = {} as Record<"haupt" | "ereignis" | "schlichtung" | "nachweis" | "vorschlag", Ziel>;
  /** Ids and BG numbers of every target person: no response to a role without access may name them. */
  let merkmale: string[] = [];
  let angebotId = "";
  /** A staff account of jobcentre A (for lifting a lockout). */
  let kontoA = "";
  let tabellen: string[] = [];
  let anfragen = 0;

  beforeAll(async () => {
    t = await createTestApp(backend);
    // A team lead for jobcentre B, with the same password as the seeded accounts.
    await t.tdb.db.ownerTransaction((sql) =>
      sql.query(
        `INSERT INTO mitarbeitende (jobcenter_id, benutzername, name, rolle, passwort_hash)
         SELECT jobcenter_id, 'tl_b', 'TL_B', 'teamleitung', passwort_hash FROM mitarbeitende WHERE benutzername = 'ifk_b'`,
      ),
    );
    const bau = await login(t.app, "ifk_a1");
    const haupt = await createAbgestimmterPlan(bau, HEUTE);
    const briefId = await schreibeBrief(
      t,
      bau,
      { ...haupt, schrittId: "s1" },
      { art: "verpflichtung", datum: HEUTE, frist: "2026-12-10" },
    );
    const fort = await bau.send("POST", `/api/v1/kooperationsplaene/${haupt.planId}/fortschreibung`);
    expect(fort.statusCode, fort.body).toBe(201);
    ziele.haupt = { ...haupt, briefId, entwurf: fort.json().nummer as number };
    ziele.ereignis = await entschiedenesEreignis(t, bau);
    ziele.schlichtung = await laufendeSchlichtung(t, bau);
    setHeute(t, HEUTE);
    const mitNachweis = await createAbgestimmterPlan(bau, HEUTE);
    ziele.nachweis = { ...mitNachweis, id: await portalNachweis(t, bau, mitNachweis.personId) };
    const mitVorschlag = await createAbgestimmterPlan(bau, HEUTE);
    ziele.vorschlag = { ...mitVorschlag, id: await portalVorschlag(t, bau, mitVorschlag.personId) };
    ziele.vorschlag.versionId = (
      await t.tdb.db.ownerTransaction((sql) =>
        sql.query<{ id: string }>("SELECT id FROM plan_version WHERE plan_id = $1 AND nummer = 1", [
          mitVorschlag.planId,
        ]),
      )
    )[0]?.id;

    // The recipient: another person of the same counsellor, with an agreed plan and a portal account.
    const eigene = await createAbgestimmterPlan(bau, HEUTE);
    const code = await openZugang(bau, eigene.personId);
    expect((await activate(t.app, code, "matrix.empfaenger", "Sicheres-Passwort-1")).statusCode).toBe(303);
    const portal = await passwortLogin(t.app, "matrix.empfaenger", "Sicheres-Passwort-1");
    const portalCookie = `${cookiesOf(portal)}; kp_portal_sprache=de`;
    const seite = await t.app.inject({ method: "GET", url: "/portal", headers: { cookie: portalCookie } });
    wer.empfaenger = { cookie: portalCookie, csrf: csrfOf(seite.body) };
    wer.anonym = { cookie: "", csrf: "" };
    setHeute(t, HEUTE);
    const konten: [Rolle, string][] = [
      ["zustaendig", "ifk_a1"],
      ["kollegin", "ifk_a2"],
      ["fremdeFachkraft", "ifk_b"],
      ["teamleitung", "tl_a"],
      ["fremdeTeamleitung", "tl_b"],
      ["admin", "admin_a"],
      ["datenschutz", "ds_a"],
    ];
    for (const [rolle, benutzername] of konten) {
      const c = await login(t.app, benutzername);
      wer[rolle] = { cookie: c.cookie, csrf: c.csrf };
    }

    const personen = Object.values(ziele).map((z) => z.personId);
    const rows = await t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ id: string; bg_nummer: string }>(
        "SELECT id, bg_nummer FROM leistungsberechtigte WHERE id = ANY($1::uuid[])",
        [personen],
      ),
    );
    merkmale = rows.flatMap((r) => [r.id, r.bg_nummer]);
    expect(merkmale).toHaveLength(2 * personen.length);
    // An offer of jobcentre A (the seed has some; otherwise A's team lead creates one).
    angebotId =
      (
        await t.tdb.db.ownerTransaction((sql) =>
          sql.query<{ id: string }>("SELECT id FROM angebot WHERE jobcenter_id = $1 LIMIT 1", [t.jobcenterA]),
        )
      )[0]?.id ?? "00000000-0000-4000-8000-000000000000";
    tabellen = (
      await t.tdb.db.ownerTransaction((sql) =>
        sql.query<{ name: string }>(
          `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT c.relispartition
             AND c.relname NOT IN ('sitzung', 'portal_sitzung', 'anmeldeschutz', 'schema_migration')
             AND c.relname NOT LIKE 'audit\\_log%' ORDER BY 1`,
        ),
      )
    ).map((r) => r.name);
    kontoA = (
      await t.tdb.db.ownerTransaction((sql) =>
        sql.query<{ id: string }>("SELECT id FROM mitarbeitende WHERE benutzername = 'ifk_a1'"),
      )
    )[0]?.id as string;
    routen = await alleRouten(t.app);
  });
  afterAll(async () => {
    console.warn(`Berechtigungsmatrix (${backend}): ${anfragen} Anfragen`);
    await t.close();
  });

  /** A digest of every table with data (sessions, lockouts and the audit log left out). */
  const stand = () =>
    t.tdb.db.ownerTransaction(async (sql) => {
      const teile = tabellen.map(
        (n) =>
          `SELECT '${n}' || ':' || coalesce(md5(string_agg(x::text, ',' ORDER BY x::text)), '') AS d FROM ${n} x`,
      );
      const rows = await sql.query<{ d: string }>(teile.join(" UNION ALL "));
      return rows.map((r) => r.d).sort();
    });

  function zielFuer(route: string): Ziel {
    if (/:(ereignisId|entscheidungId)/.test(route)) return ziele.ereignis;
    if (/:schlichtungId|\/schlichtungen$/.test(route)) return ziele.schlichtung;
    if (/nachweise\/:id/.test(route)) return ziele.nachweis;
    if (/vorschlaege\/:id|uebersetzungen/.test(route)) return ziele.vorschlag;
    return ziele.haupt;
  }

  function pfadFuer(route: string): string {
    const z = zielFuer(route);
    const werte: Record<string, string> = {
      personId: z.personId,
      planId: z.planId,
      nummer: String(ENTWURFSROUTE.test(route) && z.entwurf ? z.entwurf : 1),
      briefId: z.briefId ?? "",
      ereignisId: z.ereignisId ?? "",
      entscheidungId: z.entscheidungId ?? "",
      schlichtungId: z.schlichtungId ?? "",
      schrittId: "s1",
      id: z.id ?? "",
      datei: "1.pdf",
      angebotId,
      kontoId: kontoA,
    };
    const pfad = route.slice(route.indexOf(" ") + 1);
    return pfad
      .replace(/:([A-Za-z]+)/g, (_, name: string) => werte[name] ?? "")
      .replace("/*", "/kein-asset.js");
  }

  async function rufe(route: string, rolle: Rolle): Promise<LightMyRequestResponse> {
    anfragen++;
    const methode = route.slice(0, route.indexOf(" ")) as "GET" | "POST" | "PUT" | "DELETE";
    const url = pfadFuer(route);
    const { cookie, csrf } = wer[rolle];
    const headers: Record<string, string> = cookie ? { cookie } : {};
    if (methode === "GET") return t.app.inject({ method: methode, url, headers });
    const vorlage = KOERPER[route] ?? {};
    const koerper = typeof vorlage === "function" ? vorlage(zielFuer(route)) : vorlage;
    if (url.startsWith("/api/"))
      return t.app.inject({
        method: methode,
        url,
        headers: { ...headers, ...(csrf ? { "x-csrf-token": csrf } : {}) },
        payload: koerper,
      });
    const felder = Object.fromEntries(
      Object.entries({ _csrf: csrf, ...koerper }).map(([k, w]) => [k, String(w)]),
    );
    return t.app.inject({
      method: methode,
      url,
      headers: { ...headers, "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams(felder).toString(),
    });
  }

  it("knows every route of the app, and names no route that is gone", () => {
    expect(
      routen.filter((r) => !(r in ROUTEN)),
      "classify new routes in ROUTEN",
    ).toEqual([]);
    expect(Object.keys(ROUTEN).filter((r) => !routen.includes(r))).toEqual([]);
    expect(routen.length).toBeGreaterThan(100);
  });

  it.each(Object.keys(ROUTEN))("%s", async (route) => {
    const familie = ROUTEN[route] as Familie;
    setHeute(t, zielFuer(route) === ziele.schlichtung ? "2026-06-20" : HEUTE);
    const vorher = familie.schreibt ? await stand() : [];
    const ergebnisse: string[] = [];
    for (const rolle of ROLLEN) {
      if (familie.nicht?.includes(rolle)) continue;
      const erlaubt = familie.erlaubt.includes(rolle);
      if (erlaubt && familie.schreibt) continue;
      const res = await rufe(route, rolle);
      ergebnisse.push(`${rolle}:${res.statusCode}`);
      // Refused means refused: never a 2xx, and never a server error either.
      expect(res.statusCode, `${route} as ${rolle}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
      if (erlaubt && familie.kontrolle !== false) {
        // The allowed roles really get the target: a refusal of the others is then about them.
        expect(res.statusCode, `${route} as ${rolle}: ${res.body.slice(0, 200)}`).toBeLessThan(400);
      } else if (!erlaubt) {
        expect(ERFOLG(res.statusCode), `${route} as ${rolle} must be refused: ${res.statusCode}`).toBe(false);
        // ... by the authorisation itself (no session: to the login page; a page of another role: to the
        // role's own start page; else 401/403/404), not by the input check or the state of the target,
        // which would leave the authorisation untried.
        const ort = String(res.headers.location ?? "");
        const zurAnmeldung = /^\/(portal\/)?anmelden(\?|$)/.test(ort);
        const zurStartseite = route.startsWith("GET ") && /^\/(faelle|zugriffsprotokoll)$/.test(ort);
        expect(
          [401, 403, 404].includes(res.statusCode) ||
            (res.statusCode === 303 && (zurAnmeldung || zurStartseite)),
          `${route} as ${rolle}: refused with ${res.statusCode} ${ort} ${res.body.slice(0, 150)}`,
        ).toBe(true);
      }
      // Who may see the targets' ids: counsellor and team lead; the data-protection officer in the audit log.
      const siehtZiele =
        rolle === "zustaendig" ||
        rolle === "teamleitung" ||
        (rolle === "datenschutz" && (familie === F.zugriffsprotokoll || familie === F.protokoll));
      if (ERFOLG(res.statusCode) && !siehtZiele)
        for (const m of merkmale)
          expect(res.body.includes(m), `${route} as ${rolle} names a target person (${m})`).toBe(false);
    }
    if (familie.schreibt) expect(await stand(), `${route}: refused calls changed nothing`).toEqual(vorher);
    if (process.env.KP_MATRIX_LOG) console.log(`MATRIX ${route} ${ergebnisse.join(" ")}`);
    expect(ergebnisse.length).toBeGreaterThan(0);
  });
});
