/** TOP's production gateway (DESIGN.md "The protocol"). */
export const PRODUCTION_URL = "https://eco.taobao.com/router/rest";
