import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPdf } from "../../src/adapters/pdf/__test__/readPdf";
import { activate, csrfOf, mergeCookies, openZugang, passwortLogin } from "./support/portalHilfen";
import { BACKENDS } from "./support/testDatabase";
import { createTestApp, faelle, login, type Client, type TestApp } from "./support/testApp";

const PASSWORT = "Sicheres-Passwort-1";
// No lam-alef ligature: pdfjs reads a ligature glyph back with its two letters swapped.
const ARABISCH = "أعمل كمساعد في المطبخ بدوام جزئي 20 ساعة في كل أسبوع.";

describe.each(BACKENDS)(
  "counsellor translations of free text and the plan in the person's language (%s)",
  (backend) => {
    let t: TestApp;
    let ifk: Client;
    let personId: string;
    let cookie: string;

    beforeAll(async () => {
      t = await createTestApp(backend);
      ifk = await login(t.app, "ifk_a1");
      personId = (await faelle(ifk, "aktuell"))[0]?.personId as string;
      await t.tdb.db.ownerTransaction((sql) =>
        sql.query("UPDATE leistungsberechtigte SET sprache = 'ar' WHERE id = $1", [personId]),
      );
      const code = await openZugang(ifk, personId);
      expect((await activate(t.app, code, "amal.portal", PASSWORT)).statusCode).toBe(303);
      cookie = mergeCookies("", await passwortLogin(t.app, "amal.portal", PASSWORT));
    });
    afterAll(() => t.close());

    /** The counsellor translates the job goal of the current version on the person's portal page. */
    const uebersetzeBerufsziel = async () => {
      const seite = await ifk.get(`/personen/${personId}/portal`);
      const planVersionId = /name="planVersionId" value="([^"]+)"/.exec(seite.body)?.[1] as string;
      const eintragId = /name="eintragId" value="([^"]+)"/.exec(seite.body)?.[1] as string;
      expect(eintragId).toBe("berufsziel");
      return ifk.send("POST", `/personen/${personId}/portal/uebersetzungen`, {
        _csrf: ifk.csrf,
        planVersionId,
        eintragId,
        text: ARABISCH,
      });
    };

    it("the counsellor translates a free-text entry; the portal shows it with the jobcentre's note", async () => {
      const seite = await ifk.get(`/personen/${personId}/portal`);
      expect(seite.statusCode).toBe(200);
      expect(seite.body).toContain("Übersetzungen für das Portal");
      expect(seite.body).toContain("in Arabisch");
      expect((await uebersetzeBerufsziel()).statusCode).toBe(303);
      const nochmal = await ifk.get(`/personen/${personId}/portal`);
      expect(nochmal.body).toContain(ARABISCH);

      const portal = await t.app.inject({ method: "GET", url: "/portal", headers: { cookie } });
      expect(portal.body).toContain('dir="rtl"');
      expect(portal.body).toContain(
        `${ARABISCH} <span class="kp-portal-nur-deutsch">(ترجمة من مركز العمل)</span>`,
      );
      expect(portal.body).toContain("بالألمانية فقط");
    });

    it("the PDF download is Arabic, right to left, with the translation and /Lang ar; German stays de-DE", async () => {
      expect((await uebersetzeBerufsziel()).statusCode).toBe(303);
      const start = await t.app.inject({ method: "GET", url: "/portal", headers: { cookie } });
      const datei = /href="(\/portal\/plan\/\d+\.pdf)"/.exec(start.body)?.[1] as string;
      const ar = await t.app.inject({ method: "GET", url: datei, headers: { cookie } });
      expect(ar.statusCode).toBe(200);
      const pdf = await readPdf(new Uint8Array(ar.rawPayload));
      expect(pdf.info.Language).toBe("ar");
      expect(pdf.seiten).toBe(1);
      expect(pdf.text).toContain(ARABISCH);
      expect(pdf.text).toContain("خطواتي القادمة");
      const de = await t.app.inject({ method: "GET", url: `${datei}?sprache=de`, headers: { cookie } });
      expect((await readPdf(new Uint8Array(de.rawPayload))).info.Language).toBe("de-DE");
      const ls = await t.app.inject({ method: "GET", url: `${datei}?sprache=de-LS`, headers: { cookie } });
      const leicht = await readPdf(new Uint8Array(ls.rawPayload));
      expect(leicht.info.Language).toBe("de-DE");
      expect(leicht.text).toContain("Kooperations·plan");
    });

    it("refuses translations of unknown entries, for another jobcentre and without a text", async () => {
      const seite = await ifk.get(`/personen/${personId}/portal`);
      const planVersionId = /name="planVersionId" value="([^"]+)"/.exec(seite.body)?.[1] as string;
      const senden = (c: Client, form: Record<string, string>) =>
        c.send("POST", `/personen/${personId}/portal/uebersetzungen`, {
          _csrf: c.csrf,
          planVersionId,
          ...form,
        });
      expect((await senden(ifk, { eintragId: "gibt-es-nicht", text: "x" })).statusCode).toBe(404);
      expect((await senden(ifk, { eintragId: "berufsziel", text: " " })).statusCode).toBe(400);
      const fremd = await login(t.app, "ifk_b");
      expect((await senden(fremd, { eintragId: "berufsziel", text: "x" })).statusCode).toBe(404);
      const tl = await login(t.app, "tl_a");
      expect((await senden(tl, { eintragId: "berufsziel", text: "x" })).statusCode).toBe(403);
      const ohneSitzung = await t.app.inject({
        method: "POST",
        url: `/personen/${personId}/portal/uebersetzungen`,
        headers: { cookie },
        payload: { _csrf: csrfOf(seite.body), planVersionId, eintragId: "berufsziel", text: "x" },
      });
      expect([302, 303, 401, 403]).toContain(ohneSitzung.statusCode);
    });
  },
);
