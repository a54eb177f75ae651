import { readFile } from "node:fs/promises";
import { FormData } from "undici";
import { TopError } from "../errors/index.js";
import type { FileItem } from "../runtime/file-item.js";
import { formEncode } from "./form-encode.js";
import { FORM_CONTENT_TYPE } from "./options.js";

export { FORM_CONTENT_TYPE };

export interface RequestBody {
  readonly body: string | FormData;
  /** Set for the form body; multipart bodies carry their own boundary in the header undici writes. */
  readonly contentType?: string;
}

/** Streams read so far, by file: a stream can be read only once, but its FileItem may be sent again. */
const streamBytes = new WeakMap<FileItem, Blob>();

/** A file's bytes as a Blob with its MIME type; a stream is read to the end once and then kept. */
async function blobOf(file: FileItem): Promise<Blob> {
  const type = file.mimeType;
  const source = file.source;
  switch (source.kind) {
    case "path":
      return new Blob([await readFile(source.path)], { type });
    case "bytes":
      return new Blob([source.bytes], { type });
    case "blob":
      return source.blob.type === type ? source.blob : source.blob.slice(0, source.blob.size, type);
    case "stream": {
      const kept = streamBytes.get(file);
      if (kept) return kept;
      const parts: Uint8Array[] = [];
      for await (const chunk of source.stream as AsyncIterable<Uint8Array>) parts.push(chunk);
      const blob = new Blob(parts, { type });
      streamBytes.set(file, blob);
      return blob;
    }
  }
}

/**
 * The POST body as the Java SDK sends it: business params form-urlencoded as UTF-8, or, only when there
 * are files, multipart/form-data with the text params as fields and each file as a part.
 */
export function requestBody(
  business: Readonly<Record<string, string>>,
  files: Readonly<Record<string, FileItem>>,
): RequestBody | Promise<RequestBody> {
  const fileNames = Object.keys(files);
  if (fileNames.length === 0) {
    return {
      body: formEncode(business),
      contentType: FORM_CONTENT_TYPE,
    };
  }
  return multipartBody(business, files, fileNames);
}

/** The multipart body: text params as fields, then each file as a part with its name and type. */
async function multipartBody(
  business: Readonly<Record<string, string>>,
  files: Readonly<Record<string, FileItem>>,
  fileNames: readonly string[],
): Promise<RequestBody> {
  const form = new FormData();
  for (const [name, value] of Object.entries(business)) form.append(name, value);
  for (const name of fileNames) {
    const file = files[name]!;
    try {
      form.append(name, await blobOf(file), file.fileName);
    } catch (error) {
      throw new TopError(`file param "${name}" (${file.fileName}) could not be read: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }
  return { body: form };
}
