/**
 * The names of one row of the port-offset calculator's form: its control ids and the labels a
 * reader (and a screen reader) meets. The server writes the shipped rows with them and the
 * script writes every row it adds or renumbers with them, so a row reads the same whoever drew it.
 */
export interface OffsetRowNames {
	/** How the row's server is called in its labels and messages: "Server 2". */
	server: string;
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
	const server = `Server ${position}`;
	return {
		server,
		profileId: `offset-server-${position}-profile`,
		offsetId: `offset-server-${position}-offset`,
		errorId: `offset-error-${position}`,
		profileLabel: `${server}: profile`,
		offsetLabel: `${server}: offset`,
		suggestLabel: `Suggest a free offset for ${server.toLowerCase()}`,
		removeLabel: `Remove ${server.toLowerCase()}`,
	};
}
