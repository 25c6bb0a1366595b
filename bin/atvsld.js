#!/usr/bin/env node
// Thin launcher: the real entry point is the compiled CLI (npm run build).
import { main } from '../dist/cli/main.js';

await main();
