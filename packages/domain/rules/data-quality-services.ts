// The data-quality checks of one service: its Target Date, its DIBS and SSAT, unexplained Blocked/No Intent rows and
// late next actions. The DIBS/SSAT items, the probe and the unexplained rows are the adoption review's answers
// (rules/adoption-review.ts); the checks word them as findings. Sources: see data-quality.ts.
import { l1Label } from "../catalogs/l1-statuses.ts";
import { serviceLabel } from "../catalogs/services.ts";
import { calendarDaysBetween } from "../calendar/business-days.ts";
import type { EngineService } from "../engine/model.ts";
import { dibsTargetDate, reviewAdoption } from "./adoption-review.ts";
import { DIBS_ITEMS, type DibsItem, SSAT_ITEMS, type SsatItem } from "./dibs-requirements.ts";
import type { DataQualityFacts, DataQualityService, FieldTarget, RaiseFinding, ServiceFieldAnchor } from "./data-quality.ts";

type SplitFact = DataQualityService["split"][number];

const DIBS_FIELD: Record<DibsItem, ServiceFieldAnchor> = {
  target_date: "dibs-target-date",
  intent: "split",
  business_reason: "dibs-business-reason",
  success_owner: "dibs-success-owner",
};
const SSAT_FIELD: Record<SsatItem, ServiceFieldAnchor> = {
  stakeholders: "ssat-stakeholders",
  scenarios: "ssat-scenarios",
  awareness: "ssat-awareness",
  training: "ssat-training",
};

const days = (n: number) => (n === 1 ? "1 day" : `${n} days`);
const list = (labels: readonly string[]) =>
  labels.length <= 1 ? (labels[0] ?? "") : `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
/** The items a review names ("Target Date, Intent"), in catalogue order. */
const itemsNamed = <T extends { code: string; label: string }>(items: readonly T[], named: string) => {
  const labels = named.split(", ");
  return items.filter((item) => labels.includes(item.label));
};

/**
 * What to do about missing DIBS. Intent comes first: it is an In Progress row in the split, and the Target Date
 * counts only once entitlements are In Progress; the other two are pick-lists in the Adoption Insights.
 */
function dibsAction(name: string, missing: readonly { code: DibsItem; label: string }[]): string {
  const steps: string[] = [];
  if (missing.some((item) => item.code === "intent")) {
    const withDate = missing.some((item) => item.code === "target_date");
    steps.push(`move the entitlements the customer will deploy to In Progress in the split${withDate ? " and record their Target Date" : ""}`);
  }
  const picks = missing.filter((item) => item.code === "business_reason" || item.code === "success_owner");
  if (picks.length) steps.push(`pick the ${list(picks.map((item) => item.label))} in the Adoption Insights`);
  return `In ${name}: ${steps.join("; then ")}.`;
}

export function serviceFindings(facts: DataQualityFacts, service: DataQualityService, today: string, raise: RaiseFinding) {
  const name = serviceLabel(service.code);
  const at = (field: ServiceFieldAnchor): FieldTarget => ({ tab: "services", service: service.code, field });
  // The review reads only the split, adoption, status, scenario and active users; usage plays no part in these checks.
  const engine: EngineService = {
    code: service.code,
    status: service.status,
    engagementScenario: service.engagementScenario,
    nextActionDate: service.nextActionDate,
    adoption: service.adoption,
    split: service.split,
    deploymentOrder: null,
    activeUsers: null,
    activeUsersPercent: null,
    entitlements: 0,
  };
  const review = reviewAdoption(facts, engine, today);

  let inProgressRow: SplitFact | undefined;
  let inProgress = 0;
  for (const row of service.split) {
    if (row.l1 !== "in_progress") continue;
    inProgress += row.entitlements;
    if (!inProgressRow && row.entitlements > 0) inProgressRow = row;
  }
  const targetDate = dibsTargetDate(engine);
  const dateField = at(inProgressRow?.targetDate ? "split" : "dibs-target-date");
  if (inProgressRow && !targetDate) {
    raise(
      "in_progress_without_target_date",
      service.code,
      `${name}: ${inProgress} entitlements are In Progress but no Target Date is recorded.`,
      `Ask the customer when the first users (a pilot counts) will use ${name} and record that date as the Target Date.`,
      dateField,
    );
  } else if (inProgressRow && targetDate && targetDate < today) {
    raise(
      "target_date_past",
      service.code,
      `${name}: the Target Date ${targetDate} passed ${days(calendarDaysBetween(targetDate, today))} ago while ${inProgress} entitlements are still In Progress.`,
      `Ask the customer for the new date the first users will use ${name} and record it as the Target Date.`,
      dateField,
    );
  } else if (targetDate && review.targetDateProbe) {
    raise(
      "target_date_probe",
      service.code,
      `${name}: the Target Date ${targetDate}, ${days(calendarDaysBetween(today, targetDate))} away, needs probing: ${review.targetDateProbe}.`,
      `Ask the customer what happens on ${targetDate}: a real go-live shows urgency, while a year end, a month end or a date months away usually means there is no plan yet.`,
      dateField,
    );
  }

  if (review.unexplainedRows) {
    raise(
      "unexplained_row",
      service.code,
      `${name}: Blocked and No Intent entitlements must say why; missing: ${review.unexplainedRows}.`,
      `In ${name}'s split, pick the L2 and L3 reasons and write a sentence or two saying why.`,
      at("split"),
    );
  }

  // An In Progress service without a Target Date is reported once, above, not again as a missing DIBS item.
  const dibs = (review.missingDibs ? itemsNamed(DIBS_ITEMS, review.missingDibs) : []).filter((item) => !(item.code === "target_date" && inProgressRow));
  const firstDibs = dibs[0];
  if (firstDibs) {
    const intentMissing = dibs.some((item) => item.code === "intent");
    raise(
      "dibs_missing",
      service.code,
      `${name} lacks ${list(dibs.map((item) => item.label))}, which the DIBS row "${review.row}" requires.`,
      dibsAction(name, dibs),
      at(intentMissing ? "split" : DIBS_FIELD[firstDibs.code]),
    );
  }

  const ssat = review.missingSsat ? itemsNamed(SSAT_ITEMS, review.missingSsat) : [];
  const firstSsat = ssat[0];
  if (firstSsat) {
    raise(
      "ssat_missing",
      service.code,
      `${name} lacks ${list(ssat.map((item) => item.label))}, which the SSAT of row "${review.row}" requires.`,
      `Agree them with the customer's stakeholders and pick them in ${name}'s Adoption Insights.`,
      at(SSAT_FIELD[firstSsat.code]),
    );
  }

  // The option lists' "Other [Include details in the entitlement notes]" (Services tab, Adoption Insights).
  if (review.otherWithoutDetails) {
    raise(
      "other_without_details",
      service.code,
      `${name}: "Other" is picked for ${review.otherWithoutDetails}, but no entitlement note says what it is.`,
      `Write the details in ${name}'s entitlement notes, or pick the option that fits.`,
      at("split"),
    );
  }

  if (service.nextActionDate && service.nextActionDate < today) {
    raise(
      "next_action_date_past",
      service.code,
      `${name}: the next action date ${service.nextActionDate} passed ${days(calendarDaysBetween(service.nextActionDate, today))} ago.`,
      `Do the next action on ${name}, or set the date it will now happen.`,
      at("next-action-date"),
    );
  }
  for (const row of service.split) {
    if (!row.nextActionDate || row.nextActionDate >= today) continue;
    raise(
      "next_action_date_past",
      service.code,
      `${name}: the next action date ${row.nextActionDate} of the ${l1Label(row.l1)} entitlements passed ${days(calendarDaysBetween(row.nextActionDate, today))} ago.`,
      `Do the next action on ${name}'s ${l1Label(row.l1)} entitlements, or set the date it will now happen.`,
      at("split"),
    );
  }
}
