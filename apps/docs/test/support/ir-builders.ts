export { irOf, irParam } from "../../../../test-support/ir-builders.js";
