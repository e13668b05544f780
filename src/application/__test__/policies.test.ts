import { describe, expect, it } from "vitest";
import { darfGesundheitSehen } from "../policies";
import type { Actor, Rolle } from "../ports";

const person = { betreuerId: "ifk-1" };
const actor = (rolle: Rolle, userId = "ifk-1"): Actor => ({ userId, jobcenterId: "jc", rolle, name: "X" });

describe("darfGesundheitSehen (Art. 9 DSGVO)", () => {
  it("lets only the person's responsible counsellor see health data", () => {
    expect(darfGesundheitSehen(actor("integrationsfachkraft"), person)).toBe(true);
    expect(darfGesundheitSehen(actor("integrationsfachkraft", "ifk-2"), person)).toBe(false);
  });

  it.each(["teamleitung", "admin", "datenschutz"] as const)(
    "refuses %s, even with the counsellor's id",
    (rolle) => {
      expect(darfGesundheitSehen(actor(rolle), person)).toBe(false);
    },
  );
});
