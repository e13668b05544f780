import { describe, expect, it } from "vitest";
import {
  ADRESSE_REGEL,
  KONTO_REGEL,
  LEER,
  entscheideVersuch,
  erstatteVersuch,
  normalisiereBenutzername,
  wartezeitMs,
  type SchutzStand,
} from "../anmeldeschutz";

const T = new Date("2026-11-26T09:00:00Z");
const plus = (ms: number) => new Date(T.getTime() + ms);

describe("login throttle rule", () => {
  it("gives 4 free failures per account, then a doubling wait up to 15 minutes", () => {
    expect([1, 4, 5, 6, 7, 9].map((n) => wartezeitMs(KONTO_REGEL, n))).toEqual([
      0, 0, 1000, 2000, 4000, 16000,
    ]);
    expect(wartezeitMs(KONTO_REGEL, 40)).toBe(15 * 60_000);
  });

  it("refuses a try during the wait without counting it, and counts an admitted try in advance", () => {
    const stand: SchutzStand = { fehlversuche: 5, letzterFehler: T, gesperrtSeit: null };
    expect(entscheideVersuch(KONTO_REGEL, stand, plus(999))).toEqual({
      erlaubt: false,
      gesperrt: false,
      wartenMs: 1,
    });
    expect(entscheideVersuch(KONTO_REGEL, stand, plus(1000))).toEqual({
      erlaubt: true,
      neu: { fehlversuche: 6, letzterFehler: plus(1000), gesperrtSeit: null },
    });
  });

  it("locks an account at the 10th failure for good; an address is never locked and forgets after an hour", () => {
    const neun: SchutzStand = { fehlversuche: 9, letzterFehler: T, gesperrtSeit: null };
    const zehn = entscheideVersuch(KONTO_REGEL, neun, plus(3_600_000));
    expect(zehn).toMatchObject({ erlaubt: true, neu: { gesperrtSeit: plus(3_600_000) } });
    if (!zehn.erlaubt) throw new Error("erwartet");
    expect(entscheideVersuch(KONTO_REGEL, zehn.neu, plus(400 * 86_400_000))).toMatchObject({
      gesperrt: true,
    });
    const adresse: SchutzStand = { fehlversuche: 200, letzterFehler: T, gesperrtSeit: null };
    expect(entscheideVersuch(ADRESSE_REGEL, adresse, plus(60_000))).toMatchObject({
      erlaubt: false,
      gesperrt: false,
    });
    expect(entscheideVersuch(ADRESSE_REGEL, adresse, plus(3_600_001))).toMatchObject({
      erlaubt: true,
      neu: { fehlversuche: 1 },
    });
  });

  it("never waits below the free failures, even if the last failure lies ahead (clock set back)", () => {
    const stand = erstatteVersuch({ fehlversuche: 1, letzterFehler: plus(86_400_000), gesperrtSeit: null });
    expect(entscheideVersuch(KONTO_REGEL, stand, T)).toMatchObject({ erlaubt: true });
    expect(erstatteVersuch(LEER).fehlversuche).toBe(0);
  });

  it("normalises user names: case, surrounding spaces, Unicode compatibility forms", () => {
    expect(normalisiereBenutzername("  Ｂerger ")).toBe("berger");
  });
});
