import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPersonInput, buildPlanInhalt } from "./support/factories";
import { planFelder, postForm } from "./support/formular";
import { createAbgestimmterPlan, createEntwurf, createPerson, type Entwurf } from "./support/planFactories";
import {
  angehoertesEreignis,
  entschiedenesEreignis,
  erfassesEreignis,
  fortschreibungMitAbgelaufenerFrist,
  laufendeSchlichtung,
  planAltesRecht,
  planMitAbgelaufenemBrief,
  planZumUebersetzen,
  portalNachweis,
  portalSchlichtungsantrag,
  portalVorschlag,
} from "./support/auditZustaende";
import { briefUrl, schreibeBrief, setHeute } from "./support/rechtsfolgenFaelle";
import { BACKENDS } from "./support/testDatabase";
import { createTestApp, HEUTE, login, type Client, type TestApp } from "./support/testApp";

/**
 * Every read and change of person data through every route writes exactly one audit row naming that
 * person, of the right kind (issue 9, § 4); the same request by a counsellor who does not look after
 * the person is refused with one row that still names the person it aimed at. The routes come from the
 * app itself (its OpenAPI document and fastify's route tree), so a new person route fails this test
 * until it is covered or excluded.
 */

/** Path parameters that point at a person's data (directly or through plan, letter, event …). */
const PERSONEN_PARAMETER =
  /:(personId|planId|nummer|briefId|ereignisId|schlichtungId|entscheidungId|schrittId|id|datei)\b/;

const LESEN = ["lesen", "exportieren"];
const AENDERN = ["anlegen", "aendern", "abstimmen", "verwerfen"];

interface Fall {
  art: "lesen" | "aendern";
  /** Staff member who calls the route (default: the responsible counsellor ifk_a1). */
  als?: "tl_a";
  /**
   * What the route needs: a person, a person with a draft (and a Potenzialanalyse), an agreed plan, an agreed plan with a letter,
   * an agreed plan with a review draft (or one that carries a passed deadline), a letter past its deadline,
   * a recorded event (heard or not), a plan under the old law, a running conciliation, portal input (an
   * upload, a proposal, a request for conciliation) and an agreed plan of a person who reads Arabic.
   */
  braucht:
    | "person"
    | "entwurf"
    | "entwurfMitAnalyse"
    | "vereinbart"
    | "brief"
    | "fortschreibung"
    | "alteFrist"
    | "fristAbgelaufen"
    | "ereignis"
    | "angehoert"
    | "entscheidung"
    | "nachweis"
    | "vorschlag"
    | "schlichtungsantrag"
    | "uebersetzung"
    | "altesRecht"
    | "schlichtung";
  /** "Today" of the call, if not the day the state was built on. */
  am?: string;
  aufruf(c: Client, z: Ziel): Promise<LightMyRequestResponse>;
}

interface Ziel extends Entwurf {
  briefId: string;
  ereignisId: string;
  schlichtungId: string;
  entscheidungId: string;
  /** A portal upload or proposal. */
  id: string;
  /** The agreed version whose free text is translated. */
  versionId: string;
}

/** Routes that take no person or never touch person data as staff; each with its reason. */
const AUSGENOMMEN: Record<string, string> = {
  "GET /health": "liveness probe, no person data",
  "GET /api/openapi.json": "API description",
  "GET /*": "static assets",
  "GET /portal/portal.css": "static stylesheet",
  "PUT /api/v1/angebote/:angebotId": "offers of the jobcentre, no person data",
  "POST /angebote/:angebotId": "offers of the jobcentre, no person data",
  "GET /personen/:personId/protokoll":
    "reading the access log itself (team lead / data-protection officer): audit.test.ts covers it",
  "GET /api/v1/personen/:personId/protokoll":
    "reading the access log itself (team lead / data-protection officer): audit.test.ts covers it",
  "GET /portal/versionen/:nummer":
    "the person's own portal (no staff access); portal tests cover its receipts",
  "GET /portal/plan/:datei": "the person's own portal (no staff access); portal tests cover its receipts",
  "GET /portal/erinnerungen": "the person's own reminder setting (no staff access, no plan data)",
  "POST /portal/erinnerungen":
    "the person's own reminder opt-in (no staff access): erinnerung.test.ts asserts its one audit row",
  "GET /kalender/:datei":
    "calendar feed keyed by a subscription token, no session (a bearer link, so no 'other counsellor' to refuse): kalender.test.ts asserts its one audit row per read",
  "GET /eingang": "a list read like the caseload: one row without a person (eingang.test.ts)",
  "GET /api/v1/eingang": "a list read like the caseload: one row without a person (eingang.test.ts)",
};

const v = (z: Ziel) => `/api/v1/kooperationsplaene/${z.planId}/versionen/${z.nummer}`;

const FAELLE: Record<string, Fall> = {
  // JSON API: reads
  "GET /api/v1/personen/:personId": {
    art: "lesen",
    braucht: "person",
    aufruf: (c, z) => c.get(`/api/v1/personen/${z.personId}`),
  },
  "GET /api/v1/personen/:personId/zeitleiste": {
    art: "lesen",
    braucht: "person",
    aufruf: (c, z) => c.get(`/api/v1/personen/${z.personId}/zeitleiste`),
  },
  "GET /api/v1/kooperationsplaene/:planId/versionen/:nummer": {
    art: "lesen",
    braucht: "entwurf",
    aufruf: (c, z) => c.get(v(z)),
  },
  "GET /api/v1/kooperationsplaene/:planId/versionen/:nummer/pdf": {
    art: "lesen",
    braucht: "vereinbart",
    aufruf: (c, z) => c.get(`${v(z)}/pdf`),
  },
  "GET /api/v1/briefe/:briefId": {
    art: "lesen",
    braucht: "brief",
    aufruf: (c, z) => c.get(`/api/v1/briefe/${z.briefId}`),
  },
  "GET /api/v1/briefe/:briefId/pdf": {
    art: "lesen",
    braucht: "brief",
    aufruf: (c, z) => c.get(`/api/v1/briefe/${z.briefId}/pdf`),
  },
  // JSON API: changes
  "POST /api/v1/personen/:personId/potenzialanalysen": {
    art: "aendern",
    braucht: "person",
    aufruf: (c, z) =>
      c.send("POST", `/api/v1/personen/${z.personId}/potenzialanalysen`, {
        datum: HEUTE,
        sprachniveauDeutsch: "B1",
      }),
  },
  "POST /api/v1/personen/:personId/terminvermerke": {
    art: "aendern",
    braucht: "person",
    aufruf: (c, z) =>
      c.send("POST", `/api/v1/personen/${z.personId}/terminvermerke`, {
        datum: HEUTE,
        grund: "gueltiger_plan",
      }),
  },
  "POST /api/v1/personen/:personId/kooperationsplan": {
    art: "aendern",
    braucht: "person",
    aufruf: (c, z) => c.send("POST", `/api/v1/personen/${z.personId}/kooperationsplan`),
  },
  "PUT /api/v1/kooperationsplaene/:planId/versionen/:nummer": {
    art: "aendern",
    braucht: "entwurf",
    aufruf: (c, z) =>
      c.send("PUT", v(z), {
        inhalt: buildPlanInhalt({ berufsziel: "Ich arbeite als Fachkraft im Einzelhandel." }),
        lockVersion: z.lockVersion,
      }),
  },
  "POST /api/v1/kooperationsplaene/:planId/versionen/:nummer/abstimmung": {
    art: "aendern",
    braucht: "entwurf",
    aufruf: (c, z) =>
      c.send("POST", `${v(z)}/abstimmung`, { am: HEUTE, kanal: "persoenlich", lockVersion: z.lockVersion }),
  },
  "POST /api/v1/kooperationsplaene/:planId/fortschreibung": {
    art: "aendern",
    braucht: "vereinbart",
    aufruf: (c, z) => c.send("POST", `/api/v1/kooperationsplaene/${z.planId}/fortschreibung`),
  },
  "POST /api/v1/kooperationsplaene/:planId/versionen/:nummer/schritte/:schrittId/briefe": {
    art: "aendern",
    braucht: "vereinbart",
    aufruf: (c, z) =>
      c.send("POST", briefUrl({ ...z, schrittId: "s1" }), {
        art: "verpflichtung",
        datum: HEUTE,
        frist: "2026-12-10",
      }),
  },
  "POST /api/v1/personen/:personId/einladungen": {
    art: "aendern",
    braucht: "vereinbart",
    aufruf: (c, z) =>
      c.send("POST", `/api/v1/personen/${z.personId}/einladungen`, {
        datum: HEUTE,
        terminAm: "2026-12-03",
        terminOrt: "Raum 1",
        ersteEinladung: true,
        mitRechtsfolgenbelehrung: true,
      }),
  },
  "POST /api/v1/personen/:personId/ereignisse": {
    art: "aendern",
    braucht: "fristAbgelaufen",
    aufruf: (c, z) =>
      c.send("POST", `/api/v1/personen/${z.personId}/ereignisse`, {
        art: "pflichtverletzung",
        datum: "2026-10-20",
        rechtsfolgenbelehrung: true,
      }),
  },
  "POST /api/v1/ereignisse/:ereignisId/anhoerungen": {
    art: "aendern",
    braucht: "ereignis",
    aufruf: (c, z) =>
      c.send("POST", `/api/v1/ereignisse/${z.ereignisId}/anhoerungen`, {
        am: "2026-11-10",
        form: "schriftlich",
        wichtigerGrund: false,
        haerte: false,
      }),
  },
  "GET /api/v1/ereignisse/:ereignisId/vorschlag": {
    art: "lesen",
    braucht: "angehoert",
    aufruf: (c, z) => c.get(`/api/v1/ereignisse/${z.ereignisId}/vorschlag?feststellung=${HEUTE}`),
  },
  "POST /api/v1/ereignisse/:ereignisId/entscheidung": {
    art: "aendern",
    braucht: "angehoert",
    aufruf: (c, z) =>
      c.send("POST", `/api/v1/ereignisse/${z.ereignisId}/entscheidung`, {
        entscheidung: "festgestellt",
        feststellungAm: HEUTE,
      }),
  },
  "POST /api/v1/entscheidungen/:entscheidungId/u25-angebot": {
    art: "aendern",
    braucht: "entscheidung",
    aufruf: (c, z) => c.send("POST", `/api/v1/entscheidungen/${z.entscheidungId}/u25-angebot`, { am: HEUTE }),
  },
  "GET /personen/:personId/portal/nachweise/:id": {
    art: "lesen",
    braucht: "nachweis",
    aufruf: (c, z) => c.get(`/personen/${z.personId}/portal/nachweise/${z.id}`),
  },
  "POST /personen/:personId/portal/vorschlaege/:id": {
    art: "aendern",
    braucht: "vorschlag",
    aufruf: (c, z) =>
      c.send("POST", `/personen/${z.personId}/portal/vorschlaege/${z.id}`, {
        _csrf: c.csrf,
        entscheidung: "uebernehmen",
        ergebnis: "Gute Idee.",
      }),
  },
  "POST /api/v1/personen/:personId/schlichtungen": {
    art: "aendern",
    braucht: "altesRecht",
    aufruf: (c, z) =>
      c.send("POST", `/api/v1/personen/${z.personId}/schlichtungen`, {
        beantragtVon: "person",
        schlichterName: "Frau Schlicht",
        beginn: "2026-06-10",
      }),
  },
  "POST /api/v1/schlichtungen/:schlichtungId/ende": {
    art: "aendern",
    braucht: "schlichtung",
    aufruf: (c, z) =>
      c.send("POST", `/api/v1/schlichtungen/${z.schlichtungId}/ende`, {
        am: "2026-06-20",
        einigung: false,
        ergebnis: "Keine Einigung",
      }),
  },
  "POST /api/v1/schlichtungen/:schlichtungId/ablauf": {
    art: "aendern",
    braucht: "schlichtung",
    am: "2026-07-10",
    aufruf: (c, z) => c.send("POST", `/api/v1/schlichtungen/${z.schlichtungId}/ablauf`, { ergebnis: "" }),
  },
  "POST /personen/:personId/portal/zugang": {
    art: "aendern",
    braucht: "vereinbart",
    aufruf: (c, z) => c.send("POST", `/personen/${z.personId}/portal/zugang`, { _csrf: c.csrf }),
  },
  "POST /api/v1/kooperationsplaene/:planId/beendigung": {
    art: "aendern",
    braucht: "vereinbart",
    aufruf: (c, z) =>
      c.send("POST", `/api/v1/kooperationsplaene/${z.planId}/beendigung`, {
        am: HEUTE,
        grund: "arbeitsaufnahme",
      }),
  },
  "POST /api/v1/briefe/:briefId/versand": {
    art: "aendern",
    braucht: "brief",
    aufruf: (c, z) => c.send("POST", `/api/v1/briefe/${z.briefId}/versand`, { am: HEUTE }),
  },
  // Server-rendered pages: reads
  "GET /personen/:personId": {
    art: "lesen",
    braucht: "person",
    aufruf: (c, z) => c.get(`/personen/${z.personId}`),
  },
  "GET /personen/:personId/potenzialanalyse": {
    art: "lesen",
    braucht: "person",
    aufruf: (c, z) => c.get(`/personen/${z.personId}/potenzialanalyse`),
  },
  "GET /personen/:personId/rechtsfolgen": {
    art: "lesen",
    braucht: "person",
    aufruf: (c, z) => c.get(`/personen/${z.personId}/rechtsfolgen`),
  },
  "GET /personen/:personId/portal": {
    art: "lesen",
    braucht: "vereinbart",
    aufruf: (c, z) => c.get(`/personen/${z.personId}/portal`),
  },
  "GET /plaene/:planId/versionen/:nummer": {
    art: "lesen",
    braucht: "vereinbart",
    aufruf: (c, z) => c.get(`/plaene/${z.planId}/versionen/${z.nummer}`),
  },
  "GET /plaene/:planId/versionen/:nummer/bearbeiten": {
    art: "lesen",
    // The assistant reads the Potenzialanalyse (health flag): still the one row of the page.
    braucht: "entwurfMitAnalyse",
    aufruf: (c, z) => c.get(`/plaene/${z.planId}/versionen/${z.nummer}/bearbeiten`),
  },
  "GET /plaene/:planId/versionen/:nummer/pdf": {
    art: "lesen",
    braucht: "vereinbart",
    aufruf: (c, z) => c.get(`/plaene/${z.planId}/versionen/${z.nummer}/pdf`),
  },
  "GET /ereignisse/:ereignisId": {
    art: "lesen",
    braucht: "ereignis",
    aufruf: (c, z) => c.get(`/ereignisse/${z.ereignisId}`),
  },
  "GET /plaene/:planId/ueberpruefen": {
    art: "lesen",
    braucht: "vereinbart",
    aufruf: (c, z) => c.get(`/plaene/${z.planId}/ueberpruefen`),
  },
  "GET /plaene/:planId/versionen/:nummer/verwerfen": {
    art: "lesen",
    braucht: "entwurf",
    aufruf: (c, z) => c.get(`/plaene/${z.planId}/versionen/${z.nummer}/verwerfen`),
  },
  "GET /plaene/:planId/versionen/:nummer/schritte/:schrittId/brief": {
    art: "lesen",
    braucht: "vereinbart",
    aufruf: (c, z) => c.get(`/plaene/${z.planId}/versionen/${z.nummer}/schritte/s1/brief`),
  },
  "GET /briefe/:briefId": {
    art: "lesen",
    braucht: "brief",
    aufruf: (c, z) => c.get(`/briefe/${z.briefId}`),
  },
  "GET /briefe/:briefId/pdf": {
    art: "lesen",
    braucht: "brief",
    aufruf: (c, z) => c.get(`/briefe/${z.briefId}/pdf`),
  },
  "POST /api/v1/eingang/erledigt": {
    art: "aendern",
    braucht: "brief",
    aufruf: (c, z) =>
      c.send("POST", "/api/v1/eingang/erledigt", { personId: z.personId, art: "brief", bezugId: z.briefId }),
  },
};

/** Web form posts: the app instance is needed for url-encoded bodies. */
const FORMULARE: Record<
  string,
  {
    braucht: Fall["braucht"];
    am?: string;
    url(z: Ziel): string;
    felder: Record<string, string> | ((z: Ziel) => Record<string, string>);
  }
> = {
  "POST /plaene/:planId/versionen/:nummer/schritte/:schrittId/brief": {
    braucht: "vereinbart",
    url: (z) => `/plaene/${z.planId}/versionen/${z.nummer}/schritte/s1/brief`,
    felder: { art: "verpflichtung", datum: HEUTE, frist: "2026-12-10" },
  },
  "POST /briefe/:briefId/versand": {
    braucht: "brief",
    url: (z) => `/briefe/${z.briefId}/versand`,
    felder: { am: HEUTE },
  },
  "POST /entscheidungen/:entscheidungId/u25-angebot": {
    braucht: "entscheidung",
    url: (z) => `/entscheidungen/${z.entscheidungId}/u25-angebot`,
    felder: { "u25.am": HEUTE },
  },
  "POST /schlichtungen/:schlichtungId/ende": {
    braucht: "schlichtung",
    url: (z) => `/schlichtungen/${z.schlichtungId}/ende`,
    felder: { "ende.am": "2026-06-20", "ende.einigung": "nein", "ende.ergebnis": "Keine Einigung" },
  },
  "POST /schlichtungen/:schlichtungId/ablauf": {
    braucht: "schlichtung",
    am: "2026-07-10",
    url: (z) => `/schlichtungen/${z.schlichtungId}/ablauf`,
    felder: { "ende.ergebnis": "" },
  },
  "POST /personen/:personId/ereignisse": {
    braucht: "fristAbgelaufen",
    url: (z) => `/personen/${z.personId}/ereignisse`,
    felder: {
      "ereignis.art": "pflichtverletzung",
      "ereignis.datum": "2026-10-20",
      "ereignis.rechtsfolgenbelehrung": "ja",
    },
  },
  "POST /ereignisse/:ereignisId/anhoerungen": {
    braucht: "ereignis",
    url: (z) => `/ereignisse/${z.ereignisId}/anhoerungen`,
    felder: { "anhoerung.am": HEUTE, "anhoerung.form": "persoenlich" },
  },
  "POST /ereignisse/:ereignisId/entscheidung": {
    braucht: "angehoert",
    url: (z) => `/ereignisse/${z.ereignisId}/entscheidung`,
    felder: { "entscheidung.entscheidung": "festgestellt", "entscheidung.feststellungAm": HEUTE },
  },
  "POST /personen/:personId/schlichtungen": {
    braucht: "altesRecht",
    url: (z) => `/personen/${z.personId}/schlichtungen`,
    felder: {
      "schlichtung.beantragtVon": "person",
      "schlichtung.schlichterName": "Herr Ruhig",
      "schlichtung.beginn": "2026-06-10",
    },
  },
  "POST /plaene/:planId/versionen/:nummer/verwerfen": {
    braucht: "fortschreibung",
    url: (z) => `/plaene/${z.planId}/versionen/${z.nummer}/verwerfen`,
    felder: (z) => ({ lockVersion: String(z.lockVersion) }),
  },
  "POST /personen/:personId/plan": {
    braucht: "person",
    url: (z) => `/personen/${z.personId}/plan`,
    felder: {},
  },
  "POST /eingang/erledigt": {
    braucht: "brief",
    url: () => "/eingang/erledigt",
    felder: (z) => ({ personId: z.personId, art: "brief", bezugId: z.briefId }),
  },
  "POST /personen/:personId/terminvermerke": {
    braucht: "person",
    url: (z) => `/personen/${z.personId}/terminvermerke`,
    felder: { datum: HEUTE, grund: "gueltiger_plan", bemerkung: "" },
  },
  "POST /personen/:personId/potenzialanalyse": {
    braucht: "person",
    url: (z) => `/personen/${z.personId}/potenzialanalyse`,
    felder: {
      datum: HEUTE,
      staerken: "Zuverlässig",
      qualifikationen: "",
      berufserfahrung: "Lager, 3 Jahre",
      sprachniveauDeutsch: "B2",
      gesundheitHinweis: "",
      weitereUmstaende: "",
    },
  },
  "POST /personen/:personId/einladungen": {
    braucht: "vereinbart",
    url: (z) => `/personen/${z.personId}/einladungen`,
    felder: {
      "einladung.datum": HEUTE,
      "einladung.terminAm": "2026-12-03",
      "einladung.terminOrt": "Raum 1",
      "einladung.ersteEinladung": "ja",
      "einladung.mitRechtsfolgenbelehrung": "ja",
    },
  },
  "POST /plaene/:planId/versionen/:nummer/bearbeiten": {
    braucht: "entwurf",
    url: (z) => `/plaene/${z.planId}/versionen/${z.nummer}/bearbeiten`,
    felder: (z) =>
      planFelder(
        buildPlanInhalt({ berufsziel: "Ich arbeite als Fachkraft im Einzelhandel." }),
        z.lockVersion,
      ),
  },
  "POST /plaene/:planId/versionen/:nummer/abstimmen": {
    braucht: "entwurf",
    url: (z) => `/plaene/${z.planId}/versionen/${z.nummer}/abstimmen`,
    felder: (z) => ({ am: HEUTE, kanal: "persoenlich", lockVersion: String(z.lockVersion) }),
  },
  "POST /plaene/:planId/versionen/:nummer/fristen": {
    braucht: "alteFrist",
    url: (z) => `/plaene/${z.planId}/versionen/${z.nummer}/fristen`,
    felder: (z) => ({ aktion: "frist:verlaengern:s1", lockVersion: String(z.lockVersion) }),
  },
  "POST /plaene/:planId/fortschreiben": {
    braucht: "vereinbart",
    url: (z) => `/plaene/${z.planId}/fortschreiben`,
    felder: {},
  },
  "POST /plaene/:planId/ueberpruefen": {
    braucht: "vereinbart",
    url: (z) => `/plaene/${z.planId}/ueberpruefen`,
    felder: { basis: "1", kanal: "persoenlich", ueberpruefungAm: "" },
  },
  "POST /personen/:personId/portal/vorschlaege/:id/schlichtung": {
    braucht: "schlichtungsantrag",
    url: (z) => `/personen/${z.personId}/portal/vorschlaege/${z.id}/schlichtung`,
    felder: { schlichterName: "Frau Neutral", beginn: "2026-06-10" },
  },
  "POST /personen/:personId/portal/uebersetzungen": {
    braucht: "uebersetzung",
    url: (z) => `/personen/${z.personId}/portal/uebersetzungen`,
    felder: (z) => ({ planVersionId: z.versionId, eintragId: "berufsziel", text: "أعمل في المخزن." }),
  },
};

/** Routes without a person id that create a person: the new person must have exactly one row too. */
const ANLEGEN: Record<string, true> = { "POST /api/v1/personen": true, "POST /personen/neu": true };

/** "METHOD /path" of every route: the OpenAPI document plus fastify's route tree (hidden routes too). */
async function alleRouten(t: TestApp): Promise<string[]> {
  const spec = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json() as {
    paths: Record<string, Record<string, unknown>>;
  };
  const routen = new Set<string>();
  for (const [pfad, ops] of Object.entries(spec.paths))
    for (const methode of Object.keys(ops))
      routen.add(`${methode.toUpperCase()} ${pfad.replace(/\{([^}]+)\}/g, ":$1")}`);
  // printRoutes draws a tree: each line a path suffix and its methods, 4 characters per level.
  const stapel: string[] = [];
  for (const zeile of t.app.printRoutes({ commonPrefix: false }).split("\n")) {
    const m = /^([│ ]*)(?:[└├]── )?(\S+) \(([A-Z, ]+)\)$/.exec(zeile.replace(/\s+$/, ""));
    if (!m) continue;
    const tiefe = Math.ceil((m[1] ?? "").length / 4);
    const teil = m[2] as string;
    stapel.length = tiefe;
    const eltern = stapel[tiefe - 1] ?? "";
    const pfad =
      tiefe === 0 ? teil : `${eltern}${eltern.endsWith("/") || teil.startsWith("/") ? "" : "/"}${teil}`;
    stapel[tiefe] = pfad;
    for (const methode of (m[3] as string).split(", "))
      if (methode !== "HEAD") routen.add(`${methode} ${pfad.replace(/^\/\//, "/")}`);
  }
  return [...routen].sort();
}

const istPersonenRoute = (route: string) => PERSONEN_PARAMETER.test(route) || ANLEGEN[route] !== undefined;

describe.each(BACKENDS)("every person route writes one audit row, also refused (%s)", (backend) => {
  let t: TestApp;
  let ifk: Client;
  let tl: Client;
  /** A counsellor of the same jobcentre who does not look after the persons built here. */
  let fremd: Client;
  let routen: string[];

  beforeAll(async () => {
    t = await createTestApp(backend);
    ifk = await login(t.app, "ifk_a1");
    tl = await login(t.app, "tl_a");
    fremd = await login(t.app, "ifk_a2");
    routen = await alleRouten(t);
  });
  afterAll(() => t.close());

  const zeilen = (personId: string) =>
    t.tdb.db.ownerTransaction((sql) =>
      sql.query<{ id: number; aktion: string; objekt: string; details: Record<string, unknown> }>(
        "SELECT id, aktion, objekt, details FROM audit_log WHERE person_id = $1 ORDER BY id",
        [personId],
      ),
    );

  const leer = {
    planId: "",
    nummer: 1,
    lockVersion: 0,
    briefId: "",
    ereignisId: "",
    schlichtungId: "",
    entscheidungId: "",
    id: "",
    versionId: "",
  };

  async function ziel(braucht: Fall["braucht"]): Promise<Ziel> {
    t.clock.set(`${HEUTE}T10:00:00+01:00`);
    if (braucht === "person") return { ...leer, personId: await createPerson(ifk) };
    if (braucht === "entwurf") return { ...leer, ...(await createEntwurf(ifk)) };
    if (braucht === "entwurfMitAnalyse") {
      const entwurf = await createEntwurf(ifk);
      const pa = await ifk.send("POST", `/api/v1/personen/${entwurf.personId}/potenzialanalysen`, {
        datum: HEUTE,
        sprachniveauDeutsch: "B1",
        gesundheitlicheEinschraenkung: true,
      });
      expect(pa.statusCode, pa.body).toBe(201);
      return { ...leer, ...entwurf };
    }
    if (braucht === "fristAbgelaufen") {
      const plan = await planMitAbgelaufenemBrief(t, ifk);
      setHeute(t, HEUTE);
      return { ...leer, ...plan };
    }
    if (braucht === "ereignis") return { ...leer, ...(await erfassesEreignis(t, ifk)) };
    if (braucht === "angehoert") return { ...leer, ...(await angehoertesEreignis(t, ifk)) };
    if (braucht === "entscheidung") return { ...leer, ...(await entschiedenesEreignis(t, ifk)) };
    if (braucht === "altesRecht") return { ...leer, ...(await planAltesRecht(t, ifk)) };
    if (braucht === "schlichtung") return { ...leer, ...(await laufendeSchlichtung(t, ifk)) };
    if (braucht === "schlichtungsantrag") {
      const plan = await planAltesRecht(t, ifk);
      return { ...leer, ...plan, id: await portalSchlichtungsantrag(t, ifk, plan.personId) };
    }
    if (braucht === "alteFrist") return { ...leer, ...(await fortschreibungMitAbgelaufenerFrist(t, ifk)) };
    if (braucht === "uebersetzung") return { ...leer, ...(await planZumUebersetzen(ifk)) };
    const plan = await createAbgestimmterPlan(ifk, HEUTE);
    if (braucht === "vereinbart") return { ...leer, ...plan };
    if (braucht === "nachweis") return { ...leer, ...plan, id: await portalNachweis(t, ifk, plan.personId) };
    // No review draft is open: taking the proposal over starts it, still one row (see the test below).
    if (braucht === "vorschlag")
      return { ...leer, ...plan, id: await portalVorschlag(t, ifk, plan.personId) };
    if (braucht === "fortschreibung") {
      const fort = await ifk.send("POST", `/api/v1/kooperationsplaene/${plan.planId}/fortschreibung`);
      expect(fort.statusCode, fort.body).toBe(201);
      const { nummer, lockVersion } = fort.json() as { nummer: number; lockVersion: number };
      return { ...leer, ...plan, nummer, lockVersion };
    }
    const briefId = await schreibeBrief(
      t,
      ifk,
      { ...plan, schrittId: "s1" },
      {
        art: "verpflichtung",
        datum: HEUTE,
        frist: "2026-12-10",
      },
    );
    return { ...leer, ...plan, briefId };
  }

  async function erwarteEineZeile(
    route: string,
    personId: string,
    vorher: number,
    art: Fall["art"],
    res: LightMyRequestResponse,
  ) {
    expect(res.statusCode, `${route}: ${res.body.slice(0, 300)}`).toBeLessThan(400);
    const neu = (await zeilen(personId)).slice(vorher);
    expect(
      neu.map((r) => `${r.aktion} ${r.objekt}`),
      `${route} writes exactly one audit row naming the person`,
    ).toHaveLength(1);
    expect(art === "lesen" ? LESEN : AENDERN, route).toContain(neu[0]?.aktion);
  }

  /** The same request by `fremd` is refused and writes one row naming the person it aimed at (§ 4). */
  async function erwarteVerweigerung(
    route: string,
    personId: string,
    aufruf: () => Promise<LightMyRequestResponse>,
  ) {
    const vorher = (await zeilen(personId)).length;
    const res = await aufruf();
    expect([403, 404], `${route} by another counsellor: ${res.body.slice(0, 300)}`).toContain(res.statusCode);
    const neu = (await zeilen(personId)).slice(vorher);
    expect(
      neu.map((r) => `${r.aktion} ${r.objekt}`),
      `${route}: the refusal is one row naming the person it aimed at`,
    ).toEqual([expect.stringMatching(/^verweigert /)]);
  }

  it("knows every person route: covered by the table below or excluded with a reason", () => {
    const bekannt = { ...FAELLE, ...FORMULARE, ...AUSGENOMMEN, ...ANLEGEN };
    const unbekannt = routen.filter(istPersonenRoute).filter((r) => !(r in bekannt));
    expect(unbekannt, "new person routes: add them to FAELLE (or AUSGENOMMEN with a reason)").toEqual([]);
    // The tables name no route that is gone.
    const weg = Object.keys(bekannt).filter((r) => !routen.includes(r));
    expect(weg).toEqual([]);
  });

  it.each(Object.keys(FAELLE))("%s", async (route) => {
    const fall = FAELLE[route] as Fall;
    const z = await ziel(fall.braucht);
    if (fall.am) setHeute(t, fall.am);
    const vorher = (await zeilen(z.personId)).length;
    const res = await fall.aufruf(fall.als === "tl_a" ? tl : ifk, z);
    await erwarteEineZeile(route, z.personId, vorher, fall.art, res);
    await erwarteVerweigerung(route, z.personId, () => fall.aufruf(fremd, z));
  });

  it.each(Object.keys(FORMULARE))("%s (form)", async (route) => {
    const formular = FORMULARE[route] as (typeof FORMULARE)[string];
    const z = await ziel(formular.braucht);
    const vorher = (await zeilen(z.personId)).length;
    if (formular.am) setHeute(t, formular.am);
    const felder = typeof formular.felder === "function" ? formular.felder(z) : formular.felder;
    const res = await postForm(t.app, ifk, formular.url(z), felder);
    await erwarteEineZeile(route, z.personId, vorher, "aendern", res);
    await erwarteVerweigerung(route, z.personId, () => postForm(t.app, fremd, formular.url(z), felder));
  });

  it("taking a portal proposal over writes one row, the takeover's; when it starts the draft, the row names it", async () => {
    const uebernehmen = async (z: Ziel) => {
      const vorher = (await zeilen(z.personId)).length;
      const res = await postForm(t.app, ifk, `/personen/${z.personId}/portal/vorschlaege/${z.id}`, {
        entscheidung: "uebernehmen",
        ergebnis: "Gute Idee.",
      });
      expect(res.statusCode, res.body.slice(0, 300)).toBe(303);
      return (await zeilen(z.personId)).slice(vorher).map((r) => [r.aktion, r.objekt, r.details]);
    };
    const ohneEntwurf = await ziel("vorschlag");
    const neu = await uebernehmen(ohneEntwurf);
    const entwurf = await ifk.get(`/api/v1/kooperationsplaene/${ohneEntwurf.planId}/versionen/2`);
    const angelegt = entwurf.json().version.id as string;
    expect(neu).toEqual([
      ["aendern", "portal_vorschlag", { entscheidung: "uebernehmen", nummer: 2, angelegt }],
    ]);

    const mitEntwurf = await ziel("vorschlag");
    const fort = await ifk.send("POST", `/api/v1/kooperationsplaene/${mitEntwurf.planId}/fortschreibung`);
    expect(fort.statusCode, fort.body).toBe(201);
    expect(await uebernehmen(mitEntwurf)).toEqual([
      ["aendern", "portal_vorschlag", { entscheidung: "uebernehmen", nummer: 2 }],
    ]);
  });

  it("the editor's one row names the Potenzialanalyse its assistant read and that Art. 9 data was visible", async () => {
    const z = await ziel("entwurfMitAnalyse");
    const vorher = (await zeilen(z.personId)).length;
    expect((await ifk.get(`/plaene/${z.planId}/versionen/1/bearbeiten`)).statusCode).toBe(200);
    const neu = (await zeilen(z.personId)).slice(vorher);
    expect(neu.map((r) => [r.aktion, r.objekt, r.details])).toEqual([
      [
        "lesen",
        "plan_version",
        {
          nummer: 1,
          potenzialanalyse: expect.any(String),
          zweck: "planassistent",
          gesundheitSichtbar: true,
        },
      ],
    ]);
  });

  it("creating a person (API and form) writes exactly one row naming the new person", async () => {
    const api = await ifk.send("POST", "/api/v1/personen", buildPersonInput());
    expect(api.statusCode).toBe(201);
    expect((await zeilen(api.json().id as string)).map((r) => r.aktion)).toEqual(["anlegen"]);
    const felder = Object.fromEntries(
      Object.entries(buildPersonInput()).map(([k, wert]) => [k, String(wert)]),
    );
    const form = await postForm(t.app, ifk, "/personen/neu", felder);
    expect(form.statusCode, form.body.slice(0, 300)).toBe(303);
    const personId = /\/personen\/([0-9a-f-]{36})/.exec(String(form.headers.location))?.[1] as string;
    expect((await zeilen(personId)).map((r) => r.aktion)).toEqual(["anlegen"]);
  });
});
