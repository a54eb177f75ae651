import { describe, expect, test } from "vitest";
import { javaWire, sendWire } from "../../../../../test-support/java-wire.js";
import { createLocalGateway } from "../../../src/testing/index.js";
import { useGateway } from "../support/gateway.js";
import { APP_KEY, SECRET } from "../support/raw-call.js";
import { answerCode, answerSubMsg } from "./answer.js";

const BOUNDARY = "----topkit7MA4YWxk";

interface Part {
  /** Header lines of the part, as written. */
  readonly headers: readonly string[];
  readonly content: Buffer | string;
}

/** A multipart body written by hand: `eol` between lines, a closing delimiter unless told otherwise. */
function body(parts: readonly Part[], eol = "\r\n", close = true): Buffer {
  const out: Buffer[] = [];
  for (const part of parts) {
    out.push(Buffer.from(`--${BOUNDARY}${eol}${part.headers.map((h) => h + eol).join("")}${eol}`, "utf8"));
    out.push(Buffer.from(part.content));
    out.push(Buffer.from(eol));
  }
  if (close) out.push(Buffer.from(`--${BOUNDARY}--${eol}`));
  return Buffer.concat(out);
}

// Small limits, so the tests of what lies past them send kilobytes rather than the defaults' megabytes.
const LIMITS = { parts: 8, fileBytes: 1024, fieldBytes: 512, bodyBytes: 64 * 1024 };

describe("multipart bodies as real clients write them", () => {
  const top = useGateway({ bodyLimits: LIMITS });

  /** Sends `multipart` with a Java-signed query for topkit.file.upload whose text part is title=`title`. */
  async function upload(multipart: Buffer, title = "t", contentType = `multipart/form-data; boundary=${BOUNDARY}`) {
    const wire = javaWire({
      method: "topkit.file.upload",
      appKey: APP_KEY,
      secret: SECRET,
      format: "json",
      text: [["title", title]],
    });
    return sendWire(top.url, { ...wire, headers: { ...wire.headers, "content-type": contentType }, body: multipart });
  }

  const title = (disposition: string): Part => ({ headers: [disposition], content: "t" });
  const image = (disposition: string, content: Buffer | string = "12345678"): Part => ({
    headers: [disposition, "Content-Type: image/png"],
    content,
  });

  test.each([
    [
      "no space after `;` or `:` (Java)",
      'Content-Disposition:form-data;name="title"',
      'Content-Disposition:form-data;name="image";filename="a.png"',
    ],
    [
      "spaces (browsers, curl)",
      'Content-Disposition: form-data; name="title"',
      'Content-Disposition: form-data; name="image"; filename="a.png"',
    ],
    [
      "lower-case header, bare values",
      "content-disposition: form-data; name=title",
      "content-disposition: form-data; name=image; filename=a.png",
    ],
    [
      "upper-case header and params",
      'CONTENT-DISPOSITION: FORM-DATA; NAME="title"',
      'CONTENT-DISPOSITION: FORM-DATA; NAME="image"; FILENAME="a.png"',
    ],
  ])("%s: accepted", async (_, titleHeader, imageHeader) => {
    const answer = await upload(body([title(titleHeader), image(imageHeader)]));
    expect(answerCode(answer)).toBe("ok");
    expect(top.last.files).toEqual({ image: { fileName: "a.png", mimeType: "image/png", size: 8 } });
    expect(top.last.params.title).toBe("t");
  });

  test("bare LF line breaks: accepted, the file's own CR LF bytes kept", async () => {
    const content = Buffer.from("a\r\nb\nc\r");
    const multipart = body(
      [
        title('Content-Disposition: form-data; name="title"'),
        image('Content-Disposition: form-data; name="image"; filename="a.png"', content),
      ],
      "\n",
    );
    expect(answerCode(await upload(multipart))).toBe("ok");
    expect(top.last.files.image?.size).toBe(content.length);
  });

  test("non-ASCII file names, raw UTF-8 or RFC 5987 `filename*`; non-ASCII text parts", async () => {
    const raw = body([
      title('Content-Disposition: form-data; name="title"'),
      image('Content-Disposition: form-data; name="image"; filename="商品图 1.png"'),
    ]);
    expect(answerCode(await upload(raw))).toBe("ok");
    expect(top.last.files.image?.fileName).toBe("商品图 1.png");
    const star = body([
      { headers: ['Content-Disposition: form-data; name="title"'], content: "标题" },
      image(`Content-Disposition: form-data; name="image"; filename*=UTF-8''%E5%9B%BE.png`),
    ]);
    expect(answerCode(await upload(star, "标题"))).toBe("ok");
    expect(top.last.files.image?.fileName).toBe("图.png");
    expect(top.last.params.title).toBe("标题");
  });

  test("an empty file is a file of 0 bytes", async () => {
    const multipart = body([
      title('Content-Disposition: form-data; name="title"'),
      image('Content-Disposition: form-data; name="image"; filename="e.png"', ""),
    ]);
    expect(answerCode(await upload(multipart))).toBe("ok");
    expect(top.last.files.image).toEqual({ fileName: "e.png", mimeType: "image/png", size: 0 });
  });

  test.each([
    [
      "no closing delimiter",
      body([title('Content-Disposition: form-data; name="title"')], "\r\n", false),
      /not multipart\/form-data \(Unexpected end of form\)/,
    ],
    ["no delimiter at all", Buffer.from("title=t"), /not multipart\/form-data/],
  ])("%s: TOP's code 3 saying what was wrong, and no body param used", async (_, multipart, reason) => {
    const answer = await upload(multipart);
    expect(answerCode(answer)).toBe(3);
    expect(answerSubMsg(answer)).toMatch(reason);
    expect(top.last.params.title).toBeUndefined();
  });

  test("a content type with no boundary: code 3 naming the fix", async () => {
    const answer = await upload(
      body([title('Content-Disposition: form-data; name="title"')]),
      "t",
      "multipart/form-data",
    );
    expect(answerCode(answer)).toBe(3);
    expect(answerSubMsg(answer)).toMatch(/names no boundary; add `; boundary=/);
  });

  test(`more than ${LIMITS.parts} parts: code 3`, async () => {
    const parts = Array.from({ length: LIMITS.parts + 1 }, (_, i) =>
      title(`Content-Disposition: form-data; name="p${i}"`),
    );
    const answer = await upload(body(parts));
    expect(answerCode(answer)).toBe(3);
    expect(answerSubMsg(answer)).toBe(`the body has more than ${LIMITS.parts} parts, the most the gateway reads`);
  });

  test("a text part past its limit: code 3 naming the part", async () => {
    const big = "x".repeat(LIMITS.fieldBytes + 1);
    const answer = await upload(body([{ headers: ['Content-Disposition: form-data; name="title"'], content: big }]));
    expect(answerCode(answer)).toBe(3);
    expect(answerSubMsg(answer)).toMatch(/^text part "title" is longer than 512 bytes, the most the gateway reads$/);
  });

  test("a file past its limit: code 3 naming the part", async () => {
    const big = Buffer.alloc(LIMITS.fileBytes + 1, 0x61);
    const answer = await upload(
      body([
        title('Content-Disposition: form-data; name="title"'),
        image('Content-Disposition: form-data; name="image"; filename="a.png"', big),
      ]),
    );
    expect(answerCode(answer)).toBe(3);
    expect(answerSubMsg(answer)).toBe('file part "image" is larger than 1024 bytes, the most the gateway reads');
  });

  test("a body past the gateway's limit is read to its end but not kept: code 3, the connection still answered", async () => {
    const big = Buffer.alloc(LIMITS.bodyBytes + 1, 0x61);
    const answer = await upload(big, "t", "application/x-www-form-urlencoded");
    expect(answer.status).toBe(200);
    expect(answerCode(answer)).toBe(3);
    expect(answerSubMsg(answer)).toBe("the request body is larger than 65536 bytes, the most the gateway reads");
  });
});

describe("bodyLimits", () => {
  test.each([
    [{ parts: 0 }, "bodyLimits.parts must be a whole number, 1 or more, got 0"],
    [{ fileBytes: 1.5 }, "bodyLimits.fileBytes must be a whole number, 1 or more, got 1.5"],
    [{ files: 3 }, "bodyLimits.files is not a limit the gateway knows"],
  ])("%o is refused before the gateway starts", async (limits, message) => {
    const start = createLocalGateway({ appKey: APP_KEY, appSecret: SECRET, bodyLimits: limits as never });
    await expect(start).rejects.toThrow(message);
  });
});
