// @ts-check
// Mutation testing of the eligibility module only (npm run test:mutation → `stryker run`).
// It runs just the eligibility tests through their own Vitest config, which has no database
// setup, so a run needs nothing but node_modules.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.eligibility.config.mts", related: false },
  mutate: ["lib/eligibility/**/*.ts"],
  coverageAnalysis: "perTest",
  concurrency: 2,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
  thresholds: { high: 95, low: 90, break: 90 },
  timeoutMS: 10000,
};

export default config;
