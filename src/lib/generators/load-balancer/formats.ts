import { haproxyAssumptions, haproxyConfig, haproxyStickyCookieNote } from './haproxy.ts';
import type { LbInput } from './lb-input.ts';
import type { LbResult } from './lb-settings.ts';
import { nginxAssumptions, nginxConfig, nginxStickyCookieNote } from './nginx.ts';

/** One output format of the load balancer generator, with what a page needs to present it (cf. FirewallFormat). */
export interface LoadBalancerFormat {
	/** Stable id, used in anchors and URL state. */
	id: 'nginx' | 'haproxy';
	/** Display name. */
	label: string;
	/** Highlighting language for the code block (Shiki has nginx, and no haproxy: ini reads close enough). */
	lang: 'nginx' | 'ini';
	/** A file name that suits the output, shown as the code block's title. */
	fileName: (input: LbInput) => string;
	/** How to check the text with the tool itself before using it. */
	check: string;
	/** The configuration, or per-field errors and no text when a setting is unsafe or wrong. */
	generate: (input: LbInput) => LbResult;
	/** What the output takes for granted, for the note beside it. */
	assumptions: readonly string[];
	/** One sentence on what NGINX Plus's sticky cookie would do instead of this format's affinity. */
	stickyCookieNote: string;
}

export const loadBalancerFormats: readonly LoadBalancerFormat[] = [
	{
		id: 'nginx',
		label: 'NGINX (open source)',
		lang: 'nginx',
		fileName: (input) => `wso2-${input.plan.role.id}.conf`,
		check: 'nginx -t (with the file in /etc/nginx/conf.d/; nginx -t -c FILE checks a whole nginx.conf)',
		generate: nginxConfig,
		assumptions: nginxAssumptions,
		stickyCookieNote: nginxStickyCookieNote,
	},
	{
		id: 'haproxy',
		label: 'HAProxy',
		lang: 'ini',
		fileName: () => 'haproxy.cfg',
		check: 'haproxy -c -f FILE',
		generate: haproxyConfig,
		assumptions: haproxyAssumptions,
		stickyCookieNote: haproxyStickyCookieNote,
	},
];
