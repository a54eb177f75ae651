import { cliRoutes } from "../../src/routes.js";

// The CLI reference, from the built CLI's own --help (see src/routes.ts).
export default { paths: cliRoutes };
