/**
 * Commands beyond `init` and `plan`, one register function each. Add a line
 * here when a command file is added.
 */
import type { Command } from 'commander';
import type { CommandContext } from '../command-context.js';
import { registerTemplate } from './template.js';
import { registerReceive } from './receive.js';
import { registerStatus } from './status.js';
import { registerConsolidate } from './consolidate.js';
import { registerReport } from './report.js';
import { registerValidate } from './validate.js';
import { registerHistory } from './history.js';

export type RegisterCommand = (program: Command, ctx: CommandContext) => void;

export const COMMANDS: RegisterCommand[] = [
  registerTemplate,
  registerReceive,
  registerStatus,
  registerConsolidate,
  registerReport,
  registerValidate,
  registerHistory,
];
