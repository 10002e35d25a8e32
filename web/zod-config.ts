// zod settings for the browser: the Content-Security-Policy forbids eval, so parsers must not be compiled with new Function.
import { z } from 'zod';

z.config({ jitless: true });
