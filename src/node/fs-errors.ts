/** Reasons for failed file-system calls, in the words a user reads in a one-line message. */

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'it is a directory, expected a file',
  ENOTDIR: 'a part of the path is a file, expected a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'the file system is read-only',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
  EFBIG: 'the file is too large',
  EIO: 'input/output error',
  EXDEV: 'the temporary file and the target are on different devices',
  EBUSY: 'the file is busy',
};

/**
 * Why a file-system call failed, in words: `'no such file or directory'`, `'permission denied'`.
 *
 * @param error - What the call threw.
 * @returns The reason, with the error code for codes not known here.
 */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined && REASONS[code] !== undefined) return REASONS[code];
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!;
}
