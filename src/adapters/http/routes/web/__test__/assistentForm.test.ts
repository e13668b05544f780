import { describe, expect, it } from "vitest";
import { parseAssistentAktion, vorlagenSucheAus } from "../assistentAktion";
import { planInhaltFromForm } from "../planForm";

const ids = { eintragId: () => "neu1" };

describe("planInhaltFromForm: Bereich select", () => {
  it("turns a chosen area into a person's code and an empty choice into none", () => {
    const loose = planInhaltFromForm(
      {
        berufsziel: "Ich arbeite.",
        berufszielBereich: "qualifizierung",
        "schritte.0.id": "s1",
        "schritte.0.text": "Ich gehe zur Ärztin.",
        "schritte.0.bereich": "erwerbsfaehigkeit",
        "unterstuetzung.0.id": "u1",
        "unterstuetzung.0.text": "Beratung.",
        "unterstuetzung.0.bereich": "",
        vorlagenSuche: "Kita",
        vorlagenAbschnitt: "schritte",
      },
      ids,
    );
    expect(loose.berufszielCode).toEqual({ area: "qualifizierung", specific: false, codedBy: "person" });
    expect((loose.schritte as { code?: unknown; bereich?: unknown }[])[0]).toMatchObject({
      code: { area: "erwerbsfaehigkeit", codedBy: "person" },
    });
    expect((loose.schritte as { bereich?: unknown }[])[0]?.bereich).toBeUndefined();
    expect((loose.unterstuetzung as { code?: unknown }[])[0]?.code).toBeUndefined();
    expect(loose).not.toHaveProperty("vorlagenSuche");
    expect(loose).not.toHaveProperty("berufszielBereich");
  });
});

describe("parseAssistentAktion", () => {
  it("reads the assistant's buttons", () => {
    expect(parseAssistentAktion("vorlagen-suchen")).toEqual({ typ: "vorlagen-suchen" });
    expect(parseAssistentAktion("vorlage:schritte:ges-hausarzt")).toEqual({
      typ: "vorlage",
      bereich: "schritte",
      vorlageId: "ges-hausarzt",
    });
    const id = "0b6f7c1e-1f0a-4a57-9b1d-2b1c3d4e5f60";
    expect(parseAssistentAktion(`angebot:${id}`)).toEqual({ typ: "angebot", angebotId: id });
  });

  it("refuses unknown templates, sections and ids", () => {
    expect(parseAssistentAktion("vorlage:schritte:gibt-es-nicht")).toBeNull();
    expect(parseAssistentAktion("vorlage:berufsziel:ges-hausarzt")).toBeNull();
    expect(parseAssistentAktion("angebot:1; DROP TABLE")).toBeNull();
    expect(parseAssistentAktion("speichern")).toBeNull();
  });
});

describe("vorlagenSucheAus", () => {
  it("shows results only after a search, filtered by the section's kind", () => {
    expect(vorlagenSucheAus({}).treffer).toBeNull();
    const s = vorlagenSucheAus({ vorlagen: "Kita", abschnitt: "schritte" });
    expect(s.treffer?.length).toBeGreaterThan(0);
    expect(s.treffer?.every((t) => t.vorlage.kind === "schritt")).toBe(true);
    expect(vorlagenSucheAus({ vorlagen: "", abschnitt: "quatsch" }).abschnitt).toBe("schritte");
  });
});
