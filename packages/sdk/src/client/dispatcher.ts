import { Agent, type Dispatcher, EnvHttpProxyAgent, ProxyAgent } from "undici";

const PROXY_ENV = ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"];

/**
 * The client's one keep-alive connection pool: through `proxy` when given, through the proxy the
 * environment names (HTTPS_PROXY / HTTP_PROXY, minus NO_PROXY hosts) when unset, else direct.
 * The environment is read once, here, so a client's routing does not change under it.
 */
export function createDispatcher(proxy: string | false | undefined, connectTimeoutMs: number): Dispatcher {
  const connect = { timeout: connectTimeoutMs };
  if (typeof proxy === "string") return new ProxyAgent({ uri: proxy, connect });
  if (proxy !== false && PROXY_ENV.some((name) => process.env[name])) return new EnvHttpProxyAgent({ connect });
  return new Agent({ connect });
}
