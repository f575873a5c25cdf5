import { screen } from '@testing-library/react';
import { ApiError, type ProblemDetails } from '@interlog/api-client';
import { ProblemBar } from '@interlog/ui-kit';
import { renderUi } from '../../../../test/support/components/render-ui';

const problem = (name: string, status: number, extra: Partial<ProblemDetails> = {}) =>
  new ApiError(
    'problem',
    status,
    { type: `https://interlog.dev/problems/${name}`, title: name, status, ...extra },
    `${status} ${name}`,
  );

describe('ProblemBar', () => {
  test('When there is no error, then nothing is shown', async () => {
    await renderUi(<ProblemBar error={null} />);

    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('When a business rule refuses, then the alert says so in the user language with the server detail', async () => {
    const error = problem('business-rule', 422, { detail: 'Segment SEG0001 is already logged.' });

    const { i18n } = await renderUi(<ProblemBar error={error} />);

    expect(screen.getByRole('alert').textContent).toBe(
      `${i18n.t('errors.business-rule')} Segment SEG0001 is already logged.`,
    );
  });

  test('When a request is invalid, then the alert lists the field errors and leaves out the detail', async () => {
    const error = problem('validation', 400, {
      detail: 'The body does not match the schema.',
      errors: [
        { path: '/email', message: 'must be an email address' },
        { path: '/no', message: 'must not be empty' },
      ],
    });

    const { i18n } = await renderUi(<ProblemBar error={error} />);

    expect(screen.getByRole('alert').textContent).toBe(
      `${i18n.t('errors.validation')} (must be an email address; must not be empty)`,
    );
  });

  test('When the server is unreachable, then the alert says the connection failed', async () => {
    const { i18n } = await renderUi(<ProblemBar error={new ApiError('network', 0, null, 'Failed to fetch')} />);

    expect(screen.getByRole('alert').textContent).toBe(i18n.t('errors.network'));
  });

  test('When the error is not from the API or of an unknown type, then the alert says something went wrong', async () => {
    const { i18n } = await renderUi(
      <>
        <ProblemBar error={new Error('boom')} />
        <ProblemBar error={problem('teapot', 418)} />
        <ProblemBar error="a thrown string" />
      </>,
    );

    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual([
      i18n.t('errors.internal'),
      i18n.t('errors.internal'),
      i18n.t('errors.internal'),
    ]);
  });

  test('When the user reads Czech, then the alert is in Czech', async () => {
    const { i18n } = await renderUi(<ProblemBar error={problem('conflict', 409)} />, { language: 'cs-CZ' });

    const text = screen.getByRole('alert').textContent;

    expect({ language: i18n.language, text }).toEqual({ language: 'cs', text: i18n.t('errors.conflict') });
    expect(text).not.toBe(i18n.t('errors.conflict', { lng: 'en' }));
  });

  test('When it can be dismissed and the user dismisses it, then onDismiss runs once', async () => {
    const onDismiss = jest.fn();
    const { user, i18n } = await renderUi(<ProblemBar error={problem('conflict', 409)} onDismiss={onDismiss} />);

    await user.click(screen.getByRole('button', { name: i18n.t('common.dismiss') }));

    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  test('When it cannot be dismissed, then it offers no dismiss button', async () => {
    await renderUi(<ProblemBar error={problem('conflict', 409)} />);

    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('ProblemBar on a record changed by someone else', () => {
  test('When a save is refused with 412 and the page can reload, then it says the record was changed by someone else and Reload reloads it', async () => {
    const reload = jest.fn();

    const { i18n } = await renderUi(<ProblemBar error={problem('precondition-failed', 412)} onReload={reload} />);
    screen.getByRole('button', { name: i18n.t('changedElsewhere.reload') }).click();

    expect(screen.getByRole('alert').textContent).toContain(i18n.t('changedElsewhere.title'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  test('When a 412 comes where nothing can be reloaded, then the plain problem text is shown', async () => {
    const { i18n } = await renderUi(<ProblemBar error={problem('precondition-failed', 412)} />);

    expect(screen.getByRole('alert').textContent).toBe(i18n.t('errors.precondition-failed'));
    expect(screen.queryByRole('button')).toBeNull();
  });
});
