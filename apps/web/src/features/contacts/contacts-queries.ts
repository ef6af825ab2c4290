import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { TCreateContact, TRecordConsent, TUpdateContact } from "@waymark/contracts";
import { contactsApi } from "../../lib/api.ts";

/* Under the tenant's detail key, so history, meetings and outreach (which read contacts) refresh with a change. */
const tenantKey = (tenantId: string) => ["tenants", "detail", tenantId] as const;

/** The same key the meetings dialog reads, so both show one list. */
export function tenantContactsQuery(tenantId: string) {
  return queryOptions({
    queryKey: [...tenantKey(tenantId), "contacts"] as const,
    queryFn: ({ signal }) => contactsApi.listContacts(tenantId, signal),
  });
}

export function consentsQuery(tenantId: string, contactId: string) {
  return queryOptions({
    queryKey: [...tenantKey(tenantId), "consents", contactId] as const,
    queryFn: ({ signal }) => contactsApi.listConsents(contactId, signal),
  });
}

function useRefreshTenant(tenantId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: tenantKey(tenantId) });
}

export function useAddContact(tenantId: string) {
  const refresh = useRefreshTenant(tenantId);
  return useMutation({ mutationFn: (body: TCreateContact) => contactsApi.addContact(tenantId, body), onSuccess: refresh });
}

export function useUpdateContact(tenantId: string, contactId: string) {
  const refresh = useRefreshTenant(tenantId);
  return useMutation({ mutationFn: (body: TUpdateContact) => contactsApi.updateContact(contactId, body), onSuccess: refresh });
}

/** `onRemoved` runs here, not per call: the refreshed list drops the row (and its dialog) with the contact. */
export function useRemoveContact(tenantId: string, contactId: string, onRemoved: (message: string) => void) {
  const refresh = useRefreshTenant(tenantId);
  return useMutation({ mutationFn: () => contactsApi.removeContact(contactId), onSuccess: (answer) => onRemoved(answer.message), onSettled: refresh });
}

export function useRecordConsent(tenantId: string, contactId: string) {
  const refresh = useRefreshTenant(tenantId);
  return useMutation({ mutationFn: (body: TRecordConsent) => contactsApi.recordConsent(contactId, body), onSuccess: refresh });
}

export function useWithdrawConsent(tenantId: string) {
  const refresh = useRefreshTenant(tenantId);
  return useMutation({ mutationFn: (consentId: string) => contactsApi.withdrawConsent(consentId), onSettled: refresh });
}
