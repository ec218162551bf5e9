/**
 * Zod defines its object schemas by first probing `new Function("")` to see whether it may compile
 * fast parsers. Under the app's CSP that probe is blocked and reported as a violation, so switch
 * the compiler off. Imported first in main.tsx: the probe runs when a schema is defined, not parsed.
 */
import { config } from 'zod';

config({ jitless: true });
