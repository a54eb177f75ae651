import { apiRoutes } from "../../src/routes.js";

// One page per API from the IR, plus the reference index (see src/routes.ts).
export default { paths: apiRoutes };
