import { tmcSign } from "../tmc/protocol.js";

export interface PublishRequest {
  appKey: string;
  appSecret: string;
  topic: string;
  /** The message content: JSON text. */
  content: string;
  group?: string;
  userId?: string;
  userNick?: string;
  /** Default 10,000 ms. */
  timeoutMs?: number;
}

/**
 * Publishes one message to a local TMC server (`createLocalTmc`) over its signed `POST /publish`, from
 * another process (what `topkit tmc publish` does). Resolves to the new message's id.
 */
export async function publishToLocalTmc(publishUrl: string, r: PublishRequest): Promise<bigint> {
  const group = r.group ?? "default";
  const params = { app_key: r.appKey, group_name: group, timestamp: String(Date.now()) };
  const body = {
    ...params,
    group,
    sign: tmcSign(r.appSecret, params),
    topic: r.topic,
    content: r.content,
    ...(r.userId !== undefined && { user_id: r.userId }),
    ...(r.userNick !== undefined && { user_nick: r.userNick }),
  };
  const res = await fetch(publishUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(r.timeoutMs ?? 10_000),
  });
  const text = (await res.text()).slice(0, 2000);
  let answer: { id?: string; error?: string } = {};
  try {
    answer = JSON.parse(text) as typeof answer;
  } catch {
    // Not a local TMC server: reported below with the status.
  }
  if (res.status !== 200 || typeof answer.id !== "string" || !/^\d+$/.test(answer.id))
    throw new Error(
      `the local TMC server at ${publishUrl} refused the message: HTTP ${res.status} ${answer.error ?? "(not a local TMC server's answer)"}`,
    );
  return BigInt(answer.id);
}
