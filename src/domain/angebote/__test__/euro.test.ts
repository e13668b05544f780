import { describe, expect, it } from "vitest";
import { formatEuro, parseEuroCent } from "../euro";

describe("parseEuroCent", () => {
  it.each([
    ["1.500", 150_000],
    ["1.500,50", 150_050],
    ["1500", 150_000],
    ["1500,5", 150_050],
    ["1500.50", 150_050],
    ["250 €", 25_000],
    ["0", 0],
    ["12.345.678,90", 1_234_567_890],
  ])("reads %s as %i cents", (text, cent) => expect(parseEuroCent(text)).toBe(cent));

  it("treats an empty field as unknown", () => expect(parseEuroCent("  ")).toBeNull());

  it.each(["-5", "zehn", "1,2,3", "1.50.0", "1,505"])("refuses %s", (text) =>
    expect(parseEuroCent(text)).toBe("ungueltig"),
  );
});

describe("formatEuro", () => {
  it("writes German amounts", () => {
    expect(formatEuro(150_050)).toBe("1.500,50");
    expect(formatEuro(150_000)).toBe("1.500");
    expect(formatEuro(5)).toBe("0,05");
  });
});
