import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe("frozen evaluation set of the coder (eval/frozen.jsonl)", () => {
  it("stays unchanged: it measures the coder and is never tuned on", () => {
    const file = readFileSync(new URL("../../eval/frozen.jsonl", import.meta.url));
    expect(createHash("sha256").update(file).digest("hex")).toBe(
      "cecc68ed81e899d2546f1a3899aee23adaf532d4877ed9e1264202408930048a",
    );
    expect(file.toString("utf8").trim().split("\n")).toHaveLength(175);
  });
});
