import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

/** The dependency rule of eslint.config.js, run on small files placed (virtually) in each layer. */
const eslint = new ESLint({ cwd: fileURLToPath(new URL("../..", import.meta.url)) });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === "no-restricted-imports" || m.fatal)
    .map((m) => m.message);
}

const refused: [string, string][] = [
  ["src/domain/plan/x.ts", 'import { readFileSync } from "node:fs";'],
  ["src/domain/plan/x.ts", 'import { readFile } from "node:fs/promises";'],
  ["src/domain/plan/x.ts", 'import "fs";'],
  ["src/domain/plan/x.ts", 'import { join } from "path";'],
  ["src/domain/plan/x.ts", 'import { readFile } from "fs/promises";'],
  ["src/domain/plan/x.ts", 'import pg from "pg";'],
  ["src/domain/plan/x.ts", 'import { PGlite } from "@electric-sql/pglite";'],
  ["src/domain/plan/x.ts", 'import fastify from "fastify";'],
  ["src/domain/plan/x.ts", 'import PDFDocument from "pdfkit";'],
  ["src/domain/plan/x.ts", 'import * as client from "openid-client";'],
  ["src/domain/plan/x.ts", 'import type { Clock } from "../../application/ports";'],
  ["src/domain/plan/x.ts", 'import { sql } from "../../adapters/db/sql";'],
  ["src/domain/plan/x.ts", 'import { de } from "../../web/translations/de";'],
  ["src/application/plan/x.ts", 'import { sql } from "../../adapters/db/sql";'],
  ["src/application/x.ts", 'import type { Problem } from "../adapters/http/problem";'],
  ["src/application/x.ts", 'import { de } from "../web/translations/de";'],
  ["src/application/x.ts", 'import type { FastifyReply } from "fastify";'],
  ["src/application/x.ts", 'import pg from "pg";'],
  ["src/application/x.ts", 'import { PGlite } from "@electric-sql/pglite";'],
  ["src/web/pages/X.tsx", 'import type { FeldFehler } from "../../adapters/http/problem";'],
  ["src/web/x.tsx", 'import { pdfTexteDe } from "../adapters/pdf";'],
  ["src/web/components/X.tsx", 'import pg from "pg";'],
  [
    "src/adapters/http/routes/x.ts",
    'import { makeRepositories } from "../../db/repositories/makeRepositories";',
  ],
  ["src/adapters/http/x.ts", 'import type { Database } from "../db/database";'],
  ["src/adapters/http/x.ts", 'import pg from "pg";'],
];

const allowed: [string, string][] = [
  ["src/domain/plan/x.ts", 'import { z } from "zod";'],
  ["src/domain/plan/x.ts", 'import type { DomainError } from "../shared/result";'],
  ["src/application/plan/x.ts", 'import type { Clock } from "../ports";'],
  [
    "src/application/plan/x.ts",
    'import { PlanInhaltSchema } from "../../domain/kooperationsplan/planInhalt";',
  ],
  ["src/web/pages/X.tsx", 'import type { PlanDokument } from "../../application/ports";'],
  ["src/web/pages/X.tsx", 'import type { FeldFehler } from "../feldFehler";'],
  ["src/web/pages/X.tsx", 'import { de } from "../translations/de";'],
  ["src/web/pages/X.tsx", 'import { renderToStaticMarkup } from "react-dom/server";'],
  ["src/adapters/http/x.ts", 'import { de } from "../../web/translations/de";'],
  ["src/adapters/http/x.ts", 'import type { Transaktionen } from "../../application/transaktionen";'],
  ["src/composition.ts", 'import { dbTransaktionen } from "./adapters/db/transaktionen";'],
  ["src/adapters/db/x.ts", 'import { readFile } from "node:fs/promises";'],
];

describe("the dependency rule is linted for every layer", () => {
  it.each(refused)("refuses in %s: %s", async (filePath, code) => {
    expect(await restrictedImports(filePath, `${code}\nexport {};\n`)).toHaveLength(1);
  });

  it.each(allowed)("allows in %s: %s", async (filePath, code) => {
    expect(await restrictedImports(filePath, `${code}\nexport {};\n`)).toEqual([]);
  });
});
