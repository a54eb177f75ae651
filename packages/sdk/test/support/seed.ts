// The seed API as the build generates it (generated/apis, from its committed page text), not a hand-kept copy.
export {
  TmallAlihouseCustomerClueOutInvestTotalDataBackFlowRequest,
  TmallAlihouseCustomerClueOutInvestTotalDataBackFlowResponse,
} from "../../generated/apis/tmall.alihouse.customer.clue.out.invest.total.data.back.flow.mjs";
