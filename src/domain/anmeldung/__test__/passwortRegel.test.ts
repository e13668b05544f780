import { describe, expect, it } from "vitest";
import { PASSWORT_MAX, PASSWORT_MIN, passwortLaenge, pruefePasswort } from "../passwortRegel";

describe("password rule (NIST SP 800-63B)", () => {
  it("asks for at least 12 and at most 128 characters", () => {
    expect(pruefePasswort("Kiefer-Rabe")).toBe("passwort.zu_kurz");
    expect(pruefePasswort("aaaaaaaaaa")).toBe("passwort.zu_kurz");
    expect(pruefePasswort(`${"Fluss-Brücke-Nebel-".repeat(7)}`.slice(0, PASSWORT_MAX + 1))).toBe(
      "passwort.zu_lang",
    );
    expect(PASSWORT_MIN).toBe(12);
  });

  it("counts Unicode characters, not bytes or UTF-16 units; every character is allowed", () => {
    expect(passwortLaenge("a\u0308")).toBe(1);
    expect(passwortLaenge("🙂🙂")).toBe(2);
    expect(pruefePasswort("Żółw ćma 🙂 ёжик")).toBeNull();
    expect(pruefePasswort("شمس قمر نجمة بحر")).toBeNull();
  });

  it("refuses common, breached-style and guessable passwords", () => {
    for (const p of [
      "aaaaaaaaaaaa",
      "123456789012",
      "passwort1234",
      "Passwort12345",
      "iloveyou1234",
      "qwertzuiopasdf",
      "Kooperation2026",
      "Jobcenter2026!",
    ])
      expect(pruefePasswort(p), p).toBe("passwort.zu_schwach");
  });

  it("refuses a password made of the user name", () => {
    expect(pruefePasswort("erika.mustermann", [])).toBeNull();
    expect(pruefePasswort("erika.mustermann", ["erika.mustermann"])).toBe("passwort.zu_schwach");
  });

  it("accepts long passphrases without composition rules", () => {
    expect(pruefePasswort("korrekt pferd batterie klammer")).toBeNull();
    expect(pruefePasswort("lkw-fahrer-aus-hamburg")).toBeNull();
    expect(pruefePasswort("Sicheres-Passwort-1")).toBeNull();
  });
});
