import { describe, expect, it } from "vitest";
import { lokalerPfad } from "../lokalerPfad";

describe("redirect targets stay on this site (issue 10, open redirect through Referer)", () => {
  it("keeps a local path and the path of a Referer from this host", () => {
    expect(lokalerPfad("/personen/1/rechtsfolgen?x=1", "/faelle")).toBe("/personen/1/rechtsfolgen?x=1");
    expect(lokalerPfad("https://kp.example/ereignisse/7", "/faelle", "kp.example")).toBe("/ereignisse/7");
  });

  it.each([
    "https://evil.example//evil.example/phish",
    "https://evil.example/ereignisse/7",
    "//evil.example/x",
    "/\\evil.example/x",
    "javascript:alert(1)",
    "http://kp.example.evil.example/x",
    "",
  ])("refuses %s", (wert) => {
    expect(lokalerPfad(wert, "/faelle", "kp.example")).toBe("/faelle");
  });
});
