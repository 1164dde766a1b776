/**
 * The training thread: the same runner (and so the same core) as the
 * main-thread fallback, so scrolling never waits for an epoch.
 */
import { createRunner, type Command, type Progress } from './runner';

const scope = self as unknown as { postMessage: (message: Progress) => void; onmessage: ((event: MessageEvent<Command>) => void) | null };
const runner = createRunner((progress) => scope.postMessage(progress));
scope.onmessage = (event) => runner.handle(event.data);
