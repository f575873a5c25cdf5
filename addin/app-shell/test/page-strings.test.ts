import { pageStrings, prefetchStrings } from '../src/page-strings';

// Issue 14: a page fetches its strings while its host starts, in the language it expects.
describe("A page's strings fetched before its host is ready", () => {
  test('When the host then reports the same language, then the page takes the strings fetched early', async () => {
    const early = prefetchStrings('ru', ['settings']);

    const strings = pageStrings('ru-RU', ['settings']);

    expect(strings).toBe(early);
    expect((await strings).language).toBe('ru');
  });

  test('When the host reports another language, then the page fetches that one', async () => {
    const early = prefetchStrings('ru', ['settings']);

    const strings = pageStrings('cs-CZ', ['settings']);

    expect(strings).not.toBe(early);
    expect((await strings).language).toBe('cs');
    expect((await strings).t('settings.title')).not.toBe((await early).t('settings.title'));
  });

  test('When the page asks for other areas, then it does not take the early strings', async () => {
    const early = prefetchStrings('fi', ['settings']);

    const strings = pageStrings('fi', ['teams']);

    expect(strings).not.toBe(early);
    await Promise.all([early, strings]);
  });

  test('When the early strings were taken once, then a second page fetches its own', async () => {
    const early = prefetchStrings('en', ['settings']);
    const first = pageStrings('en', ['settings']);

    const second = pageStrings('en', ['settings']);

    expect(second).not.toBe(early);
    await Promise.all([first, second]);
  });
});
