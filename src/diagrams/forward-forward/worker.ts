/**
 * The training thread: the same runner (and so the same core) as the
 * main-thread fallback, so scrolling never waits for an epoch.
 */
import { createRunner, type Command, type Progress } from '../../ui/training/runner';
import { ffCourse, type Snapshot, type TrainerConfig } from './trainer';

const scope = self as unknown as {
  postMessage: (message: Progress<Snapshot>) => void;
  onmessage: ((event: MessageEvent<Command<TrainerConfig>>) => void) | null;
};
const runner = createRunner(ffCourse, (progress) => scope.postMessage(progress));
scope.onmessage = (event) => runner.handle(event.data);
