import { createEventHub } from './event-hub';

interface TestEvents {
  logged: { no: number };
  other: { name: string };
}

describe('createEventHub', () => {
  test('When an event is emitted, then its reactions run one after the other in the order they were added, before emit resolves', async () => {
    const hub = createEventHub<TestEvents>();
    const seen: string[] = [];
    hub.on('logged', async ({ no }) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      seen.push(`first ${no}`);
    });
    hub.on('logged', ({ no }) => void seen.push(`second ${no}`));
    hub.on('other', () => void seen.push('other'));

    await hub.emit('logged', { no: 7 });

    expect(seen).toEqual(['first 7', 'second 7']);
  });

  test('When nobody reacts to an event, then emitting it does nothing', async () => {
    const hub = createEventHub<TestEvents>();

    await expect(hub.emit('other', { name: 'x' })).resolves.toBeUndefined();
  });

  test('When a reaction throws, then the later reactions do not run and the error reaches the emitter', async () => {
    const hub = createEventHub<TestEvents>();
    const later = jest.fn();
    hub.on('logged', () => {
      throw new Error('broken');
    });
    hub.on('logged', later);

    await expect(hub.emit('logged', { no: 1 })).rejects.toThrow('broken');
    expect(later).not.toHaveBeenCalled();
  });
});
