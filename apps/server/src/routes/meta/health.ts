import { sql } from "drizzle-orm";
import { z } from "zod";
import type { App } from "../../app-types.ts";

export function healthRoute(app: App) {
  app.get(
    "/api/health",
    {
      schema: { tags: ["meta"], summary: "Liveness and database reachability", response: { 200: z.object({ status: z.literal("ok"), database: z.literal("ok") }) } },
      config: { public: true },
    },
    async () => {
      await app.deps.db.execute(sql`SELECT 1`);
      return { status: "ok" as const, database: "ok" as const };
    },
  );
}
