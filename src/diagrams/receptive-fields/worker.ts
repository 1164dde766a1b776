/** The training thread: the same runner and course as the main-thread fallback. */
import { createRunner, type Command, type Progress } from '../../ui/training/runner';
import { digitsCourse, type RunConfig, type RunSnapshot } from './course';

const scope = self as unknown as {
  postMessage: (message: Progress<RunSnapshot>) => void;
  onmessage: ((event: MessageEvent<Command<RunConfig>>) => void) | null;
};
const runner = createRunner(digitsCourse, (progress) => scope.postMessage(progress));
scope.onmessage = (event) => runner.handle(event.data);
