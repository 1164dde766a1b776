/** Run before each browser test file: its connection to the shared Chromium closes when the file ends. */
import { afterAll } from 'vitest';
import { disconnect } from './harness';

afterAll(disconnect);
