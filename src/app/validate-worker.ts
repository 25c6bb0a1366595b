/**
 * One worker thread of the validation pool (validate-pool.ts): a path in
 * (and the bytes of a name that is not valid UTF-8),
 * its CheckedFile out. Given a spill file, the result goes there,
 * serialized, and only its place is sent back (validate-files.ts).
 */
import { serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { SpillFile } from '../io/spill/spill-file.js';
import { checkFileSafely } from './validate-files.js';
import type { WorkerData } from './validate-pool.js';

const { spill: handle, ...options } = workerData as WorkerData;
const spill = handle && SpillFile.attach(handle);

parentPort?.on('message', ({ id, path, raw }: { id: number; path: string; raw?: Uint8Array }) => {
  void checkFileSafely(path, options, raw).then((result) => {
    parentPort?.postMessage(spill ? { id, result: spill.put(serialize(result)) } : { id, result });
  });
});
