import { z } from 'astro/zod';
import { EvidenceSchema, IdSchema, PortNumberSchema, SourceRefsSchema, VersionSchema } from './primitives.ts';

/**
 * Which traffic a session-affinity fact is about: requests to some node roles, to some ports,
 * or to both at once. Ports are the product's defaults (no port offset), as WSO2's guides give them.
 */
const AffinityTrafficSchema = z
	.object({
		/** The traffic in the site's own words, e.g. "Publisher and Store on the HTTPS servlet port". */
		description: z.string().min(1),
		/** Node role ids the traffic goes to (e.g. "worker"); omitted when the sources name ports only. */
		roles: z.array(IdSchema).min(1).optional(),
		/** Default ports the traffic goes to (e.g. 8243); omitted when the sources name roles only. */
		ports: z.array(PortNumberSchema).min(1).optional(),
	})
	.strict()
	.refine((traffic) => traffic.roles !== undefined || traffic.ports !== undefined, {
		message: 'name the roles, the ports, or both, that the traffic goes to',
	});

/**
 * The name of a session cookie. Only letters, digits, "_" and "-": it is written into load
 * balancer configuration (nginx's $cookie_NAME, HAProxy's cookie rules), where anything else
 * would need quoting.
 */
const CookieNameSchema = z
	.string()
	.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a cookie name of letters, digits, "_" and "-", e.g. "JSESSIONID"');

/**
 * Whether a load balancer must keep a client on one node (sticky sessions, session affinity)
 * for some traffic of a product, or must not. Generators apply these facts only; traffic no
 * fact covers gets no affinity, since affinity is not a safe default (it unbalances the nodes).
 */
export const SessionAffinitySchema = z
	.object({
		/** Stable id, e.g. "api-manager-console-sticky". */
		id: IdSchema,
		/** The product the fact is about (a product id). */
		product: IdSchema,
		/** The product versions a source states it for; omitted when the sources name no version of the product. */
		versions: z.array(VersionSchema).min(1).optional(),
		/** The first product version it holds from, when a source says so; not together with `versions`. */
		fromVersion: VersionSchema.optional(),
		/** The traffic the fact is about. */
		traffic: AffinityTrafficSchema,
		/** "sticky": requests of one session must reach the same node; "not-sticky": they must not be pinned. */
		affinity: z.enum(['sticky', 'not-sticky']),
		/** The session cookie the sources follow for sticky traffic, e.g. "JSESSIONID"; only for sticky facts. */
		cookie: CookieNameSchema.optional(),
		/** The statement, in the site's own words (plain text). */
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
	})
	.refine((fact) => fact.versions === undefined || fact.fromVersion === undefined, {
		message: 'give the versions or the first version, not both',
		path: ['fromVersion'],
	})
	.refine((fact) => (fact.affinity === 'sticky') === (fact.cookie !== undefined), {
		message: 'a sticky fact names its session cookie, and only a sticky fact does',
		path: ['cookie'],
	});

export type SessionAffinityInput = z.input<typeof SessionAffinitySchema>;
export type SessionAffinity = z.output<typeof SessionAffinitySchema>;
