/** Turns an Office.js `xxxAsync(callback)` call into a promise. */
export function officeAsync<T>(call: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    call((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(new Error(result.error?.message ?? 'The Office call failed.'));
    });
  });
}
