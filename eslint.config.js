import js from "@eslint/js";
import tseslint from "typescript-eslint";
import jsxA11y from "eslint-plugin-jsx-a11y";
import globals from "globals";

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
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/adapters/**", "**/application/**", "**/web/**"],
              message: "Der Domain-Kern ist rein.",
            },
            {
              group: ["pg", "@electric-sql/*", "fastify*", "@fastify/*", "react*", "pdfkit", "node:*"],
              message: "Keine I/O im Domain-Kern.",
            },
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
    files: ["src/cli/**/*.ts", "scripts/**", "tests/**", "bin/**"],
    rules: { "no-console": "off" },
  },
);
