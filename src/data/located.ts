/** A validated record together with the file it came from, so later checks can name it. */
export interface Located<T> {
	file: string;
	record: T;
}
