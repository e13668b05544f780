import { describe, expect, it } from "vitest";
import { PlanInhaltSchema } from "../../kooperationsplan/planInhalt";
import { bezugAufVersion } from "../bezugAufVersion";

const version = (id: string, nummer: number, text: string) => ({
  id,
  nummer,
  inhalt: PlanInhaltSchema.parse({ schritte: [{ id: "s1", text }] }),
});
// Newest first, as the repository lists them.
const versionen = [
  version("v2", 2, "Ich mache einen Deutschkurs B2."),
  version("v1", 1, "Ich mache einen Staplerkurs."),
];

describe("bezugAufVersion", () => {
  it("names the step in the wording of the version the person reported on", () => {
    expect(bezugAufVersion(versionen, "v1", "s1")).toEqual({
      planVersionId: "v1",
      nummer: 1,
      schrittText: "Ich mache einen Staplerkurs.",
    });
    expect(bezugAufVersion(versionen, "v2", "s1")?.schrittText).toBe("Ich mache einen Deutschkurs B2.");
  });

  it("refers to a whole version for a receipt or an upload, and to nothing for an unknown version", () => {
    expect(bezugAufVersion(versionen, "v2")).toEqual({ planVersionId: "v2", nummer: 2, schrittText: null });
    expect(bezugAufVersion(versionen, "v9", "s1")).toBeNull();
    expect(bezugAufVersion(versionen, null)).toBeNull();
  });
});
