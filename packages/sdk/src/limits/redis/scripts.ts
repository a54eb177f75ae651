import { createHash } from "node:crypto";

/**
 * The take script: the GCRA arithmetic of `../gcra.ts` run inside Redis, atomically, on Redis's own
 * clock (TIME), so that the machines of a fleet need not agree on the time.
 * KEYS: the ban keys, then the bucket keys. ARGV: maxWaitMs, number of ban keys, then per bucket its
 * interval and tolerance in ms. Answers {kind, wait in µs}: kind 0 = go, 1 = banned, 2 = too long.
 * Nothing is written unless the call goes; bucket keys expire once their bucket is full again.
 */
export const TAKE_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local maxWait = tonumber(ARGV[1])
local nBans = tonumber(ARGV[2])
local banned = 0
for i = 1, nBans do
  local left = redis.call('PTTL', KEYS[i])
  if left > banned then banned = left end
end
if banned > 0 then return {1, banned * 1000} end
local start = now
local tats = {}
for i = nBans + 1, #KEYS do
  local j = (i - nBans) * 2 + 1
  local tat = tonumber(redis.call('GET', KEYS[i]) or '')
  tats[i] = tat
  if tat and tat - tonumber(ARGV[j + 1]) > start then start = tat - tonumber(ARGV[j + 1]) end
end
local wait = start - now
if wait > maxWait then return {2, math.ceil(wait * 1000)} end
for i = nBans + 1, #KEYS do
  local j = (i - nBans) * 2 + 1
  local tat = math.max(tats[i] or start, start) + tonumber(ARGV[j])
  redis.call('SET', KEYS[i], string.format('%.3f', tat), 'PX', math.max(1, math.ceil(tat - now)))
end
return {0, math.ceil(wait * 1000)}
`;

/** The ban script: starts the ban at KEYS[1] for ARGV[1] ms, or lengthens a shorter one; never shortens it. */
export const BAN_SCRIPT = `
local ms = tonumber(ARGV[1])
if redis.call('PTTL', KEYS[1]) < ms then redis.call('SET', KEYS[1], '1', 'PX', ms) end
return 1
`;

/** A script's SHA-1, for EVALSHA. */
export const scriptSha = (script: string): string => createHash("sha1").update(script).digest("hex");
