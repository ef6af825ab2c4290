import { describe, expect, it } from "vitest";
import { outboxMessageId } from "./outbox.ts";

describe("the Message-ID of an outbox message", () => {
  it("is the message's id in the sender's domain, or in waymark.invalid when no sender is configured", () => {
    const id = "0c8a5f0e-3a59-4f0a-9d3e-5f1f6e0b2a11";
    expect(outboxMessageId(id, "fasttrack.example")).toBe("<0c8a5f0e-3a59-4f0a-9d3e-5f1f6e0b2a11@fasttrack.example>");
    expect(outboxMessageId(id)).toBe("<0c8a5f0e-3a59-4f0a-9d3e-5f1f6e0b2a11@waymark.invalid>");
  });
});
