import { describe, expect, it } from "vitest";
import { schlichtungImPortal } from "../schlichtungsantrag";

describe("schlichtungImPortal", () => {
  it("offers the request only for an old-law plan while § 15a a. F. still applies", () => {
    expect(schlichtungImPortal("2026-06-02", "2026-06-30")).toEqual({ altesRecht: true, beantragbar: true });
    expect(schlichtungImPortal("2026-06-02", "2026-07-01")).toEqual({ altesRecht: true, beantragbar: false });
    expect(schlichtungImPortal("2026-07-01", "2026-07-01")).toEqual({
      altesRecht: false,
      beantragbar: false,
    });
    expect(schlichtungImPortal(null, "2026-06-01")).toEqual({ altesRecht: false, beantragbar: false });
  });
});
