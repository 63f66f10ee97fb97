import { fileText } from '../../ports/firewall/emitter.ts';
import { prepareLbConfig, type LbConfig, type LbInput } from './lb-input.ts';
import type { LbSite, LbUpstream } from './lb-model.ts';
import type { LbResult } from './lb-settings.ts';
import { configName, headerLines, upstreamComments } from './lb-text.ts';

/**
 * HAProxy as the cluster's load balancer: a whole haproxy.cfg. One frontend takes HTTPS (and
 * plain HTTP, redirected unless the reader keeps it) and picks a backend by host name; each
 * backend is one role's machines on one port. Sticky traffic gets a cookie HAProxy inserts
 * itself, naming the server, which works in the open-source HAProxy.
 */

const comment = (line: string) => `# ${line}`;
const backendName = (upstream: LbUpstream) => `be_${configName(upstream.id)}`;
const hostAcl = (site: LbSite) => `host_${configName(site.id)}`;

function backend(config: LbConfig, upstream: LbUpstream): string[] {
	const affinity = config.affinity.get(upstream.id);
	const sticky = affinity?.kind === 'sticky';
	// A Secure cookie is never sent over plain HTTP, so it is marked Secure only when HTTP is redirected.
	const secure = config.settings.redirectHttp ? ' secure' : '';
	const tls = upstream.scheme === 'https' ? ' ssl verify none' : '';
	const webSocket = config.model.sites.some(
		(site) => config.settings.webSocketSites.includes(site.id) && (site.https === upstream || site.http === upstream),
	);
	return [
		...upstreamComments(config, upstream).map(comment),
		`backend ${backendName(upstream)}`,
		'\tbalance roundrobin',
		...(sticky ? [`\tcookie SERVERID insert indirect nocache httponly${secure}`] : []),
		...(webSocket ? ['\t# WebSocket connections stay open up to an hour once upgraded.', '\ttimeout tunnel 1h'] : []),
		...upstream.servers.map(
			(server) =>
				`\tserver ${server.name} ${server.address}:${server.port}${tls} check${sticky ? ` cookie ${server.name}` : ''}`,
		),
	];
}

function frontend(config: LbConfig): string[] {
	const { model, settings } = config;
	const { http, https } = model.listen;
	const hosts = model.sites.map((site) => ({ site, host: settings.hosts.get(site.id) ?? '' }));
	const privateSites = model.sites.filter((site) => settings.privateRoles.includes(site.roleId));
	const routes = model.sites.flatMap((site) => {
		const tlsUpstream = site.https ?? site.http;
		const plainUpstream = site.http ?? site.https;
		return [
			...(tlsUpstream === undefined
				? []
				: [`\tuse_backend ${backendName(tlsUpstream)} if ${hostAcl(site)} { ssl_fc }`]),
			...(http !== undefined && !settings.redirectHttp && plainUpstream !== undefined
				? [`\tuse_backend ${backendName(plainUpstream)} if ${hostAcl(site)} !{ ssl_fc }`]
				: []),
		];
	});
	return [
		'frontend wso2_cluster',
		`\tbind :${https} ssl crt ${settings.certificatePath}`,
		...(http === undefined ? [] : [`\tbind :${http}`]),
		...(http !== undefined && settings.redirectHttp
			? ['\thttp-request redirect scheme https code 301 unless { ssl_fc }']
			: []),
		'\t# The headers a WSO2 node needs behind a proxy to build its own links and see the client.',
		'\toption forwardfor',
		'\thttp-request set-header X-Forwarded-Proto https if { ssl_fc }',
		'\thttp-request set-header X-Forwarded-Proto http unless { ssl_fc }',
		'\thttp-request set-header X-Forwarded-Host %[req.hdr(host)]',
		'\thttp-request set-header X-Forwarded-Port %[dst_port]',
		'\t# Each site only under its own host name (the port, if any, is left out of the match).',
		...hosts.map(({ site, host }) => `\tacl ${hostAcl(site)} req.hdr(host),field(1,:) -i ${host}`),
		...(privateSites.length > 0
			? [
					'\t# Private roles: only the internal networks may reach them.',
					`\tacl from_internal src ${settings.internalNetworks.join(' ')}`,
					...privateSites.map((site) => `\thttp-request deny deny_status 403 if ${hostAcl(site)} !from_internal`),
				]
			: []),
		'\t# Any other host name is refused, so no site is reached by accident or by address.',
		`\thttp-request deny deny_status 404 unless ${hosts.map(({ site }) => hostAcl(site)).join(' || ')}`,
		...routes,
	];
}

function render(config: LbConfig): string {
	const blocks: string[][] = [
		[
			...headerLines(config, 'HAProxy load balancer configuration').map(comment),
			comment('Check it with haproxy -c -f this-file, then install it as /etc/haproxy/haproxy.cfg.'),
		],
		['global', '\tlog /dev/log local0', '\tssl-default-bind-options ssl-min-ver TLSv1.2'],
		[
			'defaults',
			'\tmode http',
			'\tlog global',
			'\toption httplog',
			'\ttimeout connect 5s',
			// WSO2's own examples allow five minutes for slow back-end calls.
			'\ttimeout client 5m',
			'\ttimeout server 5m',
		],
		frontend(config),
		...config.model.upstreams.map((upstream) => backend(config, upstream)),
	];
	return fileText([blocks.map((block) => block.join('\n')).join('\n\n')]);
}

/** The HAProxy configuration, or the settings' errors and no text. */
export function haproxyConfig(input: LbInput): LbResult {
	const prepared = prepareLbConfig(input);
	return prepared.ok ? { ok: true, text: render(prepared.config) } : prepared;
}

export const haproxyAssumptions = [
	'HAProxy 2.2 or later. The certificate path is one PEM file holding the chain and the private key; HAProxy also finds the key in a file of the same name ending in .key.',
	'Backends are reached over HTTPS without checking their certificates (verify none); give a ca-file with the nodes’ CA and verify required to check them.',
	'Sticky traffic gets a SERVERID cookie that HAProxy inserts and reads itself, naming the node; the nodes’ own JSESSIONID is left alone.',
	'IPv4 and IPv6 on the bind addresses as the system gives them; no chroot, user or stats socket, which a production file usually adds.',
	'The nodes must also be told they sit behind a proxy (proxyPort in catalina-server.xml, the host names in carbon.xml); this file does not change them.',
] as const;

export const haproxyStickyCookieNote =
	'NGINX Plus’s sticky cookie does what this file does with HAProxy’s cookie SERVERID insert: the load balancer sets a cookie of its own naming the node, rather than following the nodes’ JSESSIONID.';
