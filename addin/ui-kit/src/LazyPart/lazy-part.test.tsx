import { Suspense, useState } from 'react';
import { act, render, screen } from '@testing-library/react';
import { lazyPart } from '@interlog/ui-kit';

/** A part whose code comes when the test says. */
function deferredPart() {
  let arrive = () => {};
  const Part = lazyPart<{ label: string }>(
    () =>
      new Promise((resolve) => {
        arrive = () => resolve({ default: Counter });
      }),
  );
  return { Part, arrive: () => act(async () => arrive()) };
}

function Counter({ label }: { label: string }) {
  const [count, setCount] = useState(0);
  return <button onClick={() => setCount(count + 1)}>{`${label} ${count}`}</button>;
}

const standIn = <span>stand-in</span>;

describe('lazyPart', () => {
  test('When its code is not there yet, then the stand-in shows until it comes', async () => {
    const { Part, arrive } = deferredPart();
    render(<Suspense fallback={standIn}>{<Part label="Clicks" />}</Suspense>);

    expect(screen.getByText('stand-in')).toBeTruthy();
    await arrive();
    expect(screen.getByRole('button').textContent).toBe('Clicks 0');
  });

  test('When its code was fetched early, then the part renders at once, without its stand-in', async () => {
    const { Part, arrive } = deferredPart();
    const loading = Part.load();
    await arrive();
    await loading;

    render(<Suspense fallback={standIn}>{<Part label="Clicks" />}</Suspense>);

    expect(screen.queryByText('stand-in')).toBeNull();
    expect(screen.getByRole('button').textContent).toBe('Clicks 0');
  });

  test('When the page renders again after the code came, then the part keeps its state', async () => {
    const { Part, arrive } = deferredPart();
    const { rerender } = render(<Suspense fallback={standIn}>{<Part label="Clicks" />}</Suspense>);
    await arrive();
    act(() => screen.getByRole('button').click());

    rerender(<Suspense fallback={standIn}>{<Part label="Taps" />}</Suspense>);

    expect(screen.getByRole('button').textContent).toBe('Taps 1');
  });

  test('When fetching its code fails, then the next load tries again', async () => {
    let calls = 0;
    const Part = lazyPart<{ label: string }>(() =>
      ++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ default: Counter }),
    );

    await expect(Part.load()).rejects.toThrow('offline');
    await expect(Part.load()).resolves.toEqual({ default: Counter });
    expect(calls).toBe(2);
  });
});
