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
