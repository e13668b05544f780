import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "../auditSeite";
import { csvZelle, toCsv } from "../csv";
import { zeigeDetails } from "../zeigeDetails";

describe("audit presentation", () => {
  it("defuses formulas and quotes separators in CSV cells", () => {
    expect(csvZelle('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvZelle("+1")).toBe("'+1");
    expect(csvZelle("-2")).toBe("'-2");
    expect(csvZelle("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvZelle("a;b")).toBe('"a;b"');
    expect(csvZelle("Zeile\nzwei")).toBe('"Zeile\nzwei"');
    expect(csvZelle("Müller")).toBe("Müller");
    expect(toCsv(["a", "b"], [["1", "x;y"]])).toBe('\uFEFFa;b\r\n1;"x;y"\r\n');
  });

  it("withholds the health flag from everybody and case content from the data-protection officer", () => {
    expect(zeigeDetails({ gesundheit: false }, "teamleitung")).toEqual({ art9: true });
    expect(zeigeDetails({ gesundheit: true }, "datenschutz")).toEqual({ art9: true });
    expect(zeigeDetails({ gesundheitSichtbar: false, nummer: 2 }, "datenschutz")).toEqual({ nummer: 2 });
    const sanktion = { entscheidung: "minderung", prozent: 30, monate: 1 };
    expect(zeigeDetails(sanktion, "teamleitung")).toEqual(sanktion);
    expect(zeigeDetails(sanktion, "datenschutz")).toEqual({});
  });

  it("round-trips a page token and refuses foreign ones", () => {
    const c = { at: "2026-11-26T09:00:00.123456Z", id: "42" };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    expect(decodeCursor("kaputt")).toBeNull();
    expect(decodeCursor(Buffer.from("x|1").toString("base64url"))).toBeNull();
  });
});
