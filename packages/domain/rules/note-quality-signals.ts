// The words the note-quality classifier looks for. Sources: the Entitlement Status Notes Guidance
// (reference/partner-playbook/status-guidance-entitlement-status-notes-partner.md: unambiguous words, words to
// avoid, templates, "why"), the L1/L2 definitions and the valid/invalid example scenarios of the l1l2l3-*.md pages
// (catalogs/l1-statuses.ts, l2-reasons.ts, l3-reasons.ts). Patterns are regular-expression sources matched as whole
// words on the normalised, lower-case note (contractions expanded: "can't" → "cannot", "doesn't" → "does not";
// "on prem" → "on-premises").
import type { L1Status } from "../catalogs/l1-statuses.ts";
import type { L2Reason } from "../catalogs/l2-reasons.ts";

export type Signal = {
  readonly pattern: string;
  readonly weight: number;
  /** Ignored when "no", "not", "never" or "without" comes just before it ("no blockers", "not unresponsive"). */
  readonly negatable?: boolean;
  /** Names only the kind of reason ("a competitive solution"), not the specific cause ("Slack"). */
  readonly category?: boolean;
};

/** Words that state the status itself: intent, progress, a blocker, no contact, a duplicate. */
export const L1_CUES: Record<L1Status, readonly Signal[]> = {
  in_progress: [
    { pattern: "in progress|underway|under way|in flight", weight: 3, negatable: true },
    { pattern: "moving forward|going ahead|going (?:well|fine|smoothly|to plan)|on track", weight: 3, negatable: true },
    { pattern: "deploying|rolling out|continuing|working on|onboarding to|will onboard", weight: 2, negatable: true },
    { pattern: "adoption phase|migrating|moving mailboxes|migration (?:is )?(?:occurring|underway|running)", weight: 3, negatable: true },
    { pattern: "(?:intends?|plans?|planning|decided|ready) to (?:deploy|onboard|migrate|roll out|use)|will deploy|is planning", weight: 2, negatable: true },
    { pattern: "(?:rollout|roll-out|migration|deployment|cutover) (?:is )?(?:planned|scheduled)", weight: 2, negatable: true },
    { pattern: "enabled|started|configuring|configured|completed?|done|finished|enrolled|moved|migrated|pilot(?:ing)?", weight: 1, negatable: true },
  ],
  blocked: [
    { pattern: "blocked|blocking|blockers?", weight: 4, negatable: true },
    { pattern: "on hold|paused?|halted|stalled|stuck", weight: 3, negatable: true },
    { pattern: "unable to(?! gather| get intent| determine intent| reach| contact)|cannot|could not|not able to", weight: 2 },
    { pattern: "waiting (?:on|for|to|until)|waits? until|awaiting(?! reply| response| answer)", weight: 2 },
    { pattern: "prevents?|preventing|not compatible|incompatible|does not work|does not support|fail(?:s|ing)? to", weight: 2 },
    { pattern: "until|problems?|issues?", weight: 1, negatable: true },
    { pattern: "has intent|wants|would like to|will not deploy|will not be deployed|not be deploying|not willing to", weight: 1 },
  ],
  no_intent: [
    { pattern: "no intent(?! issues?| problems?| concerns?| questions?)|(?:lacks?|lack of) intent", weight: 4 },
    { pattern: "(?:does|do|did) not (?:intend|have (?:any )?intent|want|plan to)|not interested|not planning to", weight: 4 },
    { pattern: "no (?:need|plans?|interest)|sees? no value|no business value|opposed to", weight: 3 },
    { pattern: "will not use|not going to (?:use|deploy)|will keep|staying on|stays? on|remains? on", weight: 2 },
    { pattern: "will not deploy|will not be deployed|not be deploying|not willing to", weight: 1 },
  ],
  status_unknown: [
    { pattern: "unresponsive", weight: 4, negatable: true },
    { pattern: "no (?:response|reply|answer)|not (?:responded|responding|replied)|did not (?:respond|reply)|awaiting (?:reply|response|an answer)", weight: 4 },
    { pattern: "(?:unable to|could not|cannot) (?:gather|get|determine|confirm) intent|intent (?:is )?(?:unknown|not known|not (?:yet )?(?:gathered|confirmed))|unknown intent|intent with .{0,30} unknown", weight: 5 },
    { pattern: "(?:unable to|could not|tried to) (?:reach|contact)|contact attempts?|attempts? to (?:contact|reach)", weight: 3 },
    { pattern: "new (?:subscription|workload|licen[cs]es)|newly purchased|additional entitlements|added to the subscription", weight: 4 },
    { pattern: "gather intent", weight: 2 },
  ],
  duplicate_invalid: [
    { pattern: "duplicates?|duplicated", weight: 5 },
    { pattern: "invalid|counted twice|double[- ]count(?:ed)?|double licen[cs]e count|test tenant|demo tenant|trial tenant", weight: 4 },
    { pattern: "being acquired", weight: 3 },
  ],
};

/** Words that point to one L2 reason: its definition and the example scenarios of its page. */
export const L2_KEYWORDS: Record<L2Reason, readonly Signal[]> = {
  customer_unresponsive: [
    { pattern: "unresponsive|no (?:response|reply)|not (?:responded|replied)|did not respond|awaiting (?:reply|response)", weight: 3, negatable: true },
    { pattern: "contact attempts?|attempts?|tried to reach|reach them", weight: 2 },
  ],
  new_subscription_or_workload: [
    { pattern: "new (?:subscription|workload|licen[cs]es)|additional (?:licen[cs]es|entitlements|seats)|scope expansion", weight: 4 },
    { pattern: "purchased|bought|added", weight: 1 },
  ],
  technical_onboarding: [
    { pattern: "(?:will onboard|onboard(?:ing)? to) .{0,40}after .{0,60}(?:finished|complete|completed|done)", weight: 6 },
    { pattern: "onboarding|onboard|deployment process|remediation (?:steps|is complete)|completed all necessary remediation", weight: 3 },
    { pattern: "configur(?:e|ed|ing|ation)|set ?up|setting up|hybrid identity|a?ad connect|dns|sccm|compliance policies|enrol(?:l)?(?:ment|ed)", weight: 2 },
    { pattern: "non-fasttrack partner|own partner|own team|themselves|rollout|rolling out|roll out|remediation", weight: 1 },
  ],
  migration: [
    { pattern: "migrat(?:e|es|ing|ion|ed)", weight: 3 },
    { pattern: "mailboxes|cutover|waves?|batch(?:es)?|file shares", weight: 2 },
    { pattern: "moved|moving", weight: 1 },
  ],
  solution_or_user_adoption: [
    { pattern: "adoption(?! champion| readiness)|adoption phase", weight: 3 },
    { pattern: "active usage|usage|au|pilot|awareness|campaign|enabled for all users", weight: 2 },
    { pattern: "champions?|training", weight: 1 },
  ],
  using_competitive_solution: [
    { pattern: "competitors?|competitive|competing|compete", weight: 4, category: true },
    { pattern: "slack|google(?: workspace)?|g ?suite|gmail|box|dropbox|zoom|webex|workplace from meta|salesforce|servicenow|jamf|airwatch|mobileiron|okta|mimecast|proofpoint|tableau|qlik|atlassian|confluence|jira|lotus notes|ibm notes", weight: 4 },
    { pattern: "better roi", weight: 2 },
  ],
  using_microsoft_on_premises_solution: [
    { pattern: "(?:sharepoint|exchange|skype for business|lync|sfb) server|server 20\\d\\d|licensing rights|third[- ]party hosting|hosted exchange|dependent workloads", weight: 4 },
    { pattern: "stay(?:s|ing)? on-premises|keep .{0,30}on-premises", weight: 3 },
    { pattern: "on-premises", weight: 2, category: true },
    { pattern: "deprecate|retire", weight: 2 },
  ],
  executive_sponsorship: [
    { pattern: "sponsors?|sponsorship|bdm|business development manager", weight: 4 },
    { pattern: "business value|no value|value in|mergers?|acquisitions?|acquiring|reorgani[sz](?:ation|ing)|restructur(?:e|ing)|moratorium|frozen|freeze", weight: 3 },
    { pattern: "business decision|priorit(?:y|ies|ize|ise)|opposed", weight: 2 },
    { pattern: "executives?|leadership|cio|ceo|board", weight: 1 },
  ],
  customer_it_infrastructure_and_remediation: [
    { pattern: "firewalls?|prox(?:y|ies)|network|bandwidth|vpn|wan", weight: 4 },
    { pattern: "active directory|ad|ad complexit(?:y|ies)|directories|ie ?11|internet explorer|windows 7|browsers?|desktops?|hardware|mdm authority", weight: 3 },
    { pattern: "infrastructure", weight: 3, category: true },
    { pattern: "upgrade[ds]?|hybrid|remediat(?:e|ion)|co-management", weight: 1 },
  ],
  it_change_management_and_resourcing: [
    { pattern: "staff|staffing|resourc(?:e|es|ing)|headcount|skills?|expertise|it manager (?:has )?left", weight: 4 },
    { pattern: "budget|funding", weight: 3 },
    { pattern: "it (?:team|department|admins?)|change[- ]advisory|testing process|processes|update cadence|cadence", weight: 2 },
  ],
  legal_regulatory: [
    { pattern: "regulations?|regulatory|regulated|regulator|laws?|legislation|gdpr|hipaa|fdic|finra|bafin|sovereignty|residency|geopolitical", weight: 4 },
    { pattern: "legal (?:restrictions?|requirements?)|legally|outside (?:of )?(?:the )?country|in-country|industry compliance|compliance polic(?:y|ies)", weight: 3 },
    { pattern: "prohibit(?:ed|s)?|restrictions?", weight: 2 },
  ],
  security_privacy: [
    { pattern: "privacy|cso|ciso|security officer|security team|security review|security polic(?:y|ies)", weight: 4 },
    { pattern: "security|secure", weight: 3, category: true },
    { pattern: "external sharing|sharing outside|passwords? in the cloud|identities in the cloud", weight: 3 },
    { pattern: "data in the cloud|data offsite|offsite|off-site|comfortable", weight: 2 },
  ],
  adoption_readiness: [
    { pattern: "training plan|end[- ]user training|users need training|train (?:the )?(?:end )?users|adoption champions?|readiness", weight: 4 },
    { pattern: "end[- ]users?|business process(?:es)?|change management|too busy", weight: 2 },
    { pattern: "champion", weight: 1 },
  ],
  product_feature_capability: [
    { pattern: "multi-geo|onelist|gethelp|feature request|sync client", weight: 4 },
    { pattern: "features?|functionality|capabilit(?:y|ies)", weight: 3, category: true },
    { pattern: "does not support|not supported|unsupported|missing|bugs?|roadmap", weight: 2 },
  ],
  service_reliability: [
    { pattern: "outages?|incidents?|interruptions?|downtime|reliab(?:le|ility)|unreliable|availability|resilien(?:t|ce)", weight: 4 },
    { pattern: "latency|performance|slow", weight: 3 },
    { pattern: "lost confidence|confidence|spam filtering", weight: 2 },
  ],
  app_compatibility: [
    { pattern: "line[- ]of[- ]business|lob|add-ins?|plug-ins?|macros?|workflow solution|custom solution|customi[sz]ations?", weight: 4 },
    { pattern: "apps?|applications?|vendor|third[- ]party", weight: 2 },
    { pattern: "compatib(?:le|ility)|incompatible|certified|certification", weight: 2, category: true },
  ],
  partner_engagement: [
    { pattern: "partner (?:has )?not respond(?:ed|ing)?|partner (?:is )?unresponsive|new partner|(?:find|select) (?:an? )?(?:appropriate )?partner|partner selection|sow|statement of work|waiting (?:on|for) (?:the )?partner", weight: 5 },
    { pattern: "contracted|contracting", weight: 2 },
    { pattern: "partners?", weight: 1, category: true },
  ],
  billing_licensing_subscription: [
    { pattern: "sku|enterprise agreement|ea|billing|invoice|seats", weight: 4 },
    { pattern: "transfer(?:red|ring|s)?", weight: 3 },
    { pattern: "licen[cs](?:e|es|ing)|renewal", weight: 2, category: true },
  ],
};

/** "Words and phrases like 'for now', 'currently', or 'yet' should be avoided as they do not clarify the service intent." */
export const HEDGES = "for now|right now|currently|yet|at the moment|at this time|for the time being|maybe|possibly";

/** Say why: the guidance asks for the "why" behind the status. */
export const CONNECTIVES = "because|due to|as|since|so|given|caused|owing to|after|:";

/** Content words that do not make a reason on their own ("because of cloud/data/legal issues"). */
export const GENERIC_WORDS =
  "issues?|problems?|concerns?|reasons?|things|stuff|cloud|data|legal|technical|various|some|other|right|now|customer|service|workload|it|them|they|their|the|a|an|of|and|or|with|this|that|to|for|be|is|are|was|deploy|deployment";

/** Qualifiers that leave the reason unspecified ("specific infrastructure"). */
export const VAGUE_QUALIFIERS = "specific|certain|some|various|etc|several issues|stuff|things";

/** Template blanks left in: "[primary issue]", "<details>", TBD, xxx. */
export const PLACEHOLDERS = "\\[[^\\]]*\\]|<[^>]*>|\\btbd\\b|\\btbc\\b|\\bx{2,}\\b|\\btodo\\b|\\?\\?+";

/** Engagement activity belongs in the Overall Status notes ("Scheduling kickoff meeting to gather intent of workload"). */
export const ENGAGEMENT_ACTIVITY = "schedul(?:e|ed|ing)|kick-?off|meeting|workshop|sync call|call booked|see overall notes";

/** The FastTrack benefit, not the service: declining it is not "no intent" (guidance FAQ). */
export const FTC_BENEFIT = "ftc|fasttrack|fast track|assistance|benefit";

/** For an unresponsive customer: how many attempts, to whom, and whether the account is managed. */
export const UNRESPONSIVE_PARTS = {
  attempts: "attempts?|tried|emails?|calls?|phone|messages?|voicemails?|reach",
  count: "\\d+|two|three|four|five|six|seven|eight|nine|ten|multiple|several|repeated|many",
  managed: "managed|unmanaged",
};

/** What makes a Duplicate/Invalid note say why. */
export const DUPLICATE_REASONS = {
  specific: "tpid|[a-z0-9-]+\\.onmicrosoft\\.com|counted twice|double[- ]count|double licen[cs]e|test tenant|demo|trial|being acquired|acquired|outlook mobile|no exchange|winner|merged into",
  vague: "other (?:one|tenant)|another tenant|see",
};
