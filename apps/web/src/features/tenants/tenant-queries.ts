import { queryOptions } from "@tanstack/react-query";
import { api } from "../../lib/api.ts";

export function tenantQuery(id: string) {
  return queryOptions({
    queryKey: ["tenants", "detail", id] as const,
    queryFn: ({ signal }) => api.getTenant(id, signal),
  });
}
