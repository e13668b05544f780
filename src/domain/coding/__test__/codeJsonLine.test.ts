import { describe, expect, it } from "vitest";
import { codeJsonLine } from "../codeJsonLine";

describe("codeJsonLine", () => {
  it("codes a valid line", () => {
    const result = codeJsonLine(
      '{"id":"p1-3","kind":"ziel","text":"Bis 31.12. eine Stelle als Koch finden."}',
      1,
    );
    expect(result).toMatchObject({ ok: true, output: { id: "p1-3", area: "arbeit", specific: true } });
  });

  it("accepts numeric ids", () => {
    expect(codeJsonLine('{"id":7,"kind":"schritt","text":"Ich lerne Deutsch."}', 1).output).toMatchObject({
      id: 7,
    });
  });

  it("reports bad JSON with the line number", () => {
    expect(codeJsonLine("{kaputt", 17)).toEqual({
      ok: false,
      output: { line: 17, error: "Zeile ist kein gültiges JSON" },
    });
  });

  it("names missing or invalid fields, with the id when known", () => {
    expect(codeJsonLine('{"id":"a","text":"x"}', 3).output).toEqual({
      line: 3,
      id: "a",
      error: 'Feld "kind" fehlt oder ist ungültig',
    });
    expect(codeJsonLine('{"kind":"plan","text":" "}', 4).output).toEqual({
      line: 4,
      error:
        'Feld "id" fehlt oder ist ungültig; Feld "kind" fehlt oder ist ungültig; Feld "text" fehlt oder ist ungültig',
    });
  });

  it("rejects JSON that is not an object", () => {
    expect(codeJsonLine("[1,2]", 2).output).toEqual({ line: 2, error: "Zeile ist kein JSON-Objekt" });
    expect(codeJsonLine("null", 2).output).toEqual({ line: 2, error: "Zeile ist kein JSON-Objekt" });
  });
});
