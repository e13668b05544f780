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
  entryPoints: ["src/web/client/client.ts"],
  outfile: "dist/public/client.js",
  bundle: true,
  platform: "browser",
  format: "esm",
  target: "es2020",
  minify: true,
  sourcemap: true,
  logLevel: "warning",
});
await cp("src/web/styles/app.css", "dist/public/app.css");
