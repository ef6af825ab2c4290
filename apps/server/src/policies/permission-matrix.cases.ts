/*
 * What every route answers to every kind of user, written from the access rules (FTOP rbac-controls, the partner
 * guide's assigned-tenant list) and not from the code: permission-matrix.int.test.ts checks the API against it.
 *
 * A tenant-scoped route is tried on three tenants: one assigned to the actor (a partner user: to their partner
 * organisation), one assigned to nobody of theirs, and one assigned to another partner organisation. "ok" is any 2xx.
 * For the Assigned level and partner users a tenant that is not theirs is 404, never 403: it does not exist for them.
 * What their role may never do is 403 on every tenant alike, which tells them nothing about any one of them.
 */

export const ACTORS = ["admin", "fm", "fe", "tm", "slt", "partner", "nobody"] as const;
/** admin: Waymark administrator; fm, fe: Assigned level; tm: Assigned and Assignment; slt: Privileged; partner: a partner user; nobody: no role. */
export type Actor = (typeof ACTORS)[number];

export const RELATIONS = ["assigned", "unassigned", "otherPartner"] as const;
export type Relation = (typeof RELATIONS)[number];

export type Outcome = "ok" | 403 | 404;
/** Outcomes on the tenant assigned to the actor, on one assigned to nobody of theirs, and on another partner's. */
export type PerRelation = readonly [assigned: Outcome, unassigned: Outcome, otherPartner: Outcome];
export type TenantExpectation = Readonly<Record<Actor, PerRelation>>;
export type GlobalExpectation = Readonly<Record<Actor, Outcome>>;

const OK: PerRelation = ["ok", "ok", "ok"];
const NONE: PerRelation = [403, 403, 403];
/** Theirs only: anything else does not exist for them. */
const MINE: PerRelation = ["ok", 404, 404];
/** Visible only when theirs, and even then not this. */
const REFUSED_ON_MINE: PerRelation = [403, 404, 404];
/** Reads every tenant, writes only the assigned ones (403 with a reason on the others). */
const WRITES_ASSIGNED: PerRelation = ["ok", 403, 403];

/** Reading a tenant and anything on it. */
const READ: TenantExpectation = { admin: OK, fm: MINE, fe: MINE, tm: OK, slt: OK, partner: MINE, nobody: NONE };

/** Changing a tenant, its services or notes; partner users change these on their organisation's tenants. */
const WRITE: TenantExpectation = { admin: OK, fm: MINE, fe: MINE, tm: WRITES_ASSIGNED, slt: NONE, partner: MINE, nobody: NONE };

/** A tenant change the partner guide does not give partner users (adding a service: entitlements come from licensing). */
const WRITE_NOT_PARTNER: TenantExpectation = { ...WRITE, partner: REFUSED_ON_MINE };

/**
 * A customer (TPID) change, "assigned" meaning assigned at customer level: rbac-controls lets both Assigned levels
 * "edit the customers that you are assigned to" and only those; the partner guide gives partners no customer edit.
 */
const WRITE_CUSTOMER: TenantExpectation = { ...WRITE, partner: REFUSED_ON_MINE };

/**
 * Moving a running playbook to another version: the portfolio-managing levels, on tenants they may write. The
 * Assigned level and partner users never may, on any tenant, like the Privileged level never writes.
 */
const MANAGE: TenantExpectation = { admin: OK, fm: NONE, fe: NONE, tm: WRITES_ASSIGNED, slt: NONE, partner: NONE, nobody: NONE };

/**
 * Changing assignments: everywhere for the Assigned and Assignment level, only as the tenant's primary FM at the
 * Assigned level (the matrix's FM is the primary FM of their tenant, the FE is not), the Partner roles of their own
 * organisation's people for a partner user, never for the Privileged level.
 */
const ASSIGN: TenantExpectation = { admin: OK, fm: MINE, fe: REFUSED_ON_MINE, tm: OK, slt: NONE, partner: MINE, nobody: NONE };

/**
 * Assigning at customer (TPID) level, "assigned" meaning assigned at customer level: as on a tenant, but never by a
 * partner user (the partner guide gives them the Partner tab of their organisation's tenants only).
 */
const ASSIGN_AT_CUSTOMER: TenantExpectation = { ...ASSIGN, partner: REFUSED_ON_MINE };

/** The actor's own draft (private to them) on the tenant: keeping it is not a change to the tenant, publishing it is. */
const OWN_DRAFT: TenantExpectation = { admin: OK, fm: MINE, fe: MINE, tm: OK, slt: NONE, partner: MINE, nobody: NONE };

/**
 * Deleting one's own draft, even on a tenant no longer theirs: GET /api/drafts lists it and it counts towards the
 * ten a person may keep, so its author must be able to throw it away. It tells them nothing about the tenant.
 */
const DELETE_OWN_DRAFT: TenantExpectation = { admin: OK, fm: OK, fe: OK, tm: OK, slt: NONE, partner: OK, nobody: NONE };

export const TENANT_ROUTES: Readonly<Record<string, TenantExpectation>> = {
  "GET /api/customers/{id}": READ,
  // The customer page lists only the tenants (and their contacts) the reader may see.
  "GET /api/customers/{id}/overview": READ,
  "PATCH /api/customers/{id}": WRITE_CUSTOMER,
  "GET /api/customers/{id}/assignments": READ,
  "POST /api/customers/{id}/assignments": ASSIGN_AT_CUSTOMER,
  "GET /api/tenants/{id}": READ,
  "PATCH /api/tenants/{id}": WRITE,
  "GET /api/tenants/{id}/history": READ,
  "POST /api/tenants/{id}/services": WRITE_NOT_PARTNER,
  "PATCH /api/services/{id}": WRITE,
  "PUT /api/services/{id}/split": WRITE,
  "POST /api/services/{id}/split/moves": WRITE,
  "PUT /api/services/{id}/migration": WRITE,
  "PUT /api/services/{id}/forecast": WRITE,
  "POST /api/tenants/{id}/playbook-events": WRITE,
  "POST /api/tenants/{id}/usage": WRITE,
  "GET /api/tenants/{id}/usage": READ,
  "GET /api/tenants/{id}/tasks": READ,
  // Task status and % complete: the FTOP Playbook tab lets whoever works the tenant (partner users on their own) set them.
  "PATCH /api/tasks/{id}": WRITE,
  "GET /api/tenants/{id}/findings": READ,
  "POST /api/tenants/{id}/findings/{findingId}/accept": WRITE,
  "GET /api/tenants/{id}/explanations": READ,
  "GET /api/tenants/{id}/messages": READ,
  "GET /api/tenants/{id}/outreach": READ,
  // Answers and resends are the outreach's next step, taken by whoever works the tenant (partner users on their organisation's).
  "POST /api/outreach-steps/{id}/replies": WRITE,
  "POST /api/messages/{id}/retry": WRITE,
  // "Assigned" here: the uploaded e-mail answers an outreach e-mail on that tenant; one that is not theirs is not found.
  "POST /api/inbound-mail": WRITE,
  "GET /api/tenants/{id}/simulation": READ,
  "GET /api/tenants/{id}/playbooks": READ,
  "GET /api/tenants/{id}/playbooks/{playbookId}/upgrade-preview": READ,
  "POST /api/tenants/{id}/playbooks/{playbookId}/upgrade": MANAGE,
  "GET /api/tenants/{id}/data-quality": READ,
  "POST /api/tenants/{id}/notes": WRITE,
  "GET /api/tenants/{id}/notes": READ,
  "POST /api/notes/{id}/versions": WRITE,
  "GET /api/notes/{id}/history": READ,
  "POST /api/tenants/{id}/drafts": WRITE,
  "PUT /api/drafts/{id}": OWN_DRAFT,
  "DELETE /api/drafts/{id}": DELETE_OWN_DRAFT,
  "POST /api/drafts/{id}/publish": WRITE,
  "GET /api/tenants/{id}/assignments": READ,
  "GET /api/tenants/{id}/contacts": READ,
  "GET /api/tenants/{id}/email-preview": READ,
  "POST /api/tenants/{id}/contacts": WRITE,
  "PATCH /api/contacts/{id}": WRITE,
  "DELETE /api/contacts/{id}": WRITE,
  // A contact's consents are read with the contact and kept by whoever may change it.
  "GET /api/contacts/{id}/consents": READ,
  "POST /api/contacts/{id}/consents": WRITE,
  "POST /api/consents/{id}/withdrawal": WRITE,
  // The preview names other partner organisations, which partner users do not see (GET /api/partners shows them their own).
  "GET /api/tenants/{id}/referral-matches": { ...READ, partner: REFUSED_ON_MINE },
  // A partner referral is the FM's step (task 983, seed 004): a partner user, one of the partners it could go to, never makes or follows one up.
  "POST /api/tenants/{id}/referrals": WRITE_NOT_PARTNER,
  "POST /api/referrals/{id}/partner-contact": WRITE_NOT_PARTNER,
  "GET /api/tenants/{id}/meetings": READ,
  "GET /api/meetings/{id}/invitation.ics": READ,
  // Scheduling a tenant's meetings and sending invitations: whoever works the tenant, partner users on their organisation's.
  "POST /api/tenants/{id}/meetings": WRITE,
  "PATCH /api/meetings/{id}": WRITE,
  "POST /api/meetings/{id}/cancellation": WRITE,
  "POST /api/tenants/{id}/assignments": ASSIGN,
  "GET /api/tenants/{id}/duplicate-candidates": READ,
  // Confirming a duplicate is the FM's Gateway check (seed 003) and hands the tenant to another Microsoft FM: not a partner user's change.
  "POST /api/tenants/{id}/duplicate-of": WRITE_NOT_PARTNER,
  "DELETE /api/assignments/{id}": ASSIGN,
  // The Partners tab: partner users see and change their own organisation's link on their organisation's tenants.
  "GET /api/tenants/{id}/partners": READ,
  "POST /api/tenants/{id}/partners": WRITE,
  "DELETE /api/tenants/{id}/partners/{partnerId}": WRITE,
};

const EVERY_ROLE: GlobalExpectation = { admin: "ok", fm: "ok", fe: "ok", tm: "ok", slt: "ok", partner: "ok", nobody: 403 };
const EVERYONE: GlobalExpectation = { ...EVERY_ROLE, nobody: "ok" };
const WRITERS: GlobalExpectation = { ...EVERY_ROLE, slt: 403 };
/** Creating customers and tenants, moving a person's whole book of business: the levels that assign on every tenant. */
const PORTFOLIO_MANAGERS: GlobalExpectation = { admin: "ok", fm: 403, fe: 403, tm: "ok", slt: 403, partner: 403, nobody: 403 };
const ADMINISTRATORS: GlobalExpectation = { admin: "ok", fm: 403, fe: 403, tm: 403, slt: 403, partner: 403, nobody: 403 };

/** Routes that are not about one tenant; lists are also checked to hold only what the actor may read. */
export const GLOBAL_ROUTES: Readonly<Record<string, GlobalExpectation>> = {
  "GET /api/catalogs": EVERY_ROLE,
  "GET /api/auth/me": EVERYONE,
  "POST /api/auth/logout": EVERYONE,
  "POST /api/auth/logout-everywhere": EVERYONE,
  "POST /api/auth/password": EVERYONE,
  "GET /api/auth/tokens": EVERYONE,
  "POST /api/auth/tokens": EVERYONE,
  "DELETE /api/auth/tokens/{id}": EVERYONE,
  "GET /api/customers": EVERY_ROLE,
  "POST /api/customers": PORTFOLIO_MANAGERS,
  "GET /api/tenants": EVERY_ROLE,
  // Search everywhere finds only what the reader may read.
  "GET /api/search": EVERY_ROLE,
  "POST /api/tenants": PORTFOLIO_MANAGERS,
  "GET /api/notes/search": EVERY_ROLE,
  "GET /api/notes/latest": EVERY_ROLE,
  "GET /api/drafts": WRITERS,
  "POST /api/notes/suggest": WRITERS,
  "GET /api/data-quality": EVERY_ROLE,
  // My work lists only the tenants assigned to the reader, whatever their read level.
  "GET /api/my-work": EVERY_ROLE,
  // The Portfolio grid lists only what the reader may read; the all-tenant scopes only for the read-all levels.
  "GET /api/portfolio/columns": EVERY_ROLE,
  "GET /api/portfolio/tenants": EVERY_ROLE,
  "GET /api/portfolio/tenants.csv": EVERY_ROLE,
  "GET /api/portfolio/views": EVERY_ROLE,
  // Each person keeps their own saved views, like their API tokens.
  "POST /api/portfolio/views": EVERYONE,
  "PATCH /api/portfolio/views/{id}": EVERYONE,
  "DELETE /api/portfolio/views/{id}": EVERYONE,
  // Reports count and list only the tenants the reader may read.
  "GET /api/reports/hygiene": EVERY_ROLE,
  "GET /api/reports/hygiene.csv": EVERY_ROLE,
  "GET /api/reports/service-status": EVERY_ROLE,
  "GET /api/reports/service-status.csv": EVERY_ROLE,
  "GET /api/reports/conversion": EVERY_ROLE,
  "GET /api/reports/conversion.csv": EVERY_ROLE,
  "GET /api/reports/dibs-completion": EVERY_ROLE,
  "GET /api/reports/dibs-completion.csv": EVERY_ROLE,
  "GET /api/reports/dibs-usage": EVERY_ROLE,
  "GET /api/reports/dibs-usage.csv": EVERY_ROLE,
  "GET /api/reports/dibs-time": EVERY_ROLE,
  "GET /api/reports/dibs-time.csv": EVERY_ROLE,
  // The read-only BI feed (OData) reads like the reports: only the tenants the reader may read.
  "GET /odata/": EVERY_ROLE,
  "GET /odata/$metadata": EVERY_ROLE,
  "GET /odata/{entitySet}": EVERY_ROLE,
  "GET /odata/{entitySet}/$count": EVERY_ROLE,
  "POST /api/usage/imports": WRITERS,
  "GET /api/clock": EVERY_ROLE,
  "POST /api/clock/advance": ADMINISTRATORS,
  "GET /api/audit/export": ADMINISTRATORS,
  "POST /api/assignments/reassignment-preview": PORTFOLIO_MANAGERS,
  "POST /api/assignments/reassignments": PORTFOLIO_MANAGERS,
  "GET /api/partners": EVERY_ROLE,
  "POST /api/partners": PORTFOLIO_MANAGERS,
  "PATCH /api/partners/{id}": PORTFOLIO_MANAGERS,
  "POST /api/partners/frp-list/preview": PORTFOLIO_MANAGERS,
  "POST /api/partners/frp-list": PORTFOLIO_MANAGERS,
  "GET /api/users": EVERY_ROLE,
  "POST /api/users": ADMINISTRATORS,
  "PATCH /api/users/{id}": ADMINISTRATORS,
  "POST /api/users/{id}/password-reset": ADMINISTRATORS,
};

/** Routes anyone may call without a session, each with why. */
export const PUBLIC_ROUTES: Readonly<Record<string, string>> = {
  "GET /api/health": "a load balancer's liveness probe; says nothing about data",
  "POST /api/auth/login": "signing in is how a session starts",
  "GET /api/auth/providers": "the sign-in page lists the single sign-on providers before anyone is signed in",
  "GET /api/auth/oidc/start": "starts single sign-on from the sign-in page",
  "GET /api/auth/oidc/callback": "the identity provider sends the browser back here to finish signing in",
};

/**
 * Cases where the API does not yet answer what the rules say, each with why; the matrix skips them and fails when one
 * is fixed, so it leaves this list. A case is "<route> <actor> <relation>" ("-" for routes that are not about a tenant).
 */
export const KNOWN_GAPS: readonly { case: string; reason: string }[] = [];
