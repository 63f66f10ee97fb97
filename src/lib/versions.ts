import semverCompare from 'semver/functions/compare.js';
import semverMajor from 'semver/functions/major.js';
import semverValid from 'semver/functions/valid.js';

/**
 * Version strings as versions. WSO2 numbers its releases MAJOR.MINOR.PATCH, which is exactly
 * the shape semver parses, so ordering is delegated to it; text order would put 1.10.0
 * before 1.9.1. The extra pattern rejects what semver would quietly accept ("v1.2.3",
 * " 1.2.3", pre-release tags) because none of them occurs in the data and each would
 * print differently from how it compares.
 */
export const PLAIN_VERSION = /^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)$/;

/** True when `value` is a plain MAJOR.MINOR.PATCH version such as "4.9.0". */
export function isValidVersion(value: string): boolean {
	return PLAIN_VERSION.test(value) && semverValid(value) !== null;
}

/** Orders two versions: negative when `a` is older, positive when newer, 0 when equal. */
export function compareVersions(a: string, b: string): number {
	return semverCompare(a, b);
}

/** A new array with the versions newest first. */
export function newestFirst(versions: readonly string[]): string[] {
	return [...versions].sort((a, b) => compareVersions(b, a));
}

/** A new array with the versions oldest first. */
export function oldestFirst(versions: readonly string[]): string[] {
	return [...versions].sort(compareVersions);
}

/** The major number of a version: 4 for "4.9.0". */
export function majorOf(version: string): number {
	return semverMajor(version);
}

const VERSION_LINE = /^(?:0|[1-9]\d*)(?:\.(?:0|[1-9]\d*)){0,2}$/;

/** True when `value` names a version or a version line: "4", "4.9" or "4.9.0". */
export function isVersionLine(value: string): boolean {
	return VERSION_LINE.test(value);
}

/**
 * True when `version` belongs to the line `line`, comparing numbers, not text: "4.1" holds
 * 4.1.0 and 4.1.5 but not 4.10.0, which a text prefix would wrongly include.
 */
export function inVersionLine(version: string, line: string): boolean {
	if (!isValidVersion(version) || !isVersionLine(line)) return false;
	const parts = version.split('.').map(Number);
	return line
		.split('.')
		.map(Number)
		.every((part, index) => parts[index] === part);
}
