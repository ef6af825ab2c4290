import { z } from "zod";
import { ZIsoDate } from "./common.ts";
import { ZEffect } from "./playbooks.ts";
import { ZServiceCode } from "./services.ts";

export const ZUsageReport = z.object({
  items: z
    .array(
      z.object({
        service: ZServiceCode,
        day: ZIsoDate,
        activeUsers: z.number().int().min(0),
        entitlements: z.number().int().min(0),
      }),
    )
    .min(1)
    .max(5000),
});
export type TUsageReport = z.infer<typeof ZUsageReport>;

export const ZUsageReportResult = z.object({ stored: z.number().int(), effects: z.array(ZEffect) });
