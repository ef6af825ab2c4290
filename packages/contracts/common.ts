import { z } from "zod";

/** Builds a zod enum from a catalog's entries, so the API accepts exactly the catalog's codes. */
export function codesOf<T extends { code: string }>(entries: readonly T[]) {
  return z.enum(entries.map((entry) => entry.code) as [T["code"], ...T["code"][]]);
}

export const ZIsoDate = z.iso.date().describe("Calendar date, YYYY-MM-DD");
export const ZUuid = z.uuid();
export const ZVersion = z.number().int().positive().describe("The version you read; a stale one gets 409");

export const ZIdParams = z.object({ id: ZUuid });

export const ZPage = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};

export function ZPageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });
}

/** RFC 9457 problem details; `errors` lists field-level problems with a JSON-pointer-like path. */
export const ZProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  current: z.unknown().optional().describe("On 409: the record as it is now"),
});
export type TProblem = z.infer<typeof ZProblem>;
