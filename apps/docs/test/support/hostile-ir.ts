import type { ApiIr, IrParam } from "@topkit/sdk/ir";

/** Doc text that tries every way into a VitePress page: Vue interpolation, HTML, Markdown, includes, fences. */
export const HOSTILE = {
  vue: "{{ 7*7 }}",
  html: '<img src=x onerror="window.__pwned=1">',
  script: "<script>window.__pwned=2</script>",
  include: "<!--@include: ../../package.json-->",
  fence: "```\n</code></pre><script>window.__pwned=3</script>\n```",
  markdown: "# not a heading\n\n::: danger\n*em* [link](javascript:alert(1)) :tada: $& $1\n:::",
} as const;

/** Something from apps/docs/package.json that must never show up on a page (proof that no include ran). */
export const INCLUDED_TEXT_PROBE = '"test:e2e"';

const hostileText = Object.values(HOSTILE).join("\n");

function param(name: string, extra: Partial<IrParam> = {}): IrParam {
  return {
    name,
    field: "value",
    docType: "String",
    type: "string",
    required: true,
    example: `${HOSTILE.vue}${HOSTILE.html}`,
    constraints: { maxLength: 10 },
    description: hostileText,
    children: [],
    ...extra,
  };
}

export const HOSTILE_METHOD = "zz.hostile.doc.text";
export const HOSTILE_TITLE = `${HOSTILE.vue}${HOSTILE.html} 恶意标题`;

/** An IR whose every free-text field holds hostile doc text. It is valid IR: the schema cannot forbid text. */
export function hostileIr(): ApiIr {
  return {
    method: HOSTILE_METHOD,
    title: HOSTILE_TITLE,
    description: hostileText,
    category: `${HOSTILE.vue}<b>cat</b>`,
    source: { form: "doc-json", sha256: "0".repeat(64), url: "javascript:alert(1)" },
    labels: [HOSTILE.html],
    needsSession: false,
    javaNames: {
      request: "ZzHostileDocTextRequest",
      response: "ZzHostileDocTextResponse",
      responseKey: "zz_hostile_doc_text_response",
    },
    request: [
      param(`<b>${HOSTILE.vue}</b>`, {
        docType: `{{Bad}}<i>`,
        type: "struct",
        structName: "BadName",
        docStructName: `Bad${HOSTILE.vue}<i>`,
        example: undefined,
        children: [param("inner"), param("id", { docType: "Number", type: "long", example: "2940328723781049652" })],
      }),
    ],
    response: [param("out", { required: false })],
    samples: {
      requestJava: `${HOSTILE.fence}\n${HOSTILE.include}\n${HOSTILE.vue}`,
      responseXml: `<out>${HOSTILE.vue}</out>\n${HOSTILE.include}`,
      errorJson: `{"msg":"${HOSTILE.vue}</script>"}`,
    },
    errorCodes: [{ code: `<b>${HOSTILE.vue}</b>`, message: HOSTILE.script, solution: hostileText }],
    warnings: [hostileText],
  };
}
