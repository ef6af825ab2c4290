import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "@waymark/db";
import type { TestProject } from "vitest/node";
import { prepareTemplate } from "./template.ts";

export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(tmpdir(), "waymark-test-"));
  const server = await startEmbeddedPostgres({ dataDir });
  await prepareTemplate(server.adminUrl);
  project.provide("adminDatabaseUrl", server.adminUrl);
  project.provide("databaseKind", "embedded");
  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    databaseKind: "embedded" | "external";
  }
}
