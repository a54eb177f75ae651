// Minimal excerpts of real docs from ../shared/corpus/top-metadata (a byte-identical copy of bububa/opentaobao's
// metadata, Apache-2.0), cut down to the params each tricky case is about. Descriptions are shortened.

export interface Excerpt {
  /** The corpus file this was cut from. */
  source: string;
  doc: Record<string, unknown>;
}

export const excerpts: Record<string, Excerpt> = {
  "scalar-spellings": {
    source: "maitix/alibaba_damai_maitix_project_distribution_querylist.json",
    doc: {
      name: "alibaba.damai.maitix.project.distribution.querylist",
      apiChineseName: "分销项目列表查询（已过时，不推荐使用）",
      responseParams: [
        {
          name: "result",
          type: "OpenResult",
          description: "结果",
          subParams: [
            { name: "ext_map", type: "Json", description: "扩展信息", required: true },
            {
              name: "model_list",
              type: "ProjectInfoDto[]",
              description: "项目信息",
              required: true,
              subParams: [
                { name: "is_has_seat", type: "byte", description: "是否有座： 0=无座 1=有座", required: true },
                {
                  name: "perform_info_list",
                  type: "PerformInfoDto[]",
                  description: "场次",
                  required: true,
                  subParams: [
                    { name: "end_time", type: "Date", description: "演出结束时间", required: true },
                    {
                      name: "price_info_list",
                      type: "PriceInfoDto[]",
                      description: "价格",
                      required: true,
                      subParams: [
                        {
                          name: "price",
                          type: "Money",
                          description: "票价",
                          required: true,
                          subParams: [{ name: "cent", type: "Number", description: "票价 单位：分", required: true }],
                        },
                        { name: "price_id", type: "Number", description: "价格ID", required: true },
                      ],
                    },
                    { name: "sub_perform_list", type: "Json[]", description: "子场次列表", required: true },
                    {
                      name: "weekly_list",
                      type: "byte[][]",
                      description: "场次有效期规则 每周周几可以",
                      required: true,
                    },
                  ],
                },
                { name: "trader_id_list", type: "Number[]", description: "主办方ID", required: true },
                { name: "trader_name_list", type: "String[]", description: "主办方名称", required: true },
              ],
            },
            { name: "success", type: "Boolean", description: "接口返回是否成功 true成功 false失败", required: true },
          ],
        },
      ],
    },
  },
  "request-lists": {
    source: "crm/taobao_crm_grade_set.json",
    doc: {
      name: "taobao.crm.grade.set",
      apiChineseName: "卖家设置等级规则",
      requestParams: [
        {
          name: "grade",
          type: "Number[]",
          description: "会员等级，用逗号分隔。买家会员级别0：店铺客户 1：普通会员 2 ：高级会员 3：VIP会员 4：至尊VIP",
          maxListSize: 4,
          required: true,
        },
        {
          name: "discount",
          type: "Number[]",
          description:
            "会员级别折扣率。会员等级越高，折扣必须越低。<br/>950即9.5折，888折即8.88折。出于安全原因，折扣现最低只",
          maxListSize: 4,
          required: true,
        },
        {
          name: "hierarchy",
          type: "Boolean[]",
          description:
            "是否设置达到某一会员等级的交易量和交易额，必填。4个级别都需要设置，如入参为true,true,true,false时，",
          maxListSize: 4,
          required: true,
        },
      ],
      responseParams: [{ name: "is_success", type: "Boolean", description: "true：成功 false：失败" }],
    },
  },
  "request-map": {
    source: "qimen/taobao_qimen_combineitem_query.json",
    doc: {
      name: "taobao.qimen.combineitem.query",
      apiChineseName: "组合货品关系查询接口",
      requestParams: [
        {
          name: "request",
          type: "Request",
          subParams: [
            { name: "itemId", type: "String", description: "奇门仓储字段" },
            { name: "extendProps", type: "Map", description: "扩展属性" },
          ],
        },
      ],
    },
  },
  "request-file": {
    source: "aecreatives/aliexpress_affiliate_image_search.json",
    doc: {
      name: "aliexpress.affiliate.image.search",
      apiChineseName: "图搜",
      requestParams: [
        {
          name: "image_file_bytes",
          type: "byte[]",
          description: "图片文件字节数组，最大不超过 100 KB",
          required: true,
        },
      ],
    },
  },
  "scalar-named-struct": {
    source: "nlp/taobao_nlp_preprocess.json",
    doc: {
      name: "taobao.nlp.preprocess",
      apiChineseName: "文本语言预处理",
      requestParams: [
        {
          name: "text",
          type: "Text",
          description: "文本内容",
          required: true,
          subParams: [
            { name: "id", type: "String", description: "业务处理ID", required: true },
            { name: "content", type: "String", description: "文本内容", required: true },
            { name: "type", type: "Number", description: "文本类型1-评论 2-订单留言 9-其他", required: true },
          ],
        },
        {
          name: "func_type",
          type: "Number",
          description: "1)繁简字转换：func_type=1，对应type =1 繁转简 type=2 简转繁；2)拆分字转换：func_ty",
          required: true,
        },
      ],
      responseParams: [
        {
          name: "processresult",
          type: "ProcessResult",
          description: "返回结果",
          subParams: [
            { name: "top_result", type: "String", description: "返回文本处理内容" },
            { name: "top_status", type: "Boolean", description: "返回结果为true则运行成功，为false则运行失败" },
          ],
        },
      ],
    },
  },
  "money-struct": {
    source: "aedropshiper/aliexpress_logistics_buyer_freight_calculate.json",
    doc: {
      name: "aliexpress.logistics.buyer.freight.calculate",
      apiChineseName: "提供给买家使用的运费计算接口",
      responseParams: [
        {
          name: "result",
          type: "AeopFreightCalculateResultListResponseForBuyer",
          description: "result",
          subParams: [
            {
              name: "aeop_freight_calculate_result_for_buyer_d_t_o_list",
              type: "AeopFreightCalculateResultForBuyerDto[]",
              description: "aeopFreightCalculateResultForBuyerDTOList",
              required: true,
              subParams: [
                {
                  name: "freight",
                  type: "Money",
                  description: "运费",
                  required: true,
                  subParams: [
                    { name: "amount", type: "BigDecimal", description: "amount", required: true },
                    { name: "cent", type: "Number", description: "cent", required: true },
                    { name: "currency_code", type: "String", description: "currencyCode", required: true },
                  ],
                },
              ],
            },
            { name: "success", type: "Boolean", description: "success", required: true },
          ],
        },
      ],
    },
  },
  untyped: {
    source: "fenxiao/alibaba_ascp_cnsku_update.json",
    doc: {
      name: "alibaba.ascp.cnsku.update",
      apiChineseName: "供应链中台货品修改接口",
      requestParams: [
        {
          name: "cnsku",
          type: "CnskuDto",
          description: "待新增的货品",
          required: true,
          subParams: [
            { name: "cnsku_id", type: "Number", description: "货品id", required: true },
            {
              name: "cnsku_extend_d_t_o",
              type: "CnskuExtendDto",
              description: "扩展字段",
              subParams: [{ name: "cnsku_sn_sample_d_t_o_list", type: "null[]", description: "sn 示例" }],
            },
            { name: "update_feature_map", description: "需要向featureMap中增加的属性列表（新增&更新接口使用）" },
            { name: "type", type: "String", description: "货品类型", required: true },
          ],
        },
      ],
      responseParams: [
        { name: "error_messages", type: "String []", description: "异常信息" },
        { name: "data", type: "Json", description: "货品id" },
      ],
    },
  },
  "byte-lists": {
    source: "lstvending/alibaba_lst_vending_goods_save.json",
    doc: {
      name: "alibaba.lst.vending.goods.save",
      apiChineseName: "自动售卖机商品回传",
      requestParams: [
        {
          name: "goods_d_t_o_list",
          type: "VendingGoodsDto[]",
          description: "商品信息",
          required: true,
          maxListSize: 20,
          subParams: [{ name: "img_data", type: "byte[][]", description: "商品图片内容字节数组" }],
        },
      ],
    },
  },
  "struct-without-fields": {
    source: "baichuan/alibaba_baichuan_taopassword_check.json",
    doc: {
      name: "alibaba.baichuan.taopassword.check",
      apiChineseName: "淘口令检查",
      requestParams: [
        {
          name: "param_dto",
          type: "ParamDto",
          description: "参数DTO",
          required: true,
          subParams: [
            { name: "biz_param", type: "String", description: "业务参数，传递需要判断的口令", required: true },
            { name: "extra_param", description: "扩展参数" },
            { name: "biz_type", type: "String", description: "系统自动生成", required: true },
          ],
        },
        { name: "client_info", type: "RichClientInfo", description: "系统自动生成", required: true },
      ],
      responseParams: [
        {
          name: "result",
          type: "Result",
          description: "result",
          subParams: [
            { name: "success", type: "Boolean", description: "success", required: true },
            { name: "model", type: "Json", description: "model", required: true },
          ],
        },
      ],
    },
  },
  "method-name": {
    source: "user/account_aliyuncs_com_GetPubKey_2013-07-01.json",
    doc: {
      name: "account.aliyuncs.com.GetPubKey.2013-07-01",
      apiChineseName: "获取用户公钥",
      requestParams: [{ name: "OwnerAppkey", type: "String", description: "appkey", required: true }],
      responseParams: [
        { name: "PubKey", type: "String", description: "用户的公钥" },
        { name: "CreateTime", type: "Date", description: "创建key的时间" },
        { name: "RequestId", type: "String", description: "RequestId" },
        { name: "Code", type: "String", description: "返回code" },
      ],
    },
  },
  "response-request-id": {
    source: "aliyun/push_aliyuncs_com_pushMsg_2015-03-18.json",
    doc: {
      name: "push.aliyuncs.com.pushMsg.2015-03-18",
      apiChineseName: "消息推送",
      requestParams: [
        { name: "AppId", type: "Number", description: "应用标识", required: true },
        { name: "Body", type: "String", description: "消息体,UTF-8编码", required: true },
      ],
      responseParams: [
        { name: "success", type: "Boolean", description: "是否成功" },
        { name: "requestId", type: "Number", description: "该字段的值由服务端生成,返回给用户方便问题追查与定位。" },
        { name: "responseParams", type: "Number", description: "消息ID" },
      ],
    },
  },
  "envelope-request-id": {
    source: "jst/taobao_jst_sms_message_send.json",
    doc: {
      name: "taobao.jst.sms.message.send",
      apiChineseName: "聚石塔数据paas短信发送接口",
      requestParams: [
        {
          name: "send_message_request",
          type: "SendMessageRequest",
          description: "短信发送请求",
          subParams: [{ name: "phone_number", type: "String", description: "手机号码", required: true }],
        },
      ],
      responseParams: [
        { name: "request_id", type: "String", description: "1234" },
        { name: "message", type: "String", description: "参数错误" },
      ],
    },
  },
  "reserved-words": {
    source: "interact/taobao_weitao_feed_cancel.json",
    doc: {
      name: "taobao.weitao.feed.cancel",
      apiChineseName: "取消广播在timeline、广场中展示",
      requestParams: [
        { name: "feed_id", type: "Number", description: "广播id", required: true },
        {
          name: "delete",
          type: "Boolean",
          description: "是否彻底删除（店铺动态不可见，等同卖家广播后台删除），默认false",
        },
      ],
      responseParams: [
        {
          name: "result",
          type: "PushResult",
          description: "推送结果",
          subParams: [{ name: "feed_id", type: "String", description: "新广播ID" }],
        },
      ],
    },
  },
  "reserved-words-response": {
    source: "wms/taobao_wlb_wms_sku_get.json",
    doc: {
      name: "taobao.wlb.wms.sku.get",
      apiChineseName: "商品信息查询",
      requestParams: [{ name: "item_code", type: "String", description: "菜鸟商品ID,与itemcode必须有一个值不为空" }],
      responseParams: [
        { name: "length", type: "Number", description: "长度，单位毫米" },
        {
          name: "type",
          type: "String",
          description: "商品类别 NORMAL：普通商品、 COMBINE：组合商品、 DISTRIBUTION：分销商品",
        },
        { name: "name", type: "String", description: "商品名称" },
        { name: "item_id", type: "String", description: "菜鸟商品ID,与itemcode必须有一个值不为空" },
      ],
    },
  },
  "reserved-words-nested": {
    source: "tmallhk/tmall_traceplatform_awdc_info_upload.json",
    doc: {
      name: "tmall.traceplatform.awdc.info.upload",
      apiChineseName: "AWDC提交溯源信息",
      requestParams: [
        {
          name: "trace_info",
          type: "AwdcInfo",
          description: "入参traceInfo",
          subParams: [
            {
              name: "ngtc",
              type: "AwdcNgtc",
              description: "ngtc info",
              subParams: [
                { name: "in", type: "Date", description: "参数in" },
                { name: "out", type: "Date", description: "参数out" },
                { name: "report_date", type: "String", description: "参数reportDate" },
                { name: "report_no", type: "String", description: "参数reportNo" },
              ],
            },
          ],
        },
      ],
      responseParams: [
        {
          name: "result",
          type: "DataResult",
          description: "result",
          subParams: [
            { name: "code", type: "String", description: "参数code" },
            { name: "msg", type: "String", description: "参数msg" },
            { name: "success", type: "Boolean", description: "是否正常" },
          ],
        },
      ],
    },
  },
  "struct-rename": {
    source: "waybill/cainiao_waybill_ii_update.json",
    doc: {
      name: "cainiao.waybill.ii.update",
      apiChineseName: "电子面单云打印更新接口",
      requestParams: [
        {
          name: "param_waybill_cloud_print_update_request",
          type: "WaybillCloudPrintUpdateRequest",
          description: "更新请求信息",
          required: true,
          subParams: [
            { name: "cp_code", type: "String", description: "物流公司CODE", required: true },
            {
              name: "recipient",
              type: "UserInfoDto",
              description: "收件信息",
              subParams: [
                { name: "mobile", type: "String", description: "手机号码" },
                { name: "name", type: "String", description: "姓名" },
                { name: "oaid", type: "String", description: "开放地址ID" },
              ],
            },
            {
              name: "sender",
              type: "UserInfoDto",
              description: "发件信息",
              subParams: [
                { name: "mobile", type: "String", description: "手机号码" },
                { name: "name", type: "String", description: "姓名" },
                { name: "phone", type: "String", description: "固定电话" },
              ],
            },
          ],
        },
      ],
      responseParams: [{ name: "waybill_code", type: "String", description: "面单号" }],
    },
  },
  "repeated-wire": {
    source: "qimen/taobao_qimen_inventory_report.json",
    doc: {
      name: "taobao.qimen.inventory.report",
      apiChineseName: "库存盘点通知接口",
      requestParams: [
        {
          name: "request",
          type: "InventoryReportRequest",
          subParams: [
            { name: "checkOrderCode", type: "String", description: "盘点单编码", required: true },
            { name: "remark", type: "String", description: "备注" },
            {
              name: "items",
              type: "Item[]",
              description: "商品库存信息列表",
              subParams: [
                { name: "itemCode", type: "String", description: "商品编码", required: true },
                { name: "remark", type: "String", description: "备注" },
              ],
            },
            { name: "remark", type: "String", description: "备注" },
          ],
        },
      ],
      responseParams: [
        {
          name: "response",
          type: "Response",
          subParams: [{ name: "flag", type: "String", description: "响应结果:success|failure", required: true }],
        },
      ],
    },
  },
  "repeated-wire-response": {
    source: "alsc/alibaba_alsc_crm_card_bindcustomer.json",
    doc: {
      name: "alibaba.alsc.crm.card.bindcustomer",
      apiChineseName: "卡号绑定顾客",
      requestParams: [
        {
          name: "param_bind_customer_open_req",
          type: "BindCustomerOpenReq",
          description: "请求参数",
          subParams: [{ name: "card_id", type: "String", description: "卡ID" }],
        },
      ],
      responseParams: [
        {
          name: "result",
          type: "CommonResult",
          description: "接口结果",
          subParams: [
            { name: "result", type: "Boolean", description: "返回值", required: true },
            { name: "result_code", type: "String", description: "结果码", required: true },
          ],
        },
        {
          name: "result",
          type: "CommonResult",
          description: "接口结果",
          subParams: [
            { name: "result", type: "Boolean", description: "返回值", required: true },
            { name: "result_code", type: "String", description: "结果码", required: true },
          ],
        },
      ],
    },
  },
};
