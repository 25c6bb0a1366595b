/**
 * Preloaded into the built CLI (`node --import` via NODE_OPTIONS) by the
 * full-disk tests: makes the file system misbehave the way a nearly full or
 * failing disk does, without root or a real small file system.
 *
 * ATVSLD_TEST_SHORT_WRITES=1   every write to an open file writes at most
 *                              half of what it is given (and ≤ 4,096 bytes):
 *                              a legal short write, to be continued by the caller.
 * ATVSLD_TEST_DISK_BYTES=N     after N bytes written through file handles
 *                              (fs/promises: the atomic writes, stored copies), every
 *                              further such write fails with ATVSLD_TEST_DISK_ERROR
 *                              (default ENOSPC; EIO and EDQUOT also make sense).
 * ATVSLD_TEST_SYNC_DISK_BYTES=N  the same for fs.writeSync (the spill file).
 *
 * Only writes through FileHandle (fs/promises) and fs.writeSync are touched:
 * reading, and the small files written with fs.writeFile (the lock), behave normally.
 */
import fs from 'node:fs';
import { open } from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';

const short = process.env.ATVSLD_TEST_SHORT_WRITES === '1';
const limit = (name) => (process.env[name] === undefined ? Infinity : Number(process.env[name]));
const errorCode = process.env.ATVSLD_TEST_DISK_ERROR ?? 'ENOSPC';
const handles = { budget: limit('ATVSLD_TEST_DISK_BYTES'), written: 0 };
const sync = { budget: limit('ATVSLD_TEST_SYNC_DISK_BYTES'), written: 0 };

function failure(syscall) {
  const messages = { ENOSPC: 'no space left on device', EIO: 'i/o error', EDQUOT: 'disk quota exceeded' };
  return Object.assign(new Error(`${errorCode}: ${messages[errorCode] ?? 'failure'}, ${syscall}`), { code: errorCode, syscall, errno: -28 });
}

/** How many of `length` bytes this write may take: 0 means the disk is full. */
function allowed(disk, length) {
  if (length === 0) return 0;
  let n = short ? Math.max(1, Math.min(4096, Math.floor(length / 2))) : length;
  n = Math.max(0, Math.min(n, disk.budget - disk.written));
  disk.written += n;
  return n;
}

const probe = await open(process.platform === 'win32' ? 'NUL' : '/dev/null', 'r');
const FileHandle = Object.getPrototypeOf(probe);
await probe.close();
const originalWrite = FileHandle.write;
FileHandle.write = async function write(buffer, offsetOrOptions, length, position) {
  if (typeof buffer === 'string' || !ArrayBuffer.isView(buffer) || typeof offsetOrOptions !== 'number') {
    return originalWrite.call(this, buffer, offsetOrOptions, length, position);
  }
  const wanted = length ?? buffer.byteLength - offsetOrOptions;
  const n = allowed(handles, wanted);
  if (n === 0 && wanted > 0) throw failure('write');
  return originalWrite.call(this, buffer, offsetOrOptions, n, position);
};
const originalWritev = FileHandle.writev;
FileHandle.writev = async function writev(buffers, position) {
  // Like a real short writev: only the first buffer (or part of it) is written.
  const first = buffers.find((b) => b.byteLength > 0);
  if (!first) return originalWritev.call(this, buffers, position);
  const n = allowed(handles, first.byteLength);
  if (n === 0) throw failure('writev');
  const { bytesWritten } = await originalWrite.call(this, first, 0, n, position);
  return { bytesWritten, buffers };
};

const originalWriteSync = fs.writeSync;
fs.writeSync = function writeSync(fd, buffer, offset, length, position) {
  if (!ArrayBuffer.isView(buffer) || typeof offset !== 'number') return originalWriteSync.apply(this, arguments);
  const wanted = length ?? buffer.byteLength - offset;
  const n = allowed(sync, wanted);
  if (n === 0 && wanted > 0) throw failure('write');
  return originalWriteSync.call(this, fd, buffer, offset, n, position);
};
syncBuiltinESMExports();
