import type { Command } from '../command.js';
import { exportCommand } from './export.js';
import { listCommand } from './list.js';
import { renderCommand } from './render.js';
import { showCommand } from './show.js';

/** Every sub-command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [listCommand, showCommand, renderCommand, exportCommand];
