declare module 'docx-templates/lib/browser.js' {
  import type { CreateReport } from '../templates-engine/outputs/docx-render.ts';
  export const createReport: CreateReport;
}
