import { describe, expect, it } from "vitest";
import type { PasswordHasher } from "../../../../application/auth/ports";
import { hashNeuesPasswortOderAbbruch } from "../../../../application/auth/passwortSetzen";
import { DEMO_PASSWORT } from "../seedDemo";

const hasher: PasswordHasher = {
  hash: (p) => Promise.resolve(`hash:${p}`),
  verify: () => Promise.resolve(false),
};

describe("the demo seed", () => {
  it("publishes a demo password that the password rule accepts", async () => {
    expect(await hashNeuesPasswortOderAbbruch(hasher, DEMO_PASSWORT)).toBe(`hash:${DEMO_PASSWORT}`);
  });
});
