/**
 * Commands beyond `init` and `plan`, one register function each. Add a line
 * here when a command file is added.
 */
import type { Command } from 'commander';
import type { CommandContext } from '../command-context.js';
import { registerTemplate } from './template.js';

export type RegisterCommand = (program: Command, ctx: CommandContext) => void;

export const COMMANDS: RegisterCommand[] = [
  registerTemplate,
];
