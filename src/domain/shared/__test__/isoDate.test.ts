import { describe, expect, it } from "vitest";
import { rechtsstandAm } from "../../rechtsstand/rechtsstandAm";
import { addMonths, ageOn, berlinDate, daysBetween, formatGermanDate, isValidIsoDate } from "../isoDate";

describe("calendar dates", () => {
  it("validates real calendar days only", () => {
    expect(isValidIsoDate("2028-02-29")).toBe(true);
    expect(isValidIsoDate("2027-02-29")).toBe(false);
    expect(isValidIsoDate("2026-13-01")).toBe(false);
    expect(isValidIsoDate("26.11.2026")).toBe(false);
  });

  it("adds months like § 188 Abs. 3 BGB and counts days", () => {
    expect(addMonths("2026-11-26", 6)).toBe("2027-05-26");
    expect(addMonths("2027-08-31", 6)).toBe("2028-02-29");
    expect(addMonths("2026-01-31", -2)).toBe("2025-11-30");
    expect(daysBetween("2026-12-31", "2027-01-14")).toBe(14);
  });

  it("takes the Berlin calendar day, also around midnight UTC", () => {
    expect(berlinDate(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
    expect(berlinDate(new Date("2026-12-31T22:59:00Z"))).toBe("2026-12-31");
  });

  it("formats German dates and computes age for the under-25 rules", () => {
    expect(formatGermanDate("2026-07-01")).toBe("01.07.2026");
    expect(ageOn("2001-11-27", "2026-11-26")).toBe(24);
    expect(ageOn("2001-11-26", "2026-11-26")).toBe(25);
  });
});

describe("Rechtsstand by date (one place)", () => {
  it("switches from Bürgergeld to Grundsicherungsgeld on 1.7.2026", () => {
    expect(rechtsstandAm("2026-06-30")).toBe("2023-07");
    expect(rechtsstandAm("2026-07-01")).toBe("2026-07");
  });
});
