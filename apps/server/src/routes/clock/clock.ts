import { ZPlaybookEventResult } from "@waymark/contracts";
import { z } from "zod";
import type { App } from "../../app-types.ts";
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
      clock.advance(request.body.days * DAY_MS);
      const result = await fireDueTimers(app.deps);
      return { now: app.deps.now().toISOString(), adjustable: true, ...result };
    },
  );
}
