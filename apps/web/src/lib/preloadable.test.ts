import { describe, expect, it } from "vitest";
import { preloadable } from "./preloadable.ts";

const Panel = () => null;

describe("a preloadable component", () => {
  it("loads its code once however often it is asked to", async () => {
    let loads = 0;
    const component = preloadable(async () => (loads++, Panel));
    await Promise.all([component.preload(), component.preload()]);
    await component.preload();
    expect(loads).toBe(1);
  });

  it("tries again after a failed load instead of failing for the rest of the page's life", async () => {
    let loads = 0;
    const component = preloadable(async () => {
      loads++;
      if (loads === 1) throw new Error("Failed to fetch dynamically imported module");
      return Panel;
    });
    await expect(component.preload()).rejects.toThrow("Failed to fetch");
    await expect(component.preload()).resolves.toEqual({ default: Panel });
    expect(loads).toBe(2);
  });
});
