import { z } from 'astro/zod';
import { isValidVersion, PLAIN_VERSION } from '../core/versions.ts';

/**
 * Building blocks shared by every record schema. They live together because each is a
 * single constrained scalar, not a record: splitting them would scatter one idea.
 */

/** A stable, URL-safe identifier: lower-case words joined by hyphens (it becomes a page slug). */
export const IdSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. "api-manager"');

const VERSION_MESSAGE = 'is not a version of the form MAJOR.MINOR.PATCH, e.g. "4.9.0"';

/**
 * A release number compared as a version, never as text: "1.10.0" sorts after "1.9.1". The
 * pattern is what the published JSON Schema can carry; the refinement is the full check.
 */
export const VersionSchema = z
	.string()
	.regex(PLAIN_VERSION, { message: VERSION_MESSAGE, abort: true })
	.refine(isValidVersion, VERSION_MESSAGE);

/** The ids of the source records that back a fact; at least one, so no fact floats free. */
export const SourceRefsSchema = z.array(IdSchema).min(1, 'needs at least one source');

/**
 * How a fact is known. Only two grades exist on purpose: unconfirmed claims from the fact
 * sheet are never published, so the schema cannot express them.
 */
export const EvidenceSchema = z.enum(['stated', 'derived']);

/** A TCP/UDP port number in the usable range. */
export const PortNumberSchema = z
	.number()
	.int('must be a whole number')
	.min(1, 'must be between 1 and 65535')
	.max(65535, 'must be between 1 and 65535');

/** A calendar date written as YYYY-MM-DD. */
export const IsoDateSchema = z.iso.date('must be a date written as YYYY-MM-DD');

export type Evidence = z.output<typeof EvidenceSchema>;
