// Classic Outlook's JavaScript-only runtime is not a browser: fill the gaps the shared code
// (the API client's request timeout) would otherwise fall into.
if (
  typeof AbortController === 'function' &&
  typeof AbortSignal !== 'undefined' &&
  typeof AbortSignal.timeout !== 'function'
) {
  AbortSignal.timeout = (ms: number) => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), ms);
    return controller.signal;
  };
}

export {};
