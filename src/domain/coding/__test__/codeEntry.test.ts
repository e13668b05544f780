import { describe, expect, it } from "vitest";
import { codeEntry } from "../codeEntry";
import { NOVEL_ENTRIES } from "./fixtures/novelEntries";
import { NOVEL_ENTRIES_2 } from "./fixtures/novelEntries2";
import { NOVEL_ENTRIES_3 } from "./fixtures/novelEntries3";
import { NOVEL_ENTRIES_UNTERSTUETZUNG } from "./fixtures/novelEntriesUnterstuetzung";

describe("codeEntry", () => {
  it("explains the area and the concrete details in `why`", () => {
    const coding = codeEntry({
      kind: "schritt",
      text: "Ich melde mich bis 30.04. zum IK an und lerne 3 Stunden pro Tag.",
    });
    expect(coding.area).toBe("sprache");
    expect(coding.specific).toBe(true);
    expect(coding.why[0]).toMatch(/^area=sprache: .*"Integrationskurs"/);
    expect(coding.why[1]).toContain('Datum "30.04."');
    expect(coding.why[2]).toBe("Abkürzungen: IK→Integrationskurs");
  });

  it("says why an entry is not specific", () => {
    const coding = codeEntry({ kind: "ziel", text: "Ich kümmere mich um meine Gesundheit." });
    expect(coding).toMatchObject({ area: "gesundheit", specific: false, markers: [] });
    expect(coding.why[1]).toMatch(/^nicht specific/);
  });

  it("is deterministic", () => {
    const entry = {
      kind: "unterstuetzung",
      text: "AVGS für ein Coaching beim Träger Lernpunkt ab 01.03.",
    } as const;
    expect(codeEntry(entry)).toEqual(codeEntry(entry));
  });

  it("codes self-written held-out entries mostly right (generalisation check)", () => {
    const all = [...NOVEL_ENTRIES, ...NOVEL_ENTRIES_UNTERSTUETZUNG, ...NOVEL_ENTRIES_2, ...NOVEL_ENTRIES_3];
    const codings = all.map(([kind, text]) => codeEntry({ kind, text }));
    const areaHits = codings.filter((c, i) => c.area === all[i]?.[2]).length;
    const specificHits = codings.filter((c, i) => c.specific === all[i]?.[3]).length;
    expect(areaHits / all.length).toBeGreaterThanOrEqual(0.9);
    expect(specificHits / all.length).toBeGreaterThanOrEqual(0.9);
  });
});
