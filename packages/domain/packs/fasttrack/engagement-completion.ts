import type { Condition } from "../../engine/conditions.ts";
import type { PlaybookDefinition } from "../../engine/playbook.ts";
import { absent, type Action, create, done, FM, isOpen, prompt, refuse, status } from "./rule-helpers.ts";

/** Enablement completion (seed step 1, DESIGN decision 12). */
export const ENABLEMENT_ACTIVE_USERS = 100;
export const ENABLEMENT_ACTIVE_PERCENT = 10;
export const SMALL_CUSTOMER_SEATS = 1000;

/** Migration is required while the service is migrating, or once its migration has been recorded complete. */
const MIGRATION_REQUIRED: Condition = { any: [{ fact: "service.status", eq: "migrate" }, { fact: "task.4060.status", present: true }] };
const ENABLEMENT_DUE: Condition[] = [{ not: MIGRATION_REQUIRED }, absent(4058)];
const enablementComplete = (): Action[] => [
  ...create(4058),
  prompt("hold_completion_discussion", FM, "Enablement of {service.code} is complete: hold the engagement completion discussion with the customer, then record it to complete task 4058. The FM disengages from the customer once the last service is complete."),
];

/**
 * Seed 004 step 1: "Disengagement occurs upon completion of enablement or migration if required", for engagements
 * that come from an RFA (the reference runs the completion discussion "as part of the RFA motion", per workload).
 * Per service, for tenants with an approved RFA: usage is reported for every tenant, and only an RFA engagement
 * ends in disengagement. DESIGN decision 12: ≥ 100 active users, or ≥ 10 % active users when seats < 1,000.
 */
export const ENGAGEMENT_COMPLETION: PlaybookDefinition = {
  id: "engagement-completion",
  version: 1,
  title: "General Engagement: engagement completion per service",
  source: "seeds/004_72f9e3b46335f5c8.txt",
  service: "each",
  appliesWhen: { fact: "tenant.rfaApprovedOn", present: true },
  processes: [
    {
      id: "engagement-completion",
      name: "Conduct Engagement Completion Discussion",
      steps: [
        { id: "enablement-completion", name: "Conduct Engagement Completion Discussion (enablement)", role: FM, tasks: [4058] },
        { id: "migration-completion", name: "Conduct Engagement Completion Discussion (migration)", role: FM, tasks: [4060] },
      ],
    },
  ],
  rules: [
    {
      id: "ec-enablement-active-users",
      on: "usage.reported",
      if: { all: [{ fact: "service.activeUsers", gte: ENABLEMENT_ACTIVE_USERS }, ...ENABLEMENT_DUE] },
      then: enablementComplete(),
      why: "{service.code} has {service.activeUsers} active users, at least the 100 that complete enablement, and needs no migration, so disengagement is due (task 4058).",
      source: "004 Step 1 (definition of enablement completion); rules 100, 102; DESIGN decision 12",
    },
    {
      id: "ec-enablement-active-percent",
      on: "usage.reported",
      if: {
        all: [
          { not: { fact: "service.activeUsers", gte: ENABLEMENT_ACTIVE_USERS } },
          { fact: "service.activeUsersPercent", gte: ENABLEMENT_ACTIVE_PERCENT },
          { fact: "tenant.seats", lt: SMALL_CUSTOMER_SEATS },
          ...ENABLEMENT_DUE,
        ],
      },
      then: enablementComplete(),
      why: "{service.code} has {service.activeUsersPercent}% active users and the customer has {tenant.seats} seats (fewer than 1,000, so 10% completes enablement), and needs no migration, so disengagement is due (task 4058).",
      source: "004 Step 1 (definition of enablement completion); rules 100, 102; DESIGN decision 12",
    },
    {
      id: "ec-migration-which-service",
      on: "migration.completed",
      if: { fact: "event.service", present: false },
      then: [refuse("Say which service's migration is complete (service).")],
      why: "Migration completes per service, so the event must name one.",
      source: "004 Step 1 (definition of migration completion); rule 101",
    },
    {
      id: "ec-migration-completed",
      on: "migration.completed",
      if: absent(4060),
      then: [
        ...create(4060),
        prompt("hold_completion_discussion", FM, "The migration of {service.code} is complete: hold the engagement completion discussion with the customer, then record it to complete task 4060. The FM disengages from the customer once the last service is complete."),
      ],
      why: "The predetermined number of {service.code} users (FastTrack Benefit Service Description) is migrated, so migration is complete and disengagement is due (task 4060).",
      source: "004 Step 1 (definition of migration completion); rules 101, 102",
    },
    {
      id: "ec-discussion-not-due",
      on: "engagement.completion_discussion_held",
      if: { all: [{ fact: "event.service", present: true }, absent(4058), absent(4060)] },
      then: [refuse("Disengagement of {service.code} is not due yet: the engagement completion discussion follows enablement completion (100 active users, or 10% for customers with fewer than 1,000 seats) or a completed migration.")],
      why: "The seed disengages only once enablement or the required migration is complete.",
      source: "004 Step 1; rules 100–102",
    },
    {
      id: "ec-discussion-enablement",
      on: "engagement.completion_discussion_held",
      if: isOpen(4058),
      then: [status(4058, "complete"), ...done("hold_completion_discussion")],
      why: "The FM held the engagement completion discussion about {service.code}, so its disengagement process (enablement) is complete: task 4058.",
      source: "004 Step 1 (disengagement process is complete); rule 102",
    },
    {
      id: "ec-discussion-migration",
      on: "engagement.completion_discussion_held",
      if: isOpen(4060),
      then: [status(4060, "complete"), ...done("hold_completion_discussion")],
      why: "The FM held the engagement completion discussion about {service.code}, so its disengagement process (migration) is complete: task 4060.",
      source: "004 Step 1 (disengagement process is complete); rule 102",
    },
  ],
};
