// Imported before any schema is made. Zod otherwise compiles fast parsers with new Function, and
// even its check for whether it may do so is reported as a violation of the site's CSP, which forbids eval.
import { z } from 'zod';

z.config({ jitless: true });
