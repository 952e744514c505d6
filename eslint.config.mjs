import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `const { secret: _omit, ...rest } = row` is how a field is dropped before it leaves the server.
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  // Layer boundaries (ARCHITECTURE.md): the pure layers never reach the server; UI components
  // never import routes, and take server code only as types (data comes in through props).
  {
    files: ["lib/eligibility/**", "lib/domain/**", "lib/schemas/**", "lib/i18n/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/server", "@/lib/server/*", "**/lib/server/**", "../server/*"], message: "Pure modules (lib/eligibility, lib/domain, lib/schemas, lib/i18n) never import lib/server." },
            { group: ["@/app/*", "@/components/*", "next/*", "react", "react-dom", "@prisma/*"], message: "Pure modules have no framework or database imports." },
          ],
          paths: [{ name: "server-only", message: "Pure modules run in the browser too." }],
        },
      ],
    },
  },
  {
    files: ["lib/eligibility/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/lib/*", "../domain/*", "../schemas/*", "../i18n/*"], message: "The rule module is self-contained: it imports only zod and its own files." }] },
      ],
    },
  },
  {
    files: ["components/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/app/*", "**/app/*"], message: "Components never import routes: pass server actions in as props." },
            { group: ["@/lib/server/*"], allowTypeImports: true, message: "Components get data through props; only types may come from lib/server." },
          ],
        },
      ],
    },
  },
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "node_modules/**",
      "lib/server/db/generated/**",
      "reports/**",
      ".stryker-tmp/**",
      "test-results/**",
      "playwright-report/**",
      "screenshots/**",
      "data/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
