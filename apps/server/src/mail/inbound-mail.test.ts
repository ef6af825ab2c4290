import MailComposer from "nodemailer/lib/mail-composer/index.js";
import type Mail from "nodemailer/lib/mailer/index.js";
import { describe, expect, it } from "vitest";
import { readInboundMail } from "./inbound-mail.ts";

const build = (options: Mail.Options) =>
  new Promise<Buffer>((resolve, reject) => new MailComposer(options).compile().build((error, message) => (error ? reject(error) : resolve(message))));

const reply = () =>
  build({
    from: "Ana Costa <Ana@Contoso.example>",
    to: "fm@waymark.example",
    subject: "Re: Your FastTrack benefit for Exchange",
    inReplyTo: "<second@waymark.invalid>",
    references: ["<first@waymark.invalid>", "<second@waymark.invalid>"],
    messageId: "<answer-1@contoso.example>",
    date: new Date("2026-11-26T08:30:00Z"),
    text: "Thanks, Tuesday at 10 works for us.",
  });

describe("an answer saved as .eml", () => {
  it("is read with its sender, its Message-ID and the ids it answers", async () => {
    const mail = await readInboundMail(await reply());
    expect(mail).toMatchObject({
      messageId: "<answer-1@contoso.example>",
      from: "ana@contoso.example",
      subject: "Re: Your FastTrack benefit for Exchange",
      receivedAt: new Date("2026-11-26T08:30:00Z"),
      text: "Thanks, Tuesday at 10 works for us.",
      idsFrom: "headers",
      forwarded: null,
    });
    expect(mail?.referencedIds).toEqual(["<second@waymark.invalid>", "<first@waymark.invalid>"]);
  });
});

describe("a forward of the answer", () => {
  it("attached as message/rfc822 gives the answer's own In-Reply-To and References", async () => {
    const forward = await build({
      from: "fm@waymark.example",
      to: "waymark@waymark.example",
      subject: "Fwd: Re: Your FastTrack benefit for Exchange",
      text: "For the record.",
      attachments: [{ filename: "answer.eml", content: await reply(), contentType: "message/rfc822" }],
    });
    const mail = await readInboundMail(forward);
    expect(mail?.idsFrom).toBe("forwarded_headers");
    expect(mail?.referencedIds).toEqual(expect.arrayContaining(["<first@waymark.invalid>", "<second@waymark.invalid>"]));
    expect(mail?.forwarded).toEqual({ from: "ana@contoso.example", subject: "Re: Your FastTrack benefit for Exchange", messageId: "<answer-1@contoso.example>" });
  });

  it("attached as an encoded .eml file is read the same way", async () => {
    const forward = await build({
      from: "fm@waymark.example",
      to: "waymark@waymark.example",
      subject: "FW: answer",
      text: "See the attachment.",
      attachments: [{ filename: "answer.eml", content: (await reply()).toString("base64"), encoding: "base64", contentType: "application/octet-stream" }],
    });
    const mail = await readInboundMail(forward);
    expect(mail?.referencedIds).toEqual(["<second@waymark.invalid>", "<first@waymark.invalid>"]);
    expect(mail?.forwarded?.messageId).toBe("<answer-1@contoso.example>");
  });

  it("quoted inline keeps only the sender and subject, which is what it is matched by", async () => {
    const forward = await build({
      from: "fm@waymark.example",
      to: "waymark@waymark.example",
      subject: "Fwd: Re: Your FastTrack benefit for Exchange",
      text: "---------- Forwarded message ---------\nFrom: Ana Costa <ana@contoso.example>\nDate: Thu, 26 Nov 2026\nSubject: Re: Your FastTrack benefit for Exchange\n\nThanks, Tuesday at 10 works for us.",
    });
    const mail = await readInboundMail(forward);
    expect(mail?.referencedIds).toEqual([]);
    expect(mail?.forwarded).toEqual({ from: "ana@contoso.example", subject: "Re: Your FastTrack benefit for Exchange", messageId: null });
  });
});

describe("something that is not an e-mail", () => {
  it("reads as nothing", async () => {
    expect(await readInboundMail(Buffer.from("\u0000\u0001 just some bytes"))).toBeNull();
  });
});
