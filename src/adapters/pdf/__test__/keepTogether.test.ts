import { expect, it } from "vitest";
import { keepTogether } from "../keepTogether";

it("glues amounts, times and paragraph numbers, nothing else", () => {
  expect(keepTogether("bis 260 € im Jahr, 25 % und 10:00 Uhr nach § 15 Abs. 2")).toBe(
    "bis 260\u00a0€ im Jahr, 25\u00a0% und 10:00\u00a0Uhr nach §\u00a015 Abs.\u00a02",
  );
  expect(keepTogether("Raum 2 Uhrwerk")).toBe("Raum 2 Uhrwerk");
});
