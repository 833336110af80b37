// Names downloads after the MVP, the template and the date: "Kernow MNVP - Chair role description - 2026-04-01.docx".

const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/gu;

export function cleanForFileName(text: string): string {
  return text
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .trim();
}

export function downloadName(options: { mvpName: string; label: string; date: string; extension: string }): string {
  const name = [...cleanForFileName(options.mvpName)].slice(0, 60).join('').trim();
  const parts = [name, cleanForFileName(options.label), options.date].filter(Boolean);
  return `${parts.join(' - ')}.${options.extension}`;
}
