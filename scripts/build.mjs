// Builds the server bundle (dist/server) and the browser assets (dist/public) with esbuild.
import { build } from "esbuild";
import { cp, mkdir, rm } from "node:fs/promises";

await rm("dist", { recursive: true, force: true });
await build({
  entryPoints: ["src/main.ts"],
  outfile: "dist/server/main.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
await cp("src/adapters/db/migrations", "dist/server/migrations", { recursive: true });
await mkdir("dist/public", { recursive: true });
await build({
  // client.js on every page; assistent.js (plan checks, ~200 KB gz with hyphenation) only in the editor.
  entryPoints: ["src/web/client/client.ts", "src/web/client/assistent.ts"],
  outdir: "dist/public",
  bundle: true,
  platform: "browser",
  format: "esm",
  target: "es2020",
  minify: true,
  sourcemap: true,
  logLevel: "warning",
});
await cp("src/web/styles/app.css", "dist/public/app.css");
