import { applyMigrations, connect } from "@waymark/db";
import pg from "pg";

export const TEMPLATE_DATABASE = "waymark_test_template";

/** Builds (once per run) a database with every migration applied; each test file copies it, which takes milliseconds. */
export async function prepareTemplate(adminUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  const template = connect(withDatabase(adminUrl, TEMPLATE_DATABASE), { max: 1 });
  try {
    await applyMigrations(template.pool);
  } finally {
    await template.close();
  }
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
