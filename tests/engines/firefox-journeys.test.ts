// The journeys in Firefox ESR (over WebDriver BiDi with puppeteer-core). Run alone: npm run test:firefox
import { engineJourneys } from '../support/engines/journeys.ts';
import { startFirefox } from '../support/engines/firefox.ts';

const port = Number(process.env.ENGINE_TEST_PORT ?? 4350) + 3;
engineJourneys('firefox', startFirefox, port);
