/** The settings file that marks a workspace; its own module so that finding a workspace does not load zod. */
export const WORKSPACE_FILE = 'atvsld.yaml';
