import { defineConfig } from "vitest/config";

const external = process.env.WAYMARK_TEST_DATABASE_URL;

/**
 * Test tiers by suffix (STYLE.md): `*.test.ts` no I/O; `*.int.test.ts` against a real PostgreSQL — the embedded
 * server always, and an external PostgreSQL 15+ too when WAYMARK_TEST_DATABASE_URL names one (CI does);
 * `*.embedded.test.ts` the embedded server's own lifecycle; `e2e/*.e2e.test.ts` journeys in Debian Chromium.
 */
export default defineConfig({
  test: {
    env: { TZ: "UTC" },
    reporters: ["default", "./test-support/summary-reporter.ts"],
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/**/*.test.ts", "apps/**/*.test.ts"],
          exclude: ["**/node_modules/**", "**/*.int.test.ts", "**/*.embedded.test.ts", "**/*.e2e.test.ts"],
        },
      },
      {
        test: {
          name: "postgres-embedded",
          include: ["packages/**/*.int.test.ts", "apps/**/*.int.test.ts"],
          globalSetup: ["./test-support/global-setup-embedded.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      ...(external
        ? [
            {
              test: {
                name: "postgres-external",
                include: ["packages/**/*.int.test.ts", "apps/**/*.int.test.ts"],
                globalSetup: ["./test-support/global-setup-external.ts"],
                testTimeout: 30_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
      {
        test: {
          name: "embedded-server",
          include: ["packages/**/*.embedded.test.ts", "apps/**/*.embedded.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: "browser",
          include: ["e2e/**/*.e2e.test.ts"],
          globalSetup: ["./test-support/global-setup-embedded.ts"],
          testTimeout: 90_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
