import { describe, expect, it } from "vitest";
import {
  SERVICE_FAMILIES,
  SERVICES,
  TASK_SERVICE_LABELS,
  TASK_SERVICE_SCOPES,
  isServiceCode,
  isTaskServiceTarget,
  serviceByCode,
  serviceByLabel,
  servicesOfFamily,
} from "./services.ts";

describe("services catalog", () => {
  it("has unique codes and unique short codes", () => {
    const codes = SERVICES.map((service) => service.code);
    expect(new Set(codes).size).toBe(codes.length);
    const shortCodes = SERVICES.map((service) => service.shortCode);
    expect(new Set(shortCodes).size).toBe(shortCodes.length);
  });

  it("lists the 22 services of the FTOP Services tab, grouped 14 / 5 / 3", () => {
    const listed = SERVICES.filter((service) => service.servicesTabListed);
    expect(listed).toHaveLength(22);
    expect(listed.filter((service) => service.family === "office365")).toHaveLength(14);
    expect(listed.filter((service) => service.family === "ems")).toHaveLength(5);
    expect(listed.filter((service) => service.family === "windows")).toHaveLength(3);
  });

  it("keeps the Services tab labels exactly", () => {
    expect(serviceByCode("outlook_mobile").label).toBe("Exchange: Outlook Mobile");
    expect(serviceByCode("project_online_professional_premium").label).toBe("Project Online Professional/Premium");
    expect(serviceByCode("mdatp").label).toBe("Microsoft Defender ATP");
    expect(serviceByCode("classroom_sds").label).toBe("Classroom/SDS");
  });

  it("uses the reporting short codes", () => {
    expect(serviceByCode("exchange").shortCode).toBe("EXO");
    expect(serviceByCode("sharepoint").shortCode).toBe("SPO");
    expect(serviceByCode("onedrive").shortCode).toBe("OD4B");
  });

  it("offers migration only for Exchange, SharePoint and OneDrive", () => {
    const eligible = SERVICES.filter((service) => service.migrationEligible).map((service) => service.code);
    expect(eligible.sort()).toEqual(["exchange", "onedrive", "sharepoint"]);
  });

  it("marks oatp, mdatp and edge as conditional", () => {
    const conditional = SERVICES.filter((service) => service.conditional).map((service) => service.code);
    expect(conditional.sort()).toEqual(["edge", "mdatp", "oatp"]);
  });

  it("labels the three families", () => {
    expect(SERVICE_FAMILIES.map((family) => family.label)).toEqual(["Office 365", "EMS", "Windows"]);
    expect(servicesOfFamily("windows").map((service) => service.code)).toEqual(["windows_10", "mdatp", "edge"]);
  });

  it("finds services by alias, ignoring case", () => {
    expect(serviceByLabel("Windows Defender ATP")?.code).toBe("mdatp");
    expect(serviceByLabel("onedrive for business")?.code).toBe("onedrive");
    expect(serviceByLabel("Office 365 ProPlus")?.code).toBe("office_proplus");
    expect(serviceByLabel("Lotus Notes")).toBeUndefined();
  });

  it("guards codes", () => {
    expect(isServiceCode("teams")).toBe(true);
    expect(isServiceCode("Teams")).toBe(false);
    expect(isServiceCode("core_onboarding")).toBe(false);
    expect(isTaskServiceTarget("core_onboarding")).toBe(true);
  });

  it("labels the non-service scopes", () => {
    expect(TASK_SERVICE_SCOPES.map((scope) => [scope.code, scope.label])).toEqual([
      ["core_onboarding", "Core Onboarding"],
      ["all_services", "All Services"],
    ]);
  });

  it("maps every task-table service label to valid targets", () => {
    expect(TASK_SERVICE_LABELS["OneDrive for Business"]).toEqual(["onedrive"]);
    expect(TASK_SERVICE_LABELS["Office ProPlus"]).toEqual(["office_proplus"]);
    expect(TASK_SERVICE_LABELS["MDATP"]).toEqual(["mdatp"]);
    expect(TASK_SERVICE_LABELS["OATP"]).toEqual(["oatp"]);
    expect(TASK_SERVICE_LABELS["Skype for Business - PSTN Calling"]).toEqual(["sfb_pstn_calling"]);
    expect(TASK_SERVICE_LABELS["Staffhub"]).toEqual(["staffhub"]);
    expect(TASK_SERVICE_LABELS["PowerBI"]).toEqual(["power_bi"]);
    expect(TASK_SERVICE_LABELS["Project"]).toHaveLength(3);
    for (const targets of Object.values(TASK_SERVICE_LABELS)) {
      for (const target of targets) expect(isTaskServiceTarget(target)).toBe(true);
    }
  });
});
