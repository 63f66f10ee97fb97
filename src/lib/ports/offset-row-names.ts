/**
 * The names of one row of the port-offset calculator's form: its control ids and the labels a
 * reader (and a screen reader) meets. The server writes the shipped rows with them and the
 * script writes every row it adds or renumbers with them, so a row reads the same whoever drew it.
 */
export interface OffsetRowNames {
	profileId: string;
	offsetId: string;
	errorId: string;
	profileLabel: string;
	offsetLabel: string;
	suggestLabel: string;
	removeLabel: string;
}

/** The names of the row at `position`, counted from 1 as the labels count servers. */
export function offsetRowNames(position: number): OffsetRowNames {
	return {
		profileId: `offset-server-${position}-profile`,
		offsetId: `offset-server-${position}-offset`,
		errorId: `offset-error-${position}`,
		profileLabel: `Server ${position}: profile`,
		offsetLabel: `Server ${position}: offset`,
		suggestLabel: `Suggest a free offset for server ${position}`,
		removeLabel: `Remove server ${position}`,
	};
}
