/** A doc whose every text field tries to break out of a comment or a string literal. */
export const hostileDoc = {
  name: "taobao.hostile.text.get",
  apiChineseName: 'title */ export const pwned = 1; /* "quoted" \\ back\u2028slash',
  description: "ends the comment */ then\r\n@example fake tag\u0000 and /* opens one",
  requestParams: [
    {
      name: "q",
      type: "String",
      description: "*/ console.log('x') /*\n@param evil",
      demoValue: "`*/`",
      subParams: [],
    },
  ],
  responseParams: [
    { name: "r", type: "Foo", description: "@deprecated */", subParams: [{ name: "x", type: "String" }] },
  ],
};
