/**
 * Test helpers for TOP integrations (`@topkit/sdk/testing`). The local gateway lands here;
 * for now the entry point exists so that the export map is stable.
 */
export {};
