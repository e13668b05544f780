import { describe, expect, it } from "vitest";
import type { PasswordHasher } from "../auth/ports";
import { hashNeuesPasswort, hashNeuesPasswortOderAbbruch } from "../auth/passwortSetzen";

const hasher: PasswordHasher = {
  hash: (p) => Promise.resolve(`hash:${p}`),
  verify: () => Promise.resolve(false),
};

describe("setting a new password", () => {
  it("hashes only a password the rule accepts", async () => {
    expect(await hashNeuesPasswort(hasher, "aaaaaaaaaaaa")).toEqual({
      ok: false,
      code: "passwort.zu_schwach",
    });
    expect(await hashNeuesPasswort(hasher, "kurz")).toEqual({ ok: false, code: "passwort.zu_kurz" });
    expect(await hashNeuesPasswort(hasher, "paula.portal", ["paula.portal"])).toMatchObject({ ok: false });
    expect(await hashNeuesPasswort(hasher, "Fluss Brücke Nebel")).toEqual({
      ok: true,
      hash: "hash:Fluss Brücke Nebel",
    });
  });

  it("stops a seed with a refused password", async () => {
    await expect(hashNeuesPasswortOderAbbruch(hasher, "Kooperation2026")).rejects.toThrow(
      /passwort.zu_schwach/,
    );
    expect(await hashNeuesPasswortOderAbbruch(hasher, "Fluss Brücke Nebel")).toBe("hash:Fluss Brücke Nebel");
  });
});
