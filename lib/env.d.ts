/** Set at build time: true only in the e2e build (`wxt build --mode e2e`); store builds compile the hooks away. */
declare const __HIFAZAT_TEST_HOOKS__: boolean;
