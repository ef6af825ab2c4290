import type {
  TChangePassword,
  TCurrentUser,
  TLogin,
  TProblem,
  TSession,
  TTenant,
  TTenantList,
  TTenantListQuery,
  TCatalogs,
  TPlaybookEvent,
  TPlaybookEventResult,
  TTaskList,
  TAcceptFinding,
  TAuditEvent,
  TExplanationList,
  TFinding,
  TFindingList,
  TDraft,
  TDraftInput,
  TNote,
  TNoteClassification,
  TNoteInput,
  TNoteList,
  TNoteSuggestRequest,
  TAssignmentChange,
  TAssignmentInput,
  TAssignmentList,
  TUserList,
  TCreateUser,
  TReassignmentCommit,
  TReassignmentInput,
  TReassignmentPlan,
  TUpdateUser,
  TUser,
  TOutreachStep,
  TRecordOutreachReply,
  TRecordedOutreachReply,
  TMeeting,
  TMeetingList,
  TCreateMeeting,
  TUpdateMeeting,
  TCancelMeeting,
  TContactList,
  TContact,
  TCreateContact,
  TUpdateContact,
  TConsent,
  TConsentList,
  TRecordConsent,
  TPartnerList,
  TTenantPartners,
  TLinkTenantPartner,
  TReferral,
  TReferralMatch,
  TCreateReferral,
  TSubmittedReferral,
  TUsageSummary,
  TSimulation,
  TDuplicateCandidates,
  TConfirmDuplicate,
  TDuplicateConfirmed,
  TMyWork,
  MyWorkHorizon,
} from "@waymark/contracts";

export type TCatalogEntry = TCatalogs[keyof TCatalogs][number];

export type TNoteListParams = { category?: TNote["category"]; service?: string; escalated?: "true" | "false"; hashtag?: string; limit?: number };
export type TDraftList = { items: TDraft[]; max: number };

export type TTenantListParams = Partial<Omit<TTenantListQuery, "customerId" | "minSeats">>;

/** A failed request, always carrying a problem document (synthesised when the server or network sent none). */
export class ApiError extends Error {
  readonly problem: TProblem;

  constructor(problem: TProblem) {
    super(problem.detail || problem.title);
    this.name = "ApiError";
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }
}

type AuthListener = (reason: "unauthenticated" | "password_change_required") => void;
let authListener: AuthListener = () => {};

/** The app decides where to go when the session ends or the password must change; the client only reports it. */
export function onAuthRequired(listener: AuthListener): void {
  authListener = listener;
}

type RequestOptions = {
  body?: unknown;
  query?: Record<string, string | number | undefined | null>;
  signal?: AbortSignal | undefined;
  /** Auth endpoints handle 401 themselves (wrong password is not "session expired"). */
  handleAuth?: boolean;
  /** What to ask for; JSON unless a screen streams a file (text/csv). */
  accept?: string;
};

function queryString(query: RequestOptions["query"]): string {
  if (!query) return "";
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

function fallbackProblem(status: number, detail: string): TProblem {
  return { type: "about:blank", title: "Request failed", status, detail, code: status === 0 ? "network" : "http_error" };
}

async function problemFrom(response: Response): Promise<TProblem> {
  const type = response.headers.get("content-type") ?? "";
  if (type.includes("json")) {
    try {
      const body = (await response.json()) as Partial<TProblem>;
      if (typeof body.detail === "string" || typeof body.title === "string") {
        return {
          type: body.type ?? "about:blank",
          title: body.title ?? response.statusText,
          status: body.status ?? response.status,
          detail: body.detail ?? body.title ?? "",
          code: body.code ?? "http_error",
          ...(body.errors ? { errors: body.errors } : {}),
          ...(body.current !== undefined ? { current: body.current } : {}),
        };
      }
    } catch {
      // Fall through to the generic problem below.
    }
  }
  const detail =
    response.status >= 500
      ? `The server could not complete the request (HTTP ${response.status}). Try again in a moment.`
      : `The request failed with HTTP ${response.status}.`;
  return fallbackProblem(response.status, detail);
}

/**
 * A request to the API as every screen sends it, answered with the successful response itself (for a caller that
 * reads a stream, such as a CSV with progress); a failure throws an ApiError, and an ended session sends the reader
 * to sign-in.
 */
export async function apiResponse(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: options.accept ?? "application/json", "X-Requested-With": "waymark" };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(`/api${path}${queryString(options.query)}`, {
      method,
      headers,
      credentials: "same-origin",
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(fallbackProblem(0, "Could not reach the Waymark server. Check your connection and try again."));
  }
  if (!response.ok) {
    const problem = await problemFrom(response);
    if (options.handleAuth !== false) {
      if (problem.status === 401) authListener("unauthenticated");
      else if (problem.code === "password_change_required") authListener("password_change_required");
    }
    throw new ApiError(problem);
  }
  return response;
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const response = await apiResponse(method, path, options);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  login: (body: TLogin) => request<TSession>("POST", "/auth/login", { body, handleAuth: false }),

  /** The signed-in user, or null when there is no session. */
  me: async (signal?: AbortSignal): Promise<TCurrentUser | null> => {
    try {
      return (await request<TSession>("GET", "/auth/me", { signal, handleAuth: false })).user;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },

  logout: () => request<void>("POST", "/auth/logout", { handleAuth: false }),

  changePassword: (body: TChangePassword) =>
    request<void>("POST", "/auth/password", { body, handleAuth: false }),

  listTenants: (query: TTenantListParams, signal?: AbortSignal) =>
    request<TTenantList>("GET", "/tenants", { query, signal }),

  getTenant: (id: string, signal?: AbortSignal) =>
    request<TTenant>("GET", `/tenants/${encodeURIComponent(id)}`, { signal }),

  catalogs: (signal?: AbortSignal) => request<TCatalogs>("GET", "/catalogs", { signal }),

  listTasks: (tenantId: string, signal?: AbortSignal) =>
    request<TTaskList>("GET", `/tenants/${encodeURIComponent(tenantId)}/tasks`, { signal }),

  recordPlaybookEvent: (tenantId: string, body: TPlaybookEvent) =>
    request<TPlaybookEventResult>("POST", `/tenants/${encodeURIComponent(tenantId)}/playbook-events`, { body }),

  listFindings: (tenantId: string, status: TFinding["status"], signal?: AbortSignal) =>
    request<TFindingList>("GET", `/tenants/${encodeURIComponent(tenantId)}/findings`, { query: { status }, signal }),

  acceptFinding: (tenantId: string, findingId: string, body: TAcceptFinding) =>
    request<TFinding>("POST", `/tenants/${encodeURIComponent(tenantId)}/findings/${encodeURIComponent(findingId)}/accept`, { body }),

  /** What the rules that raise findings said, newest first. */
  findingExplanations: (tenantId: string, signal?: AbortSignal) =>
    request<TExplanationList>("GET", `/tenants/${encodeURIComponent(tenantId)}/explanations`, { query: { kind: "raise_finding", limit: 500 }, signal }),

  tenantHistory: (tenantId: string, signal?: AbortSignal) =>
    request<{ items: TAuditEvent[] }>("GET", `/tenants/${encodeURIComponent(tenantId)}/history`, { query: { limit: 1000 }, signal }),

  /** The latest version of each of a tenant's notes, newest first. */
  listNotes: (tenantId: string, query: TNoteListParams, signal?: AbortSignal) =>
    request<TNoteList>("GET", `/tenants/${encodeURIComponent(tenantId)}/notes`, { query, signal }),

  createNote: (tenantId: string, body: TNoteInput) =>
    request<TNote>("POST", `/tenants/${encodeURIComponent(tenantId)}/notes`, { body }),

  /** Saves an edit as a new version of the note; 409 when that version was edited meanwhile. */
  reviseNote: (noteId: string, body: TNoteInput) =>
    request<TNote>("POST", `/notes/${encodeURIComponent(noteId)}/versions`, { body }),

  /** Every version of a note (earlier and later than the one named), oldest first. */
  noteHistory: (noteId: string, signal?: AbortSignal) =>
    request<TNoteList>("GET", `/notes/${encodeURIComponent(noteId)}/history`, { signal }),

  suggestNote: (body: TNoteSuggestRequest, signal?: AbortSignal) =>
    request<TNoteClassification>("POST", "/notes/suggest", { body, signal }),

  /** The signed-in user's drafts on every tenant, newest first, with the most one may keep. */
  listDrafts: (signal?: AbortSignal) => request<TDraftList>("GET", "/drafts", { signal }),

  saveDraft: (tenantId: string, body: TDraftInput) =>
    request<TDraft>("POST", `/tenants/${encodeURIComponent(tenantId)}/drafts`, { body }),

  changeDraft: (draftId: string, body: TDraftInput) =>
    request<TDraft>("PUT", `/drafts/${encodeURIComponent(draftId)}`, { body }),

  deleteDraft: (draftId: string) => request<void>("DELETE", `/drafts/${encodeURIComponent(draftId)}`),

  publishDraft: (draftId: string) => request<TNote>("POST", `/drafts/${encodeURIComponent(draftId)}/publish`),

  /** The tenant's audit events, newest first, at most `limit` of them. */
  tenantHistoryPage: (tenantId: string, limit: number, signal?: AbortSignal) =>
    request<{ items: TAuditEvent[] }>("GET", `/tenants/${encodeURIComponent(tenantId)}/history`, { query: { limit }, signal }),

  /** Whole tenant, per service and the customer's (TPID level) assignments. */
  listAssignments: (tenantId: string, signal?: AbortSignal) =>
    request<TAssignmentList>("GET", `/tenants/${encodeURIComponent(tenantId)}/assignments`, { signal }),

  addAssignment: (tenantId: string, body: TAssignmentInput) =>
    request<TAssignmentChange>("POST", `/tenants/${encodeURIComponent(tenantId)}/assignments`, { body }),

  removeAssignment: (assignmentId: string) => request<TAssignmentChange>("DELETE", `/assignments/${encodeURIComponent(assignmentId)}`),

  /** People to pick from, by name; a partner user gets only their organisation's people. */
  searchUsers: (q: string, limit: number, signal?: AbortSignal) => request<TUserList>("GET", "/users", { query: { q, limit }, signal }),
};

/** The message to show for any error thrown by a query or mutation. */
export function problemOf(error: unknown): TProblem {
  if (error instanceof ApiError) return error.problem;
  const detail = error instanceof Error ? error.message : "Something went wrong.";
  return fallbackProblem(0, detail);
}

export type TUserListParams = { q?: string | undefined; includeDisabled?: boolean; limit: number; offset?: number };
export type TUserWithOneTimePassword = { user: TUser; oneTimePassword: string };

/** Accounts (administrators change them) and moving one person's work to colleagues. */
export const peopleApi = {
  listUsers: ({ includeDisabled, ...query }: TUserListParams, signal?: AbortSignal) =>
    request<TUserList>("GET", "/users", { query: { ...query, includeDisabled: includeDisabled ? "true" : "false" }, signal }),

  /** The one-time password in the answer is never shown again. */
  createUser: (body: TCreateUser) => request<TUserWithOneTimePassword>("POST", "/users", { body }),

  /** 409 when the account changed since `body.version` was read. */
  updateUser: (userId: string, body: TUpdateUser) => request<TUser>("PATCH", `/users/${encodeURIComponent(userId)}`, { body }),

  resetPassword: (userId: string) => request<TUserWithOneTimePassword>("POST", `/users/${encodeURIComponent(userId)}/password-reset`),

  previewReassignment: (body: TReassignmentInput, signal?: AbortSignal) =>
    request<TReassignmentPlan>("POST", "/assignments/reassignment-preview", { body, signal }),

  /** 409 when the person's assignments changed since the preview. */
  reassign: (body: TReassignmentCommit) => request<TReassignmentPlan>("POST", "/assignments/reassignments", { body }),
};

export type TRetriedMessage = { id: string; status: "queued" | "failed"; to: string[]; cc: string[]; lastError: string | null };

/** Sends a file's bytes as they are (e.g. an .eml as message/rfc822); errors and sign-out as `request` handles them. */
async function sendFile<T>(path: string, file: Blob, contentType: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method: "POST",
      headers: { Accept: "application/json", "X-Requested-With": "waymark", "Content-Type": contentType },
      credentials: "same-origin",
      body: file,
    });
  } catch {
    throw new ApiError(fallbackProblem(0, "Could not reach the Waymark server. Check your connection and try again."));
  }
  if (!response.ok) {
    const problem = await problemFrom(response);
    if (problem.status === 401) authListener("unauthenticated");
    throw new ApiError(problem);
  }
  return (await response.json()) as T;
}

/** A tenant's outreach e-mails and the answers to them. */
export const outreachApi = {
  listOutreach: (tenantId: string, signal?: AbortSignal) =>
    request<{ items: TOutreachStep[] }>("GET", `/tenants/${encodeURIComponent(tenantId)}/outreach`, { signal }),

  recordReply: (stepId: string, body: TRecordOutreachReply) =>
    request<TRecordedOutreachReply>("POST", `/outreach-steps/${encodeURIComponent(stepId)}/replies`, { body }),

  /** 201 recorded, 200 recorded before (`recorded: false`), 404 when it answers none of the outreach e-mails. */
  uploadAnswer: (eml: Blob) => sendFile<TRecordedOutreachReply>("/inbound-mail", eml, "message/rfc822"),

  /** 422 when the message had not failed. */
  retryMessage: (messageId: string) => request<TRetriedMessage>("POST", `/messages/${encodeURIComponent(messageId)}/retry`),
};

/** A tenant's meetings and the contacts to invite. */
export const meetingsApi = {
  listMeetings: (tenantId: string, signal?: AbortSignal) =>
    request<TMeetingList>("GET", `/tenants/${encodeURIComponent(tenantId)}/meetings`, { signal }),

  createMeeting: (tenantId: string, body: TCreateMeeting) =>
    request<TMeeting>("POST", `/tenants/${encodeURIComponent(tenantId)}/meetings`, { body }),

  /** 409 when the meeting changed since `body.version` was read. */
  updateMeeting: (meetingId: string, body: TUpdateMeeting) => request<TMeeting>("PATCH", `/meetings/${encodeURIComponent(meetingId)}`, { body }),

  cancelMeeting: (meetingId: string, body: TCancelMeeting) =>
    request<TMeeting>("POST", `/meetings/${encodeURIComponent(meetingId)}/cancellation`, { body }),

  invitationUrl: (meetingId: string) => `/api/meetings/${encodeURIComponent(meetingId)}/invitation.ics`,

  listContacts: (tenantId: string, signal?: AbortSignal) =>
    request<TContactList>("GET", `/tenants/${encodeURIComponent(tenantId)}/contacts`, { signal }),
};

/** A tenant's usage per service over a range of days (default the last 90), and what the playbooks would do if nobody acted. */
export const usageApi = {
  /** `from`/`to` are calendar dates (YYYY-MM-DD); the server defaults `to` to the tenant's today. */
  tenantUsage: (tenantId: string, range: { from?: string | undefined }, signal?: AbortSignal) =>
    request<TUsageSummary>("GET", `/tenants/${encodeURIComponent(tenantId)}/usage`, { query: range, signal }),

  /** 422 when `days` is outside the business days a simulation may cover. */
  simulate: (tenantId: string, days: number, signal?: AbortSignal) =>
    request<TSimulation>("GET", `/tenants/${encodeURIComponent(tenantId)}/simulation`, { query: { days }, signal }),
};

/** A tenant's contacts (customer, partner, account team) and what each agreed to. */
export const contactsApi = {
  listContacts: (tenantId: string, signal?: AbortSignal) =>
    request<TContactList>("GET", `/tenants/${encodeURIComponent(tenantId)}/contacts`, { signal }),

  addContact: (tenantId: string, body: TCreateContact) =>
    request<TContact>("POST", `/tenants/${encodeURIComponent(tenantId)}/contacts`, { body }),

  /** 409 when the contact changed since `body.version` was read. */
  updateContact: (contactId: string, body: TUpdateContact) => request<TContact>("PATCH", `/contacts/${encodeURIComponent(contactId)}`, { body }),

  /** The message warns when a synced contact will come back. */
  removeContact: (contactId: string) => request<{ contact: TContact; message: string }>("DELETE", `/contacts/${encodeURIComponent(contactId)}`),

  listConsents: (contactId: string, signal?: AbortSignal) =>
    request<TConsentList>("GET", `/contacts/${encodeURIComponent(contactId)}/consents`, { signal }),

  recordConsent: (contactId: string, body: TRecordConsent) =>
    request<TConsent>("POST", `/contacts/${encodeURIComponent(contactId)}/consents`, { body }),

  withdrawConsent: (consentId: string) => request<TConsent>("POST", `/consents/${encodeURIComponent(consentId)}/withdrawal`),
};

/** Partner organisations and the ones a tenant works with. */
export const partnersApi = {
  searchPartners: (q: string, limit: number, signal?: AbortSignal) => request<TPartnerList>("GET", "/partners", { query: { q, limit }, signal }),

  tenantPartners: (tenantId: string, signal?: AbortSignal) =>
    request<TTenantPartners>("GET", `/tenants/${encodeURIComponent(tenantId)}/partners`, { signal }),

  linkPartner: (tenantId: string, body: TLinkTenantPartner) =>
    request<TTenantPartners>("POST", `/tenants/${encodeURIComponent(tenantId)}/partners`, { body }),

  /** Also removes the partner's people from the tenant's contacts; the answer's message says so. */
  unlinkPartner: (tenantId: string, partnerId: string, reason: string) =>
    request<TTenantPartners>("DELETE", `/tenants/${encodeURIComponent(tenantId)}/partners/${encodeURIComponent(partnerId)}`, { query: { reason } }),
};

export type TReferralMatchParams = { need: string; serviceType?: string | undefined; city?: string | undefined; contactId?: string | undefined };

/** QuickLeads and ACM partner referrals: who would get one, and making it. */
export const referralsApi = {
  previewMatch: (tenantId: string, query: TReferralMatchParams, signal?: AbortSignal) =>
    request<TReferralMatch>("GET", `/tenants/${encodeURIComponent(tenantId)}/referral-matches`, { query, signal }),

  /** 422 at /body/contactId when the contact has no standing consent to share their details. */
  submitReferral: (tenantId: string, body: TCreateReferral) =>
    request<TSubmittedReferral>("POST", `/tenants/${encodeURIComponent(tenantId)}/referrals`, { body }),

  recordPartnerContact: (referralId: string) => request<TReferral>("POST", `/referrals/${encodeURIComponent(referralId)}/partner-contact`),
};

/** Tenants that may be the same organisation, and confirming one as the winner (seed 003). */
export const duplicatesApi = {
  candidates: (tenantId: string, signal?: AbortSignal) =>
    request<TDuplicateCandidates>("GET", `/tenants/${encodeURIComponent(tenantId)}/duplicate-candidates`, { signal }),

  /** 422 when the tenant or the winner is already a confirmed duplicate, or the reason is too short. */
  confirm: (tenantId: string, body: TConfirmDuplicate) =>
    request<TDuplicateConfirmed>("POST", `/tenants/${encodeURIComponent(tenantId)}/duplicate-of`, { body }),
};

/** What needs the signed-in user on their assigned tenants, today or this week. */
export const myWorkApi = {
  myWork: (horizon: MyWorkHorizon, signal?: AbortSignal) => request<TMyWork>("GET", "/my-work", { query: { horizon }, signal }),
};

/** A GET of any read-only endpoint, with the client's headers, problem documents and sign-in handling. */
export const apiGet = <T>(path: string, query: RequestOptions["query"], signal?: AbortSignal): Promise<T> =>
  request<T>("GET", path, { query, signal });

/** A write with a JSON body, answered by JSON (or nothing on 204), with the same handling. */
export const apiSend = <T>(method: "POST" | "PUT" | "PATCH" | "DELETE", path: string, body?: unknown): Promise<T> =>
  request<T>(method, path, body === undefined ? {} : { body });
