import { z } from "zod";

/**
 * The guard language of rules: comparisons on facts named by a path ("event.outcome", "service.status",
 * "tenant.effectivePriority", "service.activeUsersPercent"), combined with all/any/not. Small on purpose: every
 * guard can be printed as a sentence and checked at load time.
 */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { fact: string; eq: unknown }
  | { fact: string; in: unknown[] }
  | { fact: string; gt: number }
  | { fact: string; gte: number }
  | { fact: string; lt: number }
  | { fact: string; lte: number }
  | { fact: string; present: boolean };

export const ZCondition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(ZCondition).min(1) }).strict(),
    z.object({ any: z.array(ZCondition).min(1) }).strict(),
    z.object({ not: ZCondition }).strict(),
    z.object({ fact: z.string(), eq: z.unknown() }).strict(),
    z.object({ fact: z.string(), in: z.array(z.unknown()).min(1) }).strict(),
    z.object({ fact: z.string(), gt: z.number() }).strict(),
    z.object({ fact: z.string(), gte: z.number() }).strict(),
    z.object({ fact: z.string(), lt: z.number() }).strict(),
    z.object({ fact: z.string(), lte: z.number() }).strict(),
    z.object({ fact: z.string(), present: z.boolean() }).strict(),
  ]),
);

export type Facts = Record<string, unknown>;

export function readFact(facts: Facts, path: string): unknown {
  return path.split(".").reduce<unknown>((value, key) => (value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined), facts);
}

export function holds(condition: Condition, facts: Facts): boolean {
  if ("all" in condition) return condition.all.every((c) => holds(c, facts));
  if ("any" in condition) return condition.any.some((c) => holds(c, facts));
  if ("not" in condition) return !holds(condition.not, facts);
  const value = readFact(facts, condition.fact);
  if ("eq" in condition) return value === condition.eq;
  if ("in" in condition) return condition.in.includes(value);
  if ("gt" in condition) return typeof value === "number" && value > condition.gt;
  if ("gte" in condition) return typeof value === "number" && value >= condition.gte;
  if ("lt" in condition) return typeof value === "number" && value < condition.lt;
  if ("lte" in condition) return typeof value === "number" && value <= condition.lte;
  return (value !== undefined && value !== null && value !== "") === condition.present;
}

/** The facts a condition reads, so an explanation can show exactly what the rule saw. */
export function factsRead(condition: Condition): string[] {
  if ("all" in condition) return condition.all.flatMap(factsRead);
  if ("any" in condition) return condition.any.flatMap(factsRead);
  if ("not" in condition) return factsRead(condition.not);
  return [condition.fact];
}
