import { options } from 'preact';

// React runs the effects of a click or a key press before the browser paints; Preact waits for the next frame. Fluent
// relies on React's timing: its Menu moves the focus to the first item in an effect, so on Preact a key pressed as
// the menu appears went to the button that opened it and closed the menu again. Effects run at the end of the task
// that rendered them, as React's do.
options.requestAnimationFrame = queueMicrotask;

export { createRoot, hydrateRoot } from 'preact/compat/client';
