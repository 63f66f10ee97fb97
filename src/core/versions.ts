import { compareVersions as compareNumerically } from 'compare-versions';

/**
 * Version strings as versions. WSO2 numbers its releases MAJOR.MINOR.PATCH; ordering is
 * delegated to compare-versions, which compares each part as a number (text order would put
 * 1.10.0 before 1.9.1). It replaced `semver` because this module also runs in the browser
 * (matrix filter, generator, URL checks), where semver's CommonJS regex tables cost about
 * 4 KB gzip on every tool page; compare-versions is an ES module of well under 1 KB.
 * The pattern below rejects what a lenient parser would quietly accept ("v1.2.3", " 1.2.3",
 * pre-release tags, leading zeros) because none of them occurs in the data and each would
 * print differently from how it compares.
 */
export const PLAIN_VERSION = /^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)$/;

/**
 * True when `value` is a plain MAJOR.MINOR.PATCH version such as "4.9.0". Parts beyond the
 * safe integer range are refused too: they could not be compared exactly.
 */
export function isValidVersion(value: string): boolean {
	return PLAIN_VERSION.test(value) && value.split('.').every((part) => Number.isSafeInteger(Number(part)));
}

/** Orders two versions: negative when `a` is older, positive when newer, 0 when equal. */
export function compareVersions(a: string, b: string): number {
	return compareNumerically(a, b);
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
	return Number(version.slice(0, version.indexOf('.')));
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
