import { type EngagementScenario, engagementScenarioLabel, isEngagementScenario } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import { AppError } from "../errors.ts";
import { can } from "./permissions.ts";

/**
 * "The engagement scenario field is controlled by security role" (Services tab, Delivery): the guide's refusal,
 * pointing at the people who may make the change instead of the FTC Help category.
 */
export function assertMayChangeEngagementScenario(actor: UserActor, current: string, wanted: EngagementScenario | undefined) {
  if (wanted === undefined || wanted === current || can(actor, "service.change_engagement_scenario")) return;
  const label = isEngagementScenario(current) ? engagementScenarioLabel(current) : current;
  throw new AppError(
    "forbidden",
    `You do not have permission to modify the current Engagement Scenario (${label}). To update the Engagement Scenario, ask a Team Manager, a FastTrack lead or an administrator to make the change.`,
  );
}
