import { queryOptions } from "@tanstack/react-query";
import type { MyWorkHorizon } from "@waymark/contracts";
import { myWorkApi } from "../../lib/api.ts";

/* Under ["tenants"], so recording anything on a tenant (which invalidates that key) refreshes My work too. */
export function myWorkQuery(horizon: MyWorkHorizon) {
  return queryOptions({
    queryKey: ["tenants", "my-work", horizon] as const,
    queryFn: ({ signal }) => myWorkApi.myWork(horizon, signal),
  });
}
