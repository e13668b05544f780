import { build } from "esbuild";
import { describe, expect, it } from "vitest";

describe("browser bundle of the plan assistant", () => {
  it("contains the domain checks but not zod (schemas stay on the server)", async () => {
    const result = await build({
      entryPoints: ["src/web/client/assistent.ts"],
      bundle: true,
      write: false,
      format: "esm",
      platform: "browser",
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain("src/domain/assistent/checkPlanQualitaet.ts");
    expect(inputs.filter((i) => i.includes("node_modules/zod"))).toEqual([]);
  }, 20_000);
});
