import { describe, expect, test } from "vitest";
import { FileItem } from "../../src/runtime/index.js";

describe('regression: new FileItem("a.jpg", bytes) — Java\'s constructor order built a broken item', () => {
  const bytes = new TextEncoder().encode("JPEG");

  test("Java's orders are accepted: (fileName, bytes | Blob | stream[, mimeType]) and (filePath)", () => {
    const item = new FileItem("a.jpg", bytes, "image/jpeg");
    expect(item).toMatchObject({ fileName: "a.jpg", mimeType: "image/jpeg", source: { kind: "bytes", bytes } });
    expect(new FileItem("b.png", new Blob([bytes])).source.kind).toBe("blob");
    async function* chunks() {
      yield bytes;
    }
    expect(new FileItem("c.bin", chunks()).source.kind).toBe("stream");
    expect(new FileItem("d.bin", new Blob([bytes]).stream()).source.kind).toBe("stream");
    expect(new FileItem("/tmp/photos/e.jpg")).toMatchObject({
      fileName: "e.jpg",
      mimeType: "application/octet-stream",
      source: { kind: "path", path: "/tmp/photos/e.jpg" },
    });
  });

  test("what fits neither order is refused with what to do", () => {
    expect(() => new FileItem("a.jpg", "b.jpg" as never)).toThrowError(
      /second argument must be the content \(Uint8Array, Blob or stream\), got string; for a file on disk use FileItem\.fromPath/,
    );
    expect(() => new FileItem({ kind: "nope" } as never)).toThrowError(/source must be \{ kind:/);
    expect(() => new FileItem(bytes as never, "a.jpg")).toThrowError(/source must be \{ kind:/);
    expect(() => new FileItem({ kind: "bytes", bytes }, bytes as never)).toThrowError(/fileName must be a string/);
    expect(() => new FileItem("a.jpg", bytes, 5 as never)).toThrowError(/mimeType must be a string/);
  });

  test("the source-object form is unchanged", () => {
    expect(new FileItem({ kind: "bytes", bytes }, "x.txt", "text/plain")).toMatchObject({
      fileName: "x.txt",
      mimeType: "text/plain",
    });
    expect(new FileItem({ kind: "path", path: "/a/b.txt" }).fileName).toBe("b.txt");
  });
});
