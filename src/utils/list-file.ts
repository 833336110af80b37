// The lists kept in one YAML file each (content/resources.yaml, content/safety-action-7.yaml,
// content/progress/checkpoints.yaml) hold one named list, as the content editor writes them: `resources:` and then
// the entries. This reads the list out of such a file.
import { load } from 'js-yaml';

export function listInFile(text: string, key: string, file: string): unknown[] {
  const data = load(text) as Record<string, unknown> | null;
  const list = data?.[key];
  if (!Array.isArray(list)) throw new Error(`${file}: expected one list named "${key}:" holding the entries`);
  return list;
}
