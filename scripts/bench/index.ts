/** `npm run bench [-- name]`: runs all benchmark scripts (or one) and prints their figures. */
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv[2];
const scripts = readdirSync(here)
  .filter((f) => f.endsWith(".ts") && f !== "index.ts")
  .filter((f) => !wanted || f === `${wanted}.ts`);
for (const script of scripts) {
  console.log(`\n### ${script}`);
  execFileSync("npx", ["tsx", join(here, script)], { stdio: "inherit" });
}
