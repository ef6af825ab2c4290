import { describe, expect, it } from "vitest";
import {
  SERVICE_STATUSES,
  TECHNICAL_ONBOARDING_STATUSES,
  isTechnicalOnboarding,
  serviceStatusByLabel,
  serviceStatusLabel,
  serviceStatusOrder,
} from "./service-statuses.ts";

describe("service statuses", () => {
  it("has the eight statuses of DESIGN decision 4 in path order", () => {
    expect(SERVICE_STATUSES.map((status) => status.code)).toEqual([
      "initiate", "initiate_serialized", "assess", "remediate", "enable", "migrate", "adoption", "operate",
    ]);
    expect(SERVICE_STATUSES.map((status) => status.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("uses the seed spelling of the serialized status", () => {
    expect(serviceStatusLabel("initiate_serialized")).toBe("Initiate - Serialized");
    expect(serviceStatusByLabel("Initiate-Serialized")?.code).toBe("initiate_serialized");
    expect(serviceStatusByLabel("Operation")?.code).toBe("operate");
  });

  it("names Assess..Migrate technical onboarding", () => {
    expect(TECHNICAL_ONBOARDING_STATUSES).toEqual(["assess", "remediate", "enable", "migrate"]);
    expect(isTechnicalOnboarding("enable")).toBe(true);
    expect(isTechnicalOnboarding("adoption")).toBe(false);
    expect(serviceStatusOrder("adoption")).toBeGreaterThan(serviceStatusOrder("migrate"));
  });
});
