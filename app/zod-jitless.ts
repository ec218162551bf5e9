/**
 * Zod defines its object schemas by first probing `new Function("")` to see whether it may compile
 * fast parsers. Under the app's CSP that probe is blocked and reported as a violation, so switch
 * the compiler off. Imported first by every module of the app that defines schemas (model/contract.ts,
 * state/bound-schemas.ts, state/snapshot-schema.ts, state/snapshot-link.ts): the probe runs when a
 * schema is defined, not parsed. None of them is loaded at start-up.
 */
import { config } from 'zod';

config({ jitless: true });
