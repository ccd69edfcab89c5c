/**
 * ESLint flat config used by `npm run lint` (office-addin-lint check, which picks up this file).
 * - eslint-plugin-office-addins "recommended" (load/sync discipline of Office.js, no-eval …), extended
 *   to .tsx, which the plugin's own file pattern leaves out;
 * - React rules (eslint-plugin-react recommended + the automatic JSX runtime);
 * - TypeScript: `no-undef` off (the compiler knows Office, Excel, CustomFunctions and the DOM); unused
 *   `_`-prefixed names allowed as in tsc;
 * - Prettier: the project style (160 columns, trailing commas); an error in src/functions, a warning
 *   elsewhere until the older files are formatted.
 */
import officeAddins from "eslint-plugin-office-addins";
import reactPlugin from "eslint-plugin-react";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

const PRETTIER = { printWidth: 160, trailingComma: "all", endOfLine: "auto" };

// The plugin's recommended list: js recommended, prettier-compat, and one block with the rules for JS/TS.
const recommended = officeAddins.configs.recommended.map((block) =>
  block.files && block.rules && block.rules["office-addins/call-sync-after-load"]
    ? { ...block, files: ["**/*.{js,mjs,cjs,jsx,ts,cts,mts,tsx}"], languageOptions: { ...block.languageOptions, ecmaVersion: "latest" } }
    : block,
);

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "out/**", "scratch/**", "test-results/**"] },
  reactPlugin.configs.flat.recommended,
  reactPlugin.configs.flat["jsx-runtime"],
  ...recommended,
  {
    settings: { react: { version: "detect" } },
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["**/*.{ts,tsx,cts,mts}"],
    languageOptions: { parser: tsParser },
    rules: {
      "no-undef": "off",
      "react/prop-types": "off",
      // as the compiler: `_`-prefixed names and rest siblings (`const { a: _a, ...rest } = x`) may stay unused
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
  },
  {
    rules: { "prettier/prettier": ["warn", PRETTIER, { usePrettierrc: false }] },
  },
  {
    files: ["src/functions/**"],
    rules: { "prettier/prettier": ["error", PRETTIER, { usePrettierrc: false }] },
  },
];
