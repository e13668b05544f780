import { describe, expect, it } from "vitest";
import { foldGerman } from "../foldGerman";
import { originalText } from "../originalText";

describe("originalText", () => {
  it("maps a span of the folded text back to the text as written", () => {
    const text = "Bis Ende März zur Schuldnerberatung, Größe egal";
    const folded = foldGerman(text);
    const start = folded.indexOf("bis ende maerz");
    expect(originalText(text, start, start + "bis ende maerz".length)).toBe("Bis Ende März");
    const s2 = folded.indexOf("groesse");
    expect(originalText(text, s2, s2 + "groesse".length)).toBe("Größe");
  });

  it("returns an empty string for an empty span", () => {
    expect(originalText("abc", 1, 1)).toBe("");
  });
});
