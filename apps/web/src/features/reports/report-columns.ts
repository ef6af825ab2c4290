import type { Column, Row } from "./report-types.ts";

// What several reports' tables show alike.
export const days = (value: unknown) => (typeof value === "number" ? value.toFixed(1) : "—");
export const percent = (value: unknown) => (typeof value === "number" ? `${value.toFixed(1)} %` : "—");
export const field = <T,>(row: Row, key: string) => row[key] as T;
export const paged = (key: string) => (report: Row) => field<{ total: number; limit: number; offset: number }>(report, key);

export const tenantColumn: Column = { key: "tenantName", label: "Tenant", tenantId: (row) => String(row.tenantId) };
export const serviceColumn: Column = { key: "service", label: "Service", text: (row, labels) => labels("services", row.service) };

/** Active users, entitlements and the AU % they make. */
export const usageColumns: readonly Column[] = [
  { key: "activeUsers", label: "Active users", numeric: true },
  { key: "entitlements", label: "Entitlements", numeric: true },
  { key: "auPercent", label: "AU %", numeric: true, text: (row) => percent(row.auPercent) },
];
