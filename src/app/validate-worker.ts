/** One worker thread of the validation pool (validate-pool.ts): a path in, its CheckedFile out. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFileSafely, type ValidateFilesOptions } from './validate-files.js';

const options = workerData as ValidateFilesOptions;

parentPort?.on('message', ({ id, path }: { id: number; path: string }) => {
  void checkFileSafely(path, options).then((result) => parentPort?.postMessage({ id, result }));
});
