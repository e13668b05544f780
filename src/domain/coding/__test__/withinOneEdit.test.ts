import { describe, expect, it } from "vitest";
import { withinOneEdit } from "../withinOneEdit";

describe("withinOneEdit", () => {
  it.each([
    ["wohnung", "whonung"],
    ["betreuung", "betreung"],
    ["arbeitsstelle", "arbeitstelle"],
    ["termin", "termine"],
    ["kita", "kita"],
    ["schulden", "schulten"],
  ])("accepts %s ~ %s", (a, b) => {
    expect(withinOneEdit(a, b)).toBe(true);
    expect(withinOneEdit(b, a)).toBe(true);
  });

  it.each([
    ["wohnung", "wohnen"],
    ["arzt", "amt"],
    ["bewerbung", "bewertung2"],
    ["kurs", "skur"],
  ])("rejects %s ~ %s", (a, b) => {
    expect(withinOneEdit(a, b)).toBe(false);
  });
});
