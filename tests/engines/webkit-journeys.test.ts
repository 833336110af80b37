// The journeys in Safari's engine (WebKitGTK's MiniBrowser through WebKitWebDriver). Run alone: npm run test:webkit
import { engineJourneys } from '../support/engines/journeys.ts';
import { startWebkit } from '../support/engines/webkit.ts';

const port = Number(process.env.ENGINE_TEST_PORT ?? 4350);
engineJourneys('webkit', (origin) => startWebkit(port + 2, origin), port);
