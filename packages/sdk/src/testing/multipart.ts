import busboy from "busboy";

/** A file part of a multipart body (files are never signed). */
export interface ReceivedFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly size: number;
}

/** How much of a request body the gateway reads; past any of these it answers TOP's upload error (code 3). */
export interface BodyLimits {
  /** Bytes of a whole request body (the rest is drained, not kept); default 40 MiB. */
  readonly bodyBytes: number;
  /** Parts (text and file) in one multipart body; default 256. */
  readonly parts: number;
  /** Bytes of one file part; default 32 MiB. */
  readonly fileBytes: number;
  /** Bytes of one text part (a struct's JSON included); default 8 MiB. */
  readonly fieldBytes: number;
}

export const DEFAULT_BODY_LIMITS: BodyLimits = {
  bodyBytes: 40 * 1024 * 1024,
  parts: 256,
  fileBytes: 32 * 1024 * 1024,
  fieldBytes: 8 * 1024 * 1024,
};

/** The defaults with `given` over them; a limit that is not a whole number of 1 or more is refused at start. */
export function bodyLimits(given: Partial<BodyLimits> = {}): BodyLimits {
  for (const [name, value] of Object.entries(given)) {
    if (!(name in DEFAULT_BODY_LIMITS))
      throw new TypeError(`createLocalGateway: bodyLimits.${name} is not a limit the gateway knows`);
    if (!(Number.isSafeInteger(value) && value >= 1)) {
      throw new TypeError(`createLocalGateway: bodyLimits.${name} must be a whole number, 1 or more, got ${value}`);
    }
  }
  return { ...DEFAULT_BODY_LIMITS, ...given };
}

/** `bytes` for a message: whole MiB when it is a multiple of one, else bytes. */
export const sizeText = (bytes: number) =>
  bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;

/** A multipart body the gateway could not read; `message` says what was wrong with it. */
export class UnreadableBody extends Error {
  override readonly name = "UnreadableBody";
}

export interface MultipartFields {
  readonly text: [string, string][];
  readonly files: [string, ReceivedFile][];
}

/** The boundary a multipart content type names, or undefined. */
const boundaryOf = (contentType: string) =>
  /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i
    .exec(contentType)
    ?.slice(1)
    .find((b) => b !== undefined);

/**
 * The body with CRLF line breaks where RFC 7578 wants them, for a client that wrote bare LFs: delimiter
 * lines and part headers get CR LF; part contents keep every byte. A CRLF body is returned as it is.
 */
function crlfDelimited(raw: Buffer, boundary: string): Buffer {
  const delimiter = `--${boundary}`;
  const text = raw.toString("latin1"); // one char per byte, so contents survive the round trip
  if (text.includes(`${delimiter}\r\n`) || !text.includes(`${delimiter}\n`)) return raw;
  const pieces = text.split(delimiter).map((piece, i) => {
    const headerEnd = piece.indexOf("\n\n");
    if (i === 0 || piece.startsWith("--") || headerEnd < 0) return piece;
    const headers = piece.slice(0, headerEnd).replace(/\r?\n/g, "\r\n");
    // Only the LF before the next delimiter is the body's; a CR before it belongs to the content.
    const content = piece.slice(headerEnd + 2).replace(/\n$/, "\r\n");
    return `${headers}\r\n\r\n${content}`;
  });
  return Buffer.from(pieces.join(delimiter), "latin1");
}

/**
 * Text and file parts of a multipart/form-data body, read by busboy, which takes what real clients write:
 * the Java SDK's `Content-Disposition:form-data;name="x"` (no spaces), any header case, quoted or bare
 * params, UTF-8 file names (raw or RFC 5987 `filename*`), empty files, and bare-LF line breaks.
 * Throws UnreadableBody for a body it cannot read or one past `limits`.
 */
export function readMultipart(raw: Buffer, contentType: string, limits: BodyLimits): Promise<MultipartFields> {
  const boundary = boundaryOf(contentType);
  if (boundary === undefined) {
    return Promise.reject(
      new UnreadableBody(
        "the multipart content type names no boundary; add `; boundary=<the delimiter your body uses>`",
      ),
    );
  }
  return new Promise((resolve, reject) => {
    const text: [string, string][] = [];
    const files: [string, ReceivedFile][] = [];
    let failure: UnreadableBody | undefined;
    const fail = (reason: string) => {
      failure ??= new UnreadableBody(reason);
    };
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: { "content-type": contentType },
        defParamCharset: "utf8",
        limits: {
          parts: limits.parts,
          fileSize: limits.fileBytes,
          fieldSize: limits.fieldBytes,
        },
      });
    } catch (error) {
      reject(new UnreadableBody(`the multipart content type is not one busboy reads (${(error as Error).message})`));
      return;
    }
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated)
        fail(`text part "${name}" is longer than ${sizeText(limits.fieldBytes)}, the most the gateway reads`);
      else text.push([name, value]);
    });
    parser.on("file", (name, stream, info) => {
      let size = 0;
      stream.on("data", (chunk: Buffer) => {
        size += chunk.length;
      });
      stream.on("limit", () =>
        fail(`file part "${name}" is larger than ${sizeText(limits.fileBytes)}, the most the gateway reads`),
      );
      stream.on("end", () => files.push([name, { fileName: info.filename, mimeType: info.mimeType, size }]));
    });
    parser.on("partsLimit", () => fail(`the body has more than ${limits.parts} parts, the most the gateway reads`));
    parser.on("error", (error: Error) => {
      fail(
        `the body is not multipart/form-data (${error.message}); write it as RFC 7578 does: each part after a "--" + boundary line, the last one closed by "--" + boundary + "--"`,
      );
      reject(failure);
    });
    parser.on("close", () => (failure ? reject(failure) : resolve({ text, files })));
    parser.end(crlfDelimited(raw, boundary));
  });
}
