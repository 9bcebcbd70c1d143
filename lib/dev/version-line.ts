// Just enough of semver for deps:check: ordering versions and telling whether a release is in
// the same line as the installed one (what a caret range `^installed` accepts).

type Parsed = { core: [number, number, number]; pre: string[] };

function parse(version: string): Parsed {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+.*)?$/.exec(version);
  if (!match) throw new Error(`not a version: ${version}`);
  return { core: [Number(match[1]), Number(match[2]), Number(match[3])], pre: match[4]?.split(".") ?? [] };
}

function compareIdentifiers(a: string, b: string): number {
  const [numA, numB] = [/^\d+$/.test(a), /^\d+$/.test(b)];
  if (numA && numB) return Number(a) - Number(b);
  if (numA !== numB) return numA ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Negative when a < b, by semver precedence (a prerelease comes before its release). */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [parse(a), parse(b)];
  for (let i = 0; i < 3; i++) if (x.core[i] !== y.core[i]) return x.core[i]! - y.core[i]!;
  if (!x.pre.length || !y.pre.length) return y.pre.length - x.pre.length;
  for (let i = 0; i < Math.min(x.pre.length, y.pre.length); i++) {
    const order = compareIdentifiers(x.pre[i]!, y.pre[i]!);
    if (order) return order;
  }
  return x.pre.length - y.pre.length;
}

/** The line as a caret range sees it: `16.x`, `0.17.x`, or `0.0.1` alone. */
export function lineOf(installed: string): string {
  const [major, minor, patch] = parse(installed).core;
  if (major > 0) return `${major}.x`;
  return minor > 0 ? `0.${minor}.x` : `0.0.${patch}`;
}

/**
 * Whether `candidate` is a release `^installed` accepts: not older, in the same line, and a
 * prerelease only of the very version installed (a canary of the next minor is not an update).
 */
export function inLine(installed: string, candidate: string): boolean {
  const [i, c] = [parse(installed), parse(candidate)];
  if (compareVersions(candidate, installed) < 0) return false;
  if (c.pre.length && c.core.join(".") !== i.core.join(".")) return false;
  const [major, minor, patch] = i.core;
  if (c.core[0] !== major) return false;
  if (major > 0) return true;
  if (c.core[1] !== minor) return false;
  return minor > 0 || c.core[2] === patch;
}

/** Whether `candidate` is a newer patch (or the very version) of the installed major.minor. */
export function samePatchLine(installed: string, candidate: string): boolean {
  const [i, c] = [parse(installed), parse(candidate)];
  return inLine(installed, candidate) && c.core[0] === i.core[0] && c.core[1] === i.core[1];
}
