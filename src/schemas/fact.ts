import { z } from 'astro/zod';
import { EvidenceSchema, IdSchema, SourceRefsSchema } from './primitives.ts';

/** A single statement about a product or pattern, with how it is known and where from. */
export const FactSchema = z
	.object({
		/** Stable id, unique within its record, so pages and checklists can link to it. */
		id: IdSchema,
		/** The statement, in the site's own words (Markdown-free plain text). */
		text: z.string().min(1),
		/** "stated" when a source says it outright; "derived" when reasoned from sources. */
		evidence: EvidenceSchema,
		/** For derived facts: the reasoning, so a reader can check it. */
		derivation: z.string().min(1).optional(),
		/** The sources that back it. */
		sources: SourceRefsSchema,
	})
	.strict()
	.refine((fact) => fact.evidence !== 'derived' || fact.derivation !== undefined, {
		message: 'a derived fact must say how it was derived',
		path: ['derivation'],
	});

export type Fact = z.output<typeof FactSchema>;
