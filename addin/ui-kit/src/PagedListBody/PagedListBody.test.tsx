import { screen } from '@testing-library/react';
import { PagedListBody, type PagedList } from '@interlog/ui-kit';
import { renderUi } from '../../../../test/support/components/render-ui';

/** A list in one of the states usePagedQuery gives. */
function listOf(state: Partial<PagedList<string>>): PagedList<string> {
  return {
    items: [],
    nextCursor: null,
    loading: false,
    error: null,
    reload: jest.fn(),
    loadMore: jest.fn(),
    ...state,
  };
}

const renderBody = (list: PagedList<string>) =>
  renderUi(
    <PagedListBody list={list} empty="No segments yet.">
      {(items) => (
        <ul aria-label="Segments">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </PagedListBody>,
  );

describe('PagedListBody', () => {
  test('When the first page is loading, then a labelled spinner shows and neither the items nor the empty text', async () => {
    const { i18n } = await renderBody(listOf({ loading: true }));

    expect({
      spinner: screen.getByRole('progressbar', { name: i18n.t('common.loading') }) !== null,
      list: screen.queryByRole('list'),
      empty: screen.queryByText('No segments yet.'),
    }).toEqual({ spinner: true, list: null, empty: null });
  });

  test('When nothing came, then the empty text shows', async () => {
    await renderBody(listOf({}));

    expect(screen.getByText('No segments yet.')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  test('When the first page failed, then neither the empty text nor a spinner shows', async () => {
    await renderBody(listOf({ error: new Error('offline') }));

    expect({ empty: screen.queryByText('No segments yet.'), spinner: screen.queryByRole('progressbar') }).toEqual({
      empty: null,
      spinner: null,
    });
  });

  test('When the first page failed, then Try again reads the list again', async () => {
    const list = listOf({ error: new Error('offline') });
    const { i18n, user } = await renderBody(list);

    await user.click(screen.getByRole('button', { name: i18n.t('common.retry') }));

    expect(list.reload).toHaveBeenCalledTimes(1);
  });

  test('When a list that failed is read again, then Try again is off until the answer comes', async () => {
    const { i18n } = await renderBody(listOf({ error: new Error('offline'), loading: true }));

    expect(screen.getByRole('button', { name: i18n.t('common.retry') }).getAttribute('aria-disabled')).toBe('true');
  });

  test('When items came, then they are rendered by the caller and no Load more is offered on the last page', async () => {
    const { i18n } = await renderBody(listOf({ items: ['SEG0001', 'SEG0002'] }));

    const list = screen.getByRole('list', { name: 'Segments' });

    expect([...list.querySelectorAll('li')].map((item) => item.textContent)).toEqual(['SEG0001', 'SEG0002']);
    expect(screen.queryByRole('button', { name: i18n.t('common.loadMore') })).toBeNull();
  });

  test('When there is a next page and the user asks for more, then loadMore runs once', async () => {
    const list = listOf({ items: ['SEG0001'], nextCursor: 'c2' });
    const { user, i18n } = await renderBody(list);

    await user.click(screen.getByRole('button', { name: i18n.t('common.loadMore') }));

    expect(list.loadMore).toHaveBeenCalledTimes(1);
  });

  test('When the next page is loading, then Load more is disabled and the items stay', async () => {
    const { i18n } = await renderBody(listOf({ items: ['SEG0001'], nextCursor: 'c2', loading: true }));

    const more = screen.getByRole('button', { name: i18n.t('common.loadMore') });

    expect({ disabled: more.hasAttribute('disabled'), items: screen.getAllByRole('listitem').length }).toEqual({
      disabled: true,
      items: 1,
    });
  });
});
