import { describe, expect, it } from "vitest";
import { loadConfig } from "../config";

describe("mail configuration (ADR 0024)", () => {
  it("mail is off without SMTP_URL and has a sender by default", () => {
    const c = loadConfig({});
    expect(c.SMTP_URL).toBeUndefined();
    expect(c.MAIL_FROM).toMatch(/@/);
  });

  it("accepts smtp:// and smtps:// URLs and refuses anything else with the variable's name", () => {
    expect(loadConfig({ SMTP_URL: "smtps://u:p@mail.example:465" }).SMTP_URL).toBe(
      "smtps://u:p@mail.example:465",
    );
    expect(() => loadConfig({ SMTP_URL: "http://mail.example" })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ MAIL_FROM: "kein-absender" })).toThrow(/MAIL_FROM/);
  });
});
