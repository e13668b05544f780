import { describe, expect, it } from "vitest";
import { aesGcmTresor } from "../geheimnisTresor";

describe("TOTP secret encryption (AES-256-GCM)", () => {
  const tresor = aesGcmTresor(Buffer.alloc(32, 3));
  const konto = "0b6c1f3e-0000-4000-8000-000000000001";

  it("round-trips, with a fresh IV each time", () => {
    const a = tresor.verschluesseln("JBSWY3DPEHPK3PXP", konto);
    const b = tresor.verschluesseln("JBSWY3DPEHPK3PXP", konto);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(tresor.entschluesseln(a, konto)).toEqual({ klartext: "JBSWY3DPEHPK3PXP", veraltet: false });
  });

  it("does not open with another key, for another account, or when changed", () => {
    const wert = tresor.verschluesseln("JBSWY3DPEHPK3PXP", konto);
    expect(aesGcmTresor(Buffer.alloc(32, 4)).entschluesseln(wert, konto)).toBeNull();
    expect(tresor.entschluesseln(wert, "anderes-konto")).toBeNull();
    const teile = wert.split(".");
    teile[3] = Buffer.from("XXXXXXXXXXXXXXXX").toString("base64url");
    expect(tresor.entschluesseln(teile.join("."), konto)).toBeNull();
    expect(tresor.entschluesseln("v1.kaputt", konto)).toBeNull();
  });

  it("marks a value from before encryption as legacy plain text", () => {
    expect(tresor.entschluesseln("JBSWY3DPEHPK3PXP", konto)).toEqual({
      klartext: "JBSWY3DPEHPK3PXP",
      veraltet: true,
    });
  });

  it("takes only a 32-byte key", () => {
    expect(() => aesGcmTresor(Buffer.alloc(16))).toThrow(/32 Bytes/);
  });
});
