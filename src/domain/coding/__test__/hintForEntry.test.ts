import { describe, expect, it } from "vitest";
import { hintForEntry } from "../hintForEntry";

describe("hintForEntry", () => {
  it("returns null for a specific entry", () => {
    expect(hintForEntry({ kind: "schritt", text: "Ich schreibe 5 Bewerbungen im Monat." })).toBeNull();
  });

  it("asks how often for job search, with an example", () => {
    expect(hintForEntry({ kind: "schritt", text: "Ich bewerbe mich regelmäßig." })).toBe(
      "Schreiben Sie dazu, wie oft oder wie viele: z. B. „5 Bewerbungen im Monat“ oder „bis 30.06. eine Stelle als Lagerhelfer“.",
    );
  });

  it("asks by when for health steps and with whom for referrals", () => {
    expect(hintForEntry({ kind: "schritt", text: "Ich gehe zum Arzt." })).toMatch(
      /^Schreiben Sie dazu, bis wann: z\. B\./,
    );
    expect(hintForEntry({ kind: "unterstuetzung", text: "Vermittlung an die Schuldnerberatung." })).toMatch(
      /mit wem/,
    );
  });

  it("asks which offer for support with money or a measure", () => {
    expect(
      hintForEntry({ kind: "unterstuetzung", text: "Das Jobcenter fördert eine Weiterbildung." }),
    ).toMatch(/welches Angebot genau/);
  });
});
