import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ApiIr } from "@topkit/sdk/ir";
import { createLocalGateway, type LocalGateway } from "@topkit/sdk/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type JavaFile, javaWire, sendWire } from "../../../../test-support/java-wire.js";
import { sharedOrNotice } from "../../../../test-support/shared.js";
import { parseDoc } from "../../src/parse/index.js";
import { paramText } from "./valid-values.js";

const APP_KEY = "12345678";
const SECRET = "uploads-s3cr3t";
const shared = sharedOrNotice();

interface JavaEntry {
  method: string;
  inMetadata: boolean;
  metadataPath?: string;
  requestFields: { wire: string; fileParam?: boolean }[];
}

// A JPEG's first bytes, then CR LF and "--": a file must arrive whole even when it holds delimiter-like bytes.
const IMAGE: JavaFile = {
  fileName: "主图 1.jpg",
  mimeType: "image/jpeg",
  bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x0d, 0x0a, 0x2d, 0x2d]),
};

describe.skipIf(!shared)("uploads written byte for byte as the Java SDK writes them are accepted", () => {
  let uploads: { entry: JavaEntry; ir: ApiIr }[] = [];
  let gateway: LocalGateway;

  beforeAll(async () => {
    const names = JSON.parse(readFileSync(join(shared!, "conformance", "java-sdk-names.json"), "utf8")) as {
      entries: JavaEntry[];
    };
    uploads = names.entries
      .filter((e) => e.inMetadata && e.requestFields.some((f) => f.fileParam))
      .map((entry) => {
        const file = join(shared!, "corpus", "top-metadata", entry.metadataPath!.replace("metadata/assets/json/", ""));
        return { entry, ir: parseDoc(readFileSync(file, "utf8"), { file }) };
      });
    gateway = await createLocalGateway({ appKey: APP_KEY, appSecret: SECRET, apis: uploads.map((u) => u.ir) });
  });
  afterAll(() => gateway?.close());

  test("the 16 APIs with a Java upload and a corpus doc", () => {
    expect(uploads.map((u) => u.entry.method)).toHaveLength(16);
    expect(uploads.map((u) => u.entry.method)).toEqual(
      expect.arrayContaining([
        "taobao.picture.upload",
        "taobao.item.img.upload",
        "taobao.product.add",
        "taobao.refund.refuse",
        "tmall.product.spec.pic.upload",
      ]),
    );
  });

  test.each(["json", "xml"] as const)(
    "%s: each upload accepted, its text parts signed, its files seen whole",
    async (format) => {
      const outcomes: string[] = [];
      for (const { entry, ir } of uploads) {
        // The request class's fields in its own order: the doc's required text params set, every file set.
        const required = new Map(ir.request.filter((p) => p.required).map((p) => [p.name, p]));
        const fields = entry.requestFields;
        const text = fields
          .filter((f) => !f.fileParam && required.has(f.wire))
          .map((f) => [f.wire, paramText(required.get(f.wire)!)] as const);
        const files = fields.filter((f) => f.fileParam).map((f) => [f.wire, IMAGE] as const);
        const session = ir.needsSession ? "6100e23657fb0b2d0c78" : undefined;
        const wire = javaWire({
          method: ir.method,
          appKey: APP_KEY,
          secret: SECRET,
          format,
          text,
          files,
          ...(session && { session }),
        });
        expect(
          wire.body.includes(Buffer.from(`\r\nContent-Disposition: form-data;name="${files[0]![0]}";filename="`)),
        ).toBe(true);
        const answer = await sendWire(gateway.url, wire);
        const refused = answer.status !== 200 || /error_response/.test(answer.text);
        outcomes.push(
          `${ir.method}: ${refused ? `refused ${answer.status} ${answer.text.slice(0, 160)}` : "accepted"}`,
        );
        const last = gateway.requests.at(-1)!;
        for (const [name] of files)
          expect(last.files[name], `${ir.method} ${name}`).toEqual({
            fileName: IMAGE.fileName,
            mimeType: "image/jpeg",
            size: 12,
          });
      }
      expect(outcomes).toEqual(uploads.map((u) => `${u.ir.method}: accepted`));
    },
  );
});
