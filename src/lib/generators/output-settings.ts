import type { ParamSpecs } from '../shared/url-params.ts';

/**
 * The settings form of a machine-output page, as data: which fields an output takes, their
 * defaults, and the URL parameter each one is kept in. The page renders these fields and the
 * browser script reads and writes them through the same definitions, so the markup, the query
 * string and the generators agree on one name per setting.
 */

/** The reader's settings as the form and the query string hold them: parameter name to raw text. */
export type SettingValues = Readonly<Record<string, string>>;

export interface SettingOption {
	value: string;
	label: string;
}

export interface SettingField {
	/** The URL parameter and the form control's name, e.g. "cert" or "host-manager". */
	param: string;
	label: string;
	/** A choice among options, or text the generator validates. */
	control: 'select' | 'text';
	/** For a select: every allowed value. */
	options?: readonly SettingOption[];
	/** What the page's highlighted output was generated with. */
	defaultValue: string;
	/** One line under the field: what it changes, or the format expected. */
	hint?: string;
}

/** A setting the generator refused, under the parameter it came from. */
export interface ParamProblem {
	param: string;
	message: string;
}

export type OutputResult = { ok: true; text: string } | { ok: false; problems: ParamProblem[] };

/** Text settings are checked in full by the generators; the query string only caps their length. */
const TEXT_LIMIT = 1024;

/** How the query string is read for these fields: choices must be an option, text is length-capped. */
export function paramSpecsOf(fields: readonly SettingField[]): ParamSpecs {
	return Object.fromEntries(
		fields.map((field) => [
			field.param,
			field.control === 'select'
				? { kind: 'choice' as const, allowed: (field.options ?? []).map((option) => option.value) }
				: { kind: 'text' as const, maxLength: TEXT_LIMIT },
		]),
	);
}

/** The value of each field: the reader's where given, else the default. */
export function withDefaults(fields: readonly SettingField[], values: SettingValues): Record<string, string> {
	return Object.fromEntries(fields.map((field) => [field.param, values[field.param] ?? field.defaultValue]));
}

/** Only the values that differ from their defaults: what a shareable address needs to carry. */
export function changedValues(fields: readonly SettingField[], values: SettingValues): Record<string, string> {
	return Object.fromEntries(
		fields
			.filter((field) => values[field.param] !== undefined && values[field.param] !== field.defaultValue)
			.map((field) => [field.param, values[field.param] ?? '']),
	);
}

/** Renames a generator's problem fields to the parameters the reader typed them in. */
export function problemsAt(
	errors: readonly { field: string; message: string }[],
	paramOf: (field: string) => string,
): ParamProblem[] {
	return errors.map((error) => ({ param: paramOf(error.field), message: error.message }));
}

/** Ids of a field's control, hint and error line, shared by the markup and the script. */
export const SETTING_CONTROL_PREFIX = 'setting-';
export const settingHintId = (param: string) => `${SETTING_CONTROL_PREFIX}${param}-hint`;
export const settingErrorId = (param: string) => `${SETTING_CONTROL_PREFIX}${param}-error`;

/** A problem as a sentence: some generators name the field in the message, others give only the fault. */
export function problemSentence(label: string, message: string): string {
	const sentence = /^[a-z]/.test(message) ? `${label} ${message}` : message;
	return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
