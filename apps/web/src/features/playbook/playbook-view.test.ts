import type { TAssignment, TTaskWithWhy } from "@waymark/contracts";
import { describe, expect, it } from "vitest";
import { filtersFromSearch, filterTasks, myTaskRoles, parsePercent, phaseCounts, searchOfFilters, taskTree } from "./playbook-view.ts";

const task = (over: Partial<TTaskWithWhy>): TTaskWithWhy => ({
  id: crypto.randomUUID(),
  catalogTaskId: 1,
  name: "Task",
  mandatory: false,
  service: null,
  status: "not_started",
  percentComplete: 0,
  responsibleRole: "fasttrack_manager",
  dueDate: null,
  version: 1,
  why: [],
  phase: null,
  process: null,
  step: null,
  ...over,
});
const kickoff = task({ catalogTaskId: 994, name: "Conduct Initiate/Kickoff Meeting(s)", phase: "initiate", process: "Conduct Customer Kickoff", step: "Schedule and Conduct Kickoff Meeting" });
const bvd = task({ catalogTaskId: 3718, name: "Deliver OneDrive Business Value Deck", service: "onedrive", phase: "assess", process: "Conduct Adoption & Change Management Conversation", step: "Deliver BVD", status: "in_progress" });
const network = task({ catalogTaskId: 4072, name: "Run Network Onboarding Tool", phase: "assess", process: "Conduct Technical Assessment", step: "Run Network Onboarding Tool", responsibleRole: "fasttrack_engineer" });
const gateway = task({ catalogTaskId: 2453, name: "(Gateway Only) Completion of Engagement Process", process: "Gateway" });
const all = [network, gateway, bvd, kickoff];

describe("the Playbook tab's filters in the URL", () => {
  it("reads the pb. parameters, ignoring an unknown phase and blank values, and writes them back", () => {
    const filters = filtersFromSearch({ tab: "playbook", "pb.service": "onedrive", "pb.phase": "nonsense", "pb.status": " ", "pb.q": "deck" });
    expect(filters).toEqual({ service: "onedrive", phase: undefined, role: undefined, status: undefined, q: "deck" });
    expect(searchOfFilters({ ...filters, phase: "assess" })).toMatchObject({ "pb.service": "onedrive", "pb.phase": "assess", "pb.q": "deck" });
  });
});

describe("which tasks show", () => {
  it("narrows by service, status and search over id, name, process and step", () => {
    expect(filterTasks(all, { service: "onedrive", role: "all" }, [])).toEqual([bvd]);
    expect(filterTasks(all, { service: "tenant", role: "all" }, [])).toEqual([network, gateway, kickoff]);
    expect(filterTasks(all, { status: "in_progress", role: "all" }, [])).toEqual([bvd]);
    expect(filterTasks(all, { q: "technical assessment", role: "all" }, [])).toEqual([network]);
    expect(filterTasks(all, { q: "3718", role: "all" }, [])).toEqual([bvd]);
  });

  it("shows the person's own roles by default, every role when they hold none on the tenant", () => {
    expect(filterTasks(all, {}, ["fasttrack_engineer"])).toEqual([network]);
    expect(filterTasks(all, {}, [])).toHaveLength(4);
    expect(filterTasks(all, { role: "fasttrack_manager" }, ["fasttrack_engineer"])).toHaveLength(3);
  });

  it("derives the person's task roles from their own assignments only", () => {
    const assignment = (id: string, role: string) => ({ assignee: { kind: "user", id, name: null }, role }) as TAssignment;
    expect(myTaskRoles([assignment("me", "fm"), assignment("other", "fe"), assignment("me", "fm")], "me")).toEqual(["fasttrack_manager"]);
  });
});

describe("the tree", () => {
  it("counts tasks per phase in lifecycle order and groups them Process → Step → Task", () => {
    expect(phaseCounts(all).map((p) => [p.label, p.count])).toEqual([["Initiate", 1], ["Assess", 2], ["Gateway & other", 1]]);
    const tree = taskTree(all);
    expect(tree.map((p) => p.process)).toEqual(["Conduct Customer Kickoff", "Conduct Adoption & Change Management Conversation", "Conduct Technical Assessment", "Gateway"]);
    expect(tree[2]?.steps).toEqual([{ step: "Run Network Onboarding Tool", tasks: [network] }]);
    expect(tree[3]?.steps[0]?.step).toBe("Tasks");
  });
});

describe("typing % complete", () => {
  it("takes a whole number 0–100, with or without %, and says what is wrong otherwise", () => {
    expect(parsePercent(" 50 % ")).toEqual({ ok: true, value: 50 });
    expect(parsePercent("101")).toEqual({ ok: false, message: "At most 100 %." });
    expect(parsePercent("4.5")).toMatchObject({ ok: false });
    expect(parsePercent("")).toMatchObject({ ok: false });
  });
});
