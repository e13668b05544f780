import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

/** Static asset folders: the KERN UX design system, our own CSS and the bundled browser scripts. */
export function assetRoots(): [string, string][] {
  const kern = join(dirname(require.resolve("@kern-ux/native/package.json")), "dist");
  const here = dirname(fileURLToPath(import.meta.url));
  // In the bundle (dist/server/main.js) the client build lies in dist/public; in development in dist/public too.
  const publicDir =
    process.env.KP_PUBLIC_DIR ?? join(here, here.includes("/dist/") ? "../public" : "../../../dist/public");
  return [
    ["/assets/kern/", kern],
    ["/assets/app/", publicDir],
  ];
}
