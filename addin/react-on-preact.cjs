/**
 * The pages render with Preact's React compatibility layer instead of React's own DOM renderer: 50 KB less brotli
 * before the Outlook pane's Record is usable (issue 14, goal 4). Each React module and what stands in for it; the
 * web build (package-aliases.mts) and the component tests (jest.config.js) both read this list.
 */
module.exports = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  // Preact's createRoot, its effects timed as React's (preact-client.ts).
  'react-dom/client': `${__dirname}/preact-client.ts`,
  'react-dom/test-utils': 'preact/test-utils',
  'react/jsx-runtime': 'preact/compat/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/compat/jsx-dev-runtime',
};
