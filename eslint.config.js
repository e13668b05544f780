import { builtinModules } from "node:module";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import jsxA11y from "eslint-plugin-jsx-a11y";
import globals from "globals";

/** Bare names of Node built-ins (`fs`, `fs/promises`, ...); `node:*` is caught by a pattern. */
const nodeBuiltins = (message) =>
  builtinModules.filter((name) => !name.startsWith("_")).map((name) => ({ name, message }));
/** Packages that do I/O (database, HTTP server, PDF, mail, OpenID, native hashing). */
const ioPackages = [
  "pg",
  "pg-*",
  "@electric-sql/*",
  "fastify",
  "fastify-*",
  "@fastify/*",
  "pdfkit",
  "nodemailer",
  "openid-client",
  "@node-rs/*",
];
/** Relative imports of a sibling layer, with or without a file below it (`../adapters`, `../../adapters/db/x`). */
const layerGroups = (...layers) => layers.flatMap((layer) => [`**/${layer}`, `**/${layer}/**`]);

export default tseslint.config(
  { ignores: ["dist/**", "data/**", "node_modules/**", "test-results/**", "playwright-report/**"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": ["error", { allow: ["error", "warn"] }],
    },
  },
  {
    files: ["src/web/**/*.tsx"],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ["src/web/client/**/*.ts"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["src/domain/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: nodeBuiltins("Keine Node-Bausteine im Domain-Kern: I/O gehört in die Adapter."),
          patterns: [
            { group: layerGroups("adapters", "application", "web"), message: "Der Domain-Kern ist rein." },
            { group: ["node:*", ...ioPackages, "react*"], message: "Keine I/O im Domain-Kern." },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "Uhr injizieren (Clock).",
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "Uhr injizieren (Clock).",
        },
      ],
    },
  },
  {
    files: ["src/application/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: layerGroups("adapters", "web"),
              message: "Anwendungsfälle kennen nur Ports: keine Adapter, kein Web.",
            },
            { group: ioPackages, message: "I/O gehört in die Adapter (Port in application/ports.ts)." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/web/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: layerGroups("adapters"),
              message: "Das Web stellt dar: es importiert Domain, Anwendung und Wörterbuch, keine Adapter.",
            },
            { group: ioPackages, message: "Keine Datenbank und kein HTTP-Server im Web." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/adapters/http/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/db", "**/db/**"],
              message: "Repositories und Transaktionen kommen über AppDeps.transaktionen (composition.ts).",
            },
            { group: ["pg", "@electric-sql/*"], message: "Keine Datenbank im HTTP-Adapter." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/cli/**/*.ts", "scripts/**", "tests/**", "bin/**"],
    rules: { "no-console": "off" },
  },
);
