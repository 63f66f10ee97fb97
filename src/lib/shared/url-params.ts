import { HIGHLIGHT_PARAM } from './highlight-param.ts';
import { isValidVersion } from '../../core/versions.ts';

/**
 * Filter state in the query string, shared by every interactive page. Reading is strict:
 * a parameter is accepted only when it names a known filter and its value fits that filter;
 * anything else is returned in `ignored` with the reason, so the page can say what it
 * ignored instead of failing or, worse, echoing the value into markup.
 */
type ParamSpec =
	| { kind: 'choice'; allowed: readonly string[] }
	| { kind: 'text'; maxLength: number }
	| { kind: 'version' }
	| { kind: 'port' }
	| { kind: 'offset' };

export type ParamSpecs = Record<string, ParamSpec>;

export interface IgnoredParam {
	name: string;
	/** The raw value, shortened for display; render it as text, never as HTML. */
	value: string;
	reason: string;
}

interface ReadResult {
	values: Record<string, string>;
	ignored: IgnoredParam[];
}

/** Parameters any page may carry besides its own filters: they are neither read nor reported. */
const SITE_PARAMS: ReadonlySet<string> = new Set([HIGHLIGHT_PARAM]);

const DISPLAY_LIMIT = 40;

/** A raw value shortened so a huge parameter cannot flood the note that mentions it. */
export function displayValue(value: string): string {
	return value.length > DISPLAY_LIMIT ? `${value.slice(0, DISPLAY_LIMIT)}…` : value;
}

function rejectReason(spec: ParamSpec, value: string): string | undefined {
	switch (spec.kind) {
		case 'choice':
			return spec.allowed.includes(value) ? undefined : 'is not one of the available options';
		case 'text':
			return value.length <= spec.maxLength ? undefined : `is longer than ${spec.maxLength} characters`;
		case 'version':
			return isValidVersion(value) ? undefined : 'is not a version such as 4.9.0';
		case 'offset': {
			const offset = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
			return offset >= 0 && offset < 65535 ? undefined : 'is not a port offset from 0 to 65534';
		}
		case 'port': {
			const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
			return port >= 1 && port <= 65535 ? undefined : 'is not a port number from 1 to 65535';
		}
	}
}

/** Reads the known parameters of a query string; unknown names and unfit values are ignored with a reason. */
export function readParams(search: string, specs: ParamSpecs): ReadResult {
	const values: Record<string, string> = {};
	const ignored: IgnoredParam[] = [];
	for (const [name, raw] of new URLSearchParams(search)) {
		const value = raw.trim();
		const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
		if (spec === undefined && SITE_PARAMS.has(name)) continue;
		if (spec === undefined) {
			ignored.push({ name: displayValue(name), value: displayValue(raw), reason: 'is not a filter on this page' });
			continue;
		}
		if (value === '') continue;
		if (Object.hasOwn(values, name)) {
			ignored.push({ name, value: displayValue(raw), reason: 'repeats a filter already given' });
			continue;
		}
		const reason = rejectReason(spec, value);
		if (reason === undefined) values[name] = value;
		else ignored.push({ name, value: displayValue(raw), reason });
	}
	return { values, ignored };
}

/** Writes filter values as a query string (with its "?"), omitting empty ones; "" when none is set. */
export function writeParams(values: Record<string, string | undefined>, specs: ParamSpecs): string {
	const params = new URLSearchParams();
	for (const name of Object.keys(specs)) {
		const value = values[name];
		if (value !== undefined && value !== '') params.set(name, value);
	}
	const query = params.toString();
	return query === '' ? '' : `?${query}`;
}

/** One sentence per ignored parameter, for a visible note. */
export function describeIgnored(ignored: readonly IgnoredParam[]): string[] {
	return ignored.map(({ name, value, reason }) => `Ignored “${name}=${value}”: the value ${reason}.`);
}
