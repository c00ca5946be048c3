// The build flag behind the test-only policy seam (wxt.config.ts `define`); '1' only in test builds.
interface ImportMetaEnv {
  readonly COUP_DE_POUCE_TEST_POLICY?: string;
}
