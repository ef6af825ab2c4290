import type { TestProject } from "vitest/node";
import { prepareTemplate } from "./template.ts";

/** Runs the integration tests against the PostgreSQL named by WAYMARK_TEST_DATABASE_URL (a maintenance database URL). */
export default async function setup(project: TestProject) {
  const url = process.env.WAYMARK_TEST_DATABASE_URL;
  if (!url) throw new Error("WAYMARK_TEST_DATABASE_URL is not set");
  await prepareTemplate(url);
  project.provide("adminDatabaseUrl", url);
  project.provide("databaseKind", "external");
}
