import { ZPlaybookEventResult } from "@waymark/contracts";
import { insertAuditEvents } from "@waymark/db";
import { z } from "zod";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { auditEvent } from "../../commands/audit.ts";
import { AppError } from "../../errors.ts";
import { fireDueTimers } from "../../jobs/fire-due-timers.ts";

const ZClock = z.object({ now: z.iso.datetime(), adjustable: z.boolean() });
const DAY_MS = 24 * 60 * 60 * 1000;

export function clockRoutes(app: App) {
  app.get(
    "/api/clock",
    { schema: { tags: ["clock"], summary: "The time Waymark runs on", response: { 200: ZClock } }, config: { permission: "clock.read" } },
    async () => ({ now: app.deps.now().toISOString(), adjustable: app.deps.clock?.adjustable ?? false }),
  );
  app.post(
    "/api/clock/advance",
    {
      schema: {
        tags: ["clock"],
        summary: "Move an adjustable clock forward (administrators, WAYMARK_CLOCK=adjustable) and fire the timers it passes",
        body: z.object({ days: z.number().int().min(1).max(366) }),
        response: { 200: ZClock.extend({ fired: z.number().int(), failed: z.number().int(), effects: ZPlaybookEventResult.shape.effects }) },
      },
      config: { permission: "clock.adjust" },
    },
    async (request) => {
      const clock = app.deps.clock;
      if (!clock?.adjustable) {
        throw new AppError("validation_failed", "This Waymark runs on the system clock; start it with WAYMARK_CLOCK=adjustable to move time.");
      }
      // Recorded before time moves, so every timer it fires follows the event that explains why.
      const before = app.deps.now();
      const after = new Date(before.getTime() + request.body.days * DAY_MS);
      await insertAuditEvents(app.deps.db, [
        auditEvent(actorOf(request), "clock.advanced", { type: "clock", id: "server" }, {}, {
          before: { now: before.toISOString() },
          after: { now: after.toISOString(), days: request.body.days },
        }),
      ]);
      clock.advance(request.body.days * DAY_MS);
      const result = await fireDueTimers(app.deps);
      return { now: app.deps.now().toISOString(), adjustable: true, ...result };
    },
  );
}
