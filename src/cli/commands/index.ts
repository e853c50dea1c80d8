import type { Command } from '../command.js';
import { changesetCommand } from './changeset.js';
import { checkCommand } from './check.js';
import { diffCommand } from './diff.js';
import { exportCommand } from './export.js';
import { lintCommand } from './lint.js';
import { listCommand } from './list.js';
import { parityCommand } from './parity.js';
import { recordCommand } from './record.js';
import { renderCommand } from './render.js';
import { showCommand } from './show.js';
import { verifyCommand } from './verify.js';

/** Every sub-command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [listCommand, showCommand, renderCommand, diffCommand, exportCommand, checkCommand, verifyCommand, recordCommand, parityCommand, lintCommand, changesetCommand];
