import { existsSync } from "node:fs";
import { extname } from "node:path";
import { FileItem } from "@topkit/sdk";
import { usageError } from "../cli-error.js";
import type { Context } from "../io/context.js";

// Types TOP's upload APIs ask for; anything else goes as application/octet-stream.
const MIME: Record<string, string> = {
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
  ".gif": "image/gif",
  ".bmp": "image/bmp",
  ".webp": "image/webp",
  ".pdf": "application/pdf",
  ".mp4": "video/mp4",
  ".txt": "text/plain",
  ".csv": "text/csv",
  ".xls": "application/vnd.ms-excel",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".zip": "application/zip",
};

/** A file param from a path (a leading `@` is allowed); the file must exist before anything is sent. */
export function fileFromPath(raw: string, where: string): FileItem {
  const path = raw.startsWith("@") ? raw.slice(1) : raw;
  if (!existsSync(path))
    throw usageError(`${where}: no file "${path}"`, `give the file's path: --set ${where}=@photo.jpg`);
  return FileItem.fromPath(path, MIME[extname(path).toLowerCase()]);
}

/** A file param from `path`, `@path` or `@-` (stdin, read whole). */
export async function fileParam(ctx: Context, raw: string, where: string): Promise<FileItem> {
  return raw === "@-" ? FileItem.fromBytes(await ctx.stdin(), "stdin") : fileFromPath(raw, where);
}
