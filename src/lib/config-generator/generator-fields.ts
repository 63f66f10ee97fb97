import type { FormValues } from './generator-form.ts';

/**
 * The element ids of the generator's form, written once: ConfigGenerator.astro renders the
 * fields with them and the browser element finds the fields and their messages by them.
 */

/** The form's fields other than the list of members. */
export type SingleField = Exclude<keyof FormValues, 'members'>;

/** A field's control, its error message and its hint (fields without a hint just do not render one). */
export interface FieldIds {
	id: string;
	errorId: string;
	hintId: string;
}

function fieldIds(id: string): FieldIds {
	return { id, errorId: `${id}-error`, hintId: `${id}-hint` };
}

/** The single fields, keyed by the name validateForm reports their errors under. */
export const GENERATOR_FIELDS: Readonly<Record<SingleField, FieldIds>> = {
	product: fieldIds('gen-product'),
	version: fieldIds('gen-version'),
	role: fieldIds('gen-role'),
	scheme: fieldIds('gen-scheme'),
	domain: fieldIds('gen-domain'),
	host: fieldIds('gen-host'),
	port: fieldIds('gen-port'),
	sync: fieldIds('gen-sync'),
	svnUrl: fieldIds('gen-svn-url'),
	svnUser: fieldIds('gen-svn-user'),
	dbUrl: fieldIds('gen-db-url'),
	dbUser: fieldIds('gen-db-user'),
};

/** The names of the single fields, in form order. */
export const SINGLE_FIELDS = Object.keys(GENERATOR_FIELDS) as SingleField[];

/** The fieldset of well-known members as a whole (its hint and its "add at least one" error). */
export const MEMBERS_FIELD = fieldIds('gen-members');

/** The host or port of the nth member row (counted from 1, as the labels count). */
export function memberFieldIds(n: number, part: 'host' | 'port'): FieldIds {
	return fieldIds(`gen-member-${n}-${part}`);
}
