import { basename } from "node:path";

export type FileSource =
  | { kind: "path"; path: string }
  | { kind: "bytes"; bytes: Uint8Array }
  | { kind: "blob"; blob: Blob }
  | { kind: "stream"; stream: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array> };

/**
 * A file parameter (Java's `FileItem`): sent as a multipart part, never signed.
 * Build one from a path, bytes, a Blob or a stream, with a file name and MIME type.
 */
export class FileItem {
  readonly fileName: string;
  readonly mimeType: string;

  constructor(
    readonly source: FileSource,
    fileName?: string,
    mimeType?: string,
  ) {
    this.fileName = fileName ?? (source.kind === "path" ? basename(source.path) : "file");
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
