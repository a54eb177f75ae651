import { basename } from "node:path";

export type FileSource =
  | { kind: "path"; path: string }
  | { kind: "bytes"; bytes: Uint8Array }
  | { kind: "blob"; blob: Blob }
  | { kind: "stream"; stream: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array> };

type FileContent = Uint8Array | Blob | AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>;

const isStream = (v: unknown): v is AsyncIterable<Uint8Array> | ReadableStream<Uint8Array> =>
  typeof v === "object" &&
  v !== null &&
  (typeof (v as ReadableStream).getReader === "function" || Symbol.asyncIterator in v);

/** The source Java's constructors `FileItem(fileName, content[, mimeType])` and `FileItem(filePath)` mean. */
function javaSource(fileName: string, content: unknown): FileSource {
  if (content === undefined) return { kind: "path", path: fileName };
  if (content instanceof Uint8Array) return { kind: "bytes", bytes: content };
  if (content instanceof Blob) return { kind: "blob", blob: content };
  if (isStream(content)) return { kind: "stream", stream: content };
  throw new TypeError(
    `new FileItem("${fileName}", …): the second argument must be the content (Uint8Array, Blob or stream), got ${typeof content}; ` +
      "for a file on disk use FileItem.fromPath(path, mimeType)",
  );
}

const KINDS = new Set(["path", "bytes", "blob", "stream"]);

/**
 * A file parameter (Java's `FileItem`): sent as a multipart part, never signed.
 * Build one from a path, bytes, a Blob or a stream, with a file name and MIME type. The Java SDK's
 * constructor orders work too: `new FileItem("a.jpg", bytes[, mimeType])` (name first, then the content:
 * bytes, a Blob or a stream) and `new FileItem("/path/a.jpg")`; anything else is a TypeError.
 */
export class FileItem {
  readonly source: FileSource;
  readonly fileName: string;
  readonly mimeType: string;

  constructor(source: FileSource, fileName?: string, mimeType?: string);
  /** Java's order: the file name, then its content. */
  constructor(fileName: string, content: FileContent, mimeType?: string);
  /** Java's `FileItem(String filePath)`. */
  constructor(filePath: string);
  constructor(first: FileSource | string, second?: string | FileContent, mimeType?: string) {
    if (typeof first === "string") {
      this.source = javaSource(first, second);
      this.fileName = this.source.kind === "path" ? basename(first) : first;
    } else {
      if (typeof first !== "object" || first === null || !KINDS.has((first as FileSource).kind)) {
        throw new TypeError(
          'new FileItem(source, fileName?, mimeType?): source must be { kind: "path" | "bytes" | "blob" | "stream", … }; or use FileItem.fromPath/fromBytes/fromBlob/fromStream',
        );
      }
      if (second !== undefined && typeof second !== "string") {
        throw new TypeError("new FileItem(source, fileName?, mimeType?): fileName must be a string");
      }
      this.source = first;
      this.fileName = second ?? (first.kind === "path" ? basename(first.path) : "file");
    }
    if (mimeType !== undefined && typeof mimeType !== "string") {
      throw new TypeError("new FileItem(…, mimeType): mimeType must be a string such as image/jpeg");
    }
    this.mimeType = mimeType ?? "application/octet-stream";
  }

  static fromPath(path: string, mimeType?: string): FileItem {
    return new FileItem({ kind: "path", path }, undefined, mimeType);
  }

  static fromBytes(bytes: Uint8Array, fileName: string, mimeType?: string): FileItem {
    return new FileItem({ kind: "bytes", bytes }, fileName, mimeType);
  }

  static fromBlob(blob: Blob, fileName: string, mimeType?: string): FileItem {
    return new FileItem({ kind: "blob", blob }, fileName, mimeType ?? (blob.type || undefined));
  }

  static fromStream(
    stream: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>,
    fileName: string,
    mimeType?: string,
  ): FileItem {
    return new FileItem({ kind: "stream", stream }, fileName, mimeType);
  }

  /** Size in bytes when known without reading (bytes, Blob); undefined for paths and streams. */
  get knownSize(): number | undefined {
    if (this.source.kind === "bytes") return this.source.bytes.byteLength;
    if (this.source.kind === "blob") return this.source.blob.size;
    return undefined;
  }

  toJSON(): { fileName: string; mimeType: string } {
    return { fileName: this.fileName, mimeType: this.mimeType };
  }
}
