import { hostProblem } from '../config-generator/network-names.ts';

/**
 * What the deployment generators (Kubernetes manifests, connectivity checks) share: the result
 * they return and the checks on the settings a reader types. A generator checks every setting
 * before writing anything, so a value that could break out of its place in the output (a
 * quote, a semicolon, a brace, a dollar sign, a line break) is refused with the field it came
 * from, and no text is produced at all.
 */

/** One refused setting: the field it was given in (e.g. "hosts.worker") and why. */
export interface SettingProblem {
	field: string;
	message: string;
}

/** The generated text, or every reason it was not generated. */
export type GeneratedText = { ok: true; text: string } | { ok: false; errors: SettingProblem[] };

/** Collects problems while settings are checked; `result` writes the text only when there are none. */
export class SettingChecks {
	readonly errors: SettingProblem[] = [];

	/** Records the problem `check` finds with the value, if any. */
	check(field: string, value: string, check: (value: string) => string | undefined): void {
		const message = check(value);
		if (message !== undefined) this.errors.push({ field, message });
	}

	result(write: () => string): GeneratedText {
		return this.errors.length > 0 ? { ok: false, errors: [...this.errors] } : { ok: true, text: write() };
	}
}

/** Names the characters of a value that no setting may hold, or undefined. */
function hostileCharacters(value: string): string | undefined {
	const found = [...new Set(value.match(/[^A-Za-z0-9._\-/:]/g) ?? [])];
	if (found.length === 0) return undefined;
	const shown = found.map((char) => (/\s/.test(char) ? 'a space or line break' : `"${char}"`));
	return `contains ${shown.join(', ')}, which cannot appear in this setting`;
}

const DNS1123_LABEL = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z](?:[-a-z0-9]*[a-z0-9])?$/;

/** Why a value is not a DNS-1123 label (a namespace, a label value here), or undefined. */
export function dns1123LabelProblem(value: string): string | undefined {
	if (value === '') return 'is empty';
	const hostile = hostileCharacters(value);
	if (hostile !== undefined) return hostile;
	if (value.length > 63) return 'is longer than 63 characters';
	if (!DNS1123_LABEL.test(value))
		return 'must be lower-case letters, digits and inner hyphens (a DNS-1123 label), e.g. "wso2-cluster"';
	return undefined;
}

/** Why a value is not a DNS-1123 subdomain (a host name, a class name), or undefined. */
export function dns1123SubdomainProblem(value: string): string | undefined {
	if (value === '') return 'is empty';
	const hostile = hostileCharacters(value);
	if (hostile !== undefined) return hostile;
	if (value.length > 253) return 'is longer than 253 characters';
	if (!value.split('.').every((label) => DNS1123_LABEL.test(label) && label.length <= 63))
		return 'must be lower-case labels of letters, digits and inner hyphens joined by dots (a DNS-1123 subdomain), e.g. "iot.example.com"';
	return undefined;
}

/** Why a value is not a DNS-1035 label (a Service name), or undefined. */
export function dns1035LabelProblem(value: string): string | undefined {
	if (value === '') return 'is empty';
	if (value.length > 63) return 'is longer than 63 characters';
	return DNS1035_LABEL.test(value)
		? undefined
		: 'must start with a letter, then lower-case letters, digits and inner hyphens (a DNS-1035 label)';
}

/** Why a value is not a Kubernetes label key such as "app.kubernetes.io/component", or undefined. */
export function labelKeyProblem(value: string): string | undefined {
	if (value === '') return 'is empty';
	const hostile = hostileCharacters(value);
	if (hostile !== undefined) return hostile;
	const parts = value.split('/');
	const name = parts.at(-1) ?? '';
	const prefix = parts.length === 2 ? parts[0] : undefined;
	if (parts.length > 2) return 'has more than one "/"';
	if (prefix !== undefined && dns1123SubdomainProblem(prefix) !== undefined)
		return 'must have a DNS-1123 subdomain before the "/", e.g. "app.kubernetes.io"';
	if (name.length > 63 || !/^[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?$/.test(name))
		return 'must end in a name of at most 63 letters, digits, "-", "_" and "." that starts and ends with a letter or digit';
	return undefined;
}

/** Why a value is not a host name or an IP address a script may connect to, or undefined. */
export function hostSettingProblem(value: string): string | undefined {
	if (value === '') return 'is empty: enter a host name or an IP address';
	return hostileCharacters(value) ?? hostProblem(value);
}

/** Why a value is not a cookie name (letters, digits, "_", "-" and "."), or undefined. */
export function cookieNameProblem(value: string): string | undefined {
	if (value === '') return 'is empty';
	const hostile = hostileCharacters(value);
	if (hostile !== undefined) return hostile;
	return /^[A-Za-z0-9_.-]{1,64}$/.test(value) ? undefined : 'must be at most 64 letters, digits, "_", "-" and "."';
}

/** Why a title for the generated text's header is unusable, or undefined. */
export function titleProblem(value: string): string | undefined {
	if (value.trim() === '') return 'is empty';
	if (value.length > 120) return 'is longer than 120 characters';
	const found = [...new Set(value.match(/[^A-Za-z0-9 .,:()/+_-]/g) ?? [])];
	if (found.length === 0) return undefined;
	const shown = found.map((char) => (/\s/.test(char) ? 'a line break or tab' : `"${char}"`));
	return `contains ${shown.join(', ')}; use letters, digits, spaces and . , : ( ) / + _ -`;
}

/** Why a timeout is not a whole number of seconds from 1 to 60, or undefined. */
export function timeoutProblem(value: number): string | undefined {
	return Number.isInteger(value) && value >= 1 && value <= 60
		? undefined
		: 'must be a whole number of seconds from 1 to 60';
}
