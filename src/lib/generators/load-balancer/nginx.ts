import { fileText } from '../../ports/firewall/emitter.ts';
import { prepareLbConfig, type LbConfig, type LbInput } from './lb-input.ts';
import type { LbSite, LbUpstream } from './lb-model.ts';
import type { LbResult } from './lb-settings.ts';
import { configName, headerLines, upstreamComments } from './lb-text.ts';

/**
 * Open-source NGINX as the cluster's load balancer: a file for /etc/nginx/conf.d/, read inside
 * nginx.conf's http block. TLS ends at NGINX; each site (one role's service) has a host name of
 * its own and is proxied to its role's upstream. Hosts nobody configured get no answer, so the
 * manager is reached only through its own name, and a private role only from internal networks.
 */

const comment = (line: string) => `# ${line}`;

/** The variable the WebSocket map sets, named for this file so it cannot clash with one already defined. */
const CONNECTION_UPGRADE = '$wso2_connection_upgrade';

const upstreamName = (upstream: LbUpstream) => `wso2_${configName(upstream.id)}`;

function upstreamBlock(config: LbConfig, upstream: LbUpstream): string[] {
	const affinity = config.affinity.get(upstream.id);
	const balance =
		affinity?.kind !== 'sticky'
			? []
			: config.settings.affinityMethod === 'cookie-hash'
				? [`\thash $cookie_${affinity.cookie.toLowerCase()} consistent;`]
				: ['\tip_hash;'];
	return [
		...upstreamComments(config, upstream).map(comment),
		`upstream ${upstreamName(upstream)} {`,
		...balance,
		...upstream.servers.map((server) => `\tserver ${server.address}:${server.port};`),
		'}',
	];
}

/** The headers a WSO2 node needs behind a proxy to build its own links and see the client. */
function proxyLocation(config: LbConfig, site: LbSite, upstream: LbUpstream): string[] {
	const webSocket = config.settings.webSocketSites.includes(site.id);
	return [
		'\tlocation / {',
		`\t\tproxy_pass ${upstream.scheme}://${upstreamName(upstream)};`,
		'\t\tproxy_set_header Host $host;',
		'\t\tproxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;',
		'\t\tproxy_set_header X-Forwarded-Proto $scheme;',
		'\t\tproxy_set_header X-Forwarded-Host $host;',
		'\t\tproxy_set_header X-Forwarded-Port $server_port;',
		...(webSocket
			? [
					'\t\tproxy_http_version 1.1;',
					'\t\tproxy_set_header Upgrade $http_upgrade;',
					`\t\tproxy_set_header Connection ${CONNECTION_UPGRADE};`,
				]
			: []),
		// WSO2's own examples allow five minutes for slow back-end calls.
		'\t\tproxy_read_timeout 5m;',
		'\t\tproxy_send_timeout 5m;',
		'\t}',
	];
}

function accessRules(config: LbConfig, site: LbSite): string[] {
	if (!config.settings.privateRoles.includes(site.roleId)) return [];
	return [
		'\t# Private: only the internal networks may reach this role.',
		...config.settings.internalNetworks.map((network) => `\tallow ${network};`),
		'\tdeny all;',
	];
}

function hostOf(config: LbConfig, site: LbSite): string {
	return config.settings.hosts.get(site.id) ?? '';
}

function httpsServer(config: LbConfig, site: LbSite): string[] {
	const upstream = site.https ?? site.http;
	if (upstream === undefined) return [];
	const { settings, model } = config;
	return [
		comment(`${site.label}: https://${hostOf(config, site)}/`),
		'server {',
		`\tlisten ${model.listen.https} ssl;`,
		`\tserver_name ${hostOf(config, site)};`,
		`\tssl_certificate ${settings.certificatePath};`,
		`\tssl_certificate_key ${settings.keyPath};`,
		...accessRules(config, site),
		...proxyLocation(config, site, upstream),
		'}',
	];
}

/** Plain HTTP kept (no redirect): each site's plain upstream, or its TLS one when it has none. */
function httpServer(config: LbConfig, site: LbSite, port: number): string[] {
	const upstream = site.http ?? site.https;
	if (upstream === undefined) return [];
	return [
		comment(`${site.label}: http://${hostOf(config, site)}/`),
		'server {',
		`\tlisten ${port};`,
		`\tserver_name ${hostOf(config, site)};`,
		...accessRules(config, site),
		...proxyLocation(config, site, upstream),
		'}',
	];
}

function redirectServer(config: LbConfig, port: number): string[] {
	const { https } = config.model.listen;
	const target = https === 443 ? 'https://$host$request_uri' : `https://$host:${https}$request_uri`;
	return [
		comment('Plain HTTP is sent on to HTTPS.'),
		'server {',
		`\tlisten ${port};`,
		`\tserver_name ${config.model.sites.map((site) => hostOf(config, site)).join(' ')};`,
		`\treturn 301 ${target};`,
		'}',
	];
}

/** Requests for any other host name are dropped, so no site is reached by accident or by address. */
function defaultServers(config: LbConfig): string[] {
	const { http, https } = config.model.listen;
	return [
		comment('Any other host name gets no answer: each site, the manager above all, only under its own name.'),
		...(http === undefined ? [] : ['server {', `\tlisten ${http} default_server;`, '\treturn 444;', '}']),
		'server {',
		`\tlisten ${https} ssl default_server;`,
		'\tssl_reject_handshake on;',
		'}',
	];
}

function render(config: LbConfig): string {
	const { model, settings } = config;
	const blocks: string[][] = [headerLines(config, 'NGINX load balancer configuration').map(comment)];
	blocks[0]!.push(comment('Put this file in /etc/nginx/conf.d/ (it belongs in the http block), then run nginx -t.'));
	if (settings.webSocketSites.length > 0)
		blocks.push([
			comment('WebSocket: pass the upgrade on, and close the connection when there is none.'),
			`map $http_upgrade ${CONNECTION_UPGRADE} {`,
			'\tdefault upgrade;',
			"\t'' close;",
			'}',
		]);
	blocks.push(...model.upstreams.map((upstream) => upstreamBlock(config, upstream)));
	blocks.push(defaultServers(config));
	if (model.listen.http !== undefined) {
		const port = model.listen.http;
		if (settings.redirectHttp) blocks.push(redirectServer(config, port));
		else blocks.push(...model.sites.map((site) => httpServer(config, site, port)));
	}
	blocks.push(...model.sites.map((site) => httpsServer(config, site)));
	return fileText([
		blocks
			.filter((block) => block.length > 0)
			.map((block) => block.join('\n'))
			.join('\n\n'),
	]);
}

/** The NGINX configuration, or the settings' errors and no text. */
export function nginxConfig(input: LbInput): LbResult {
	const prepared = prepareLbConfig(input);
	return prepared.ok ? { ok: true, text: render(prepared.config) } : prepared;
}

export const nginxAssumptions = [
	'Open-source NGINX 1.19.4 or later (for ssl_reject_handshake); the file goes in /etc/nginx/conf.d/ and is read inside the http block.',
	'Backends are reached over HTTPS without checking their certificates (NGINX’s default); set proxy_ssl_verify and proxy_ssl_trusted_certificate to the nodes’ CA to check them.',
	'ip_hash keeps a client on one node by its address, so clients behind one NAT share a node. The cookie hash sends a session to the node its JSESSIONID hashes to, which need not be the node that created it: a node that does not know the session starts a new one, so a login may be asked for again. Only NGINX Plus can follow the cookie to the node that set it.',
	'IPv4 listeners only; add listen [::]:PORT lines for IPv6 clients.',
	'Clients must send the host name in TLS (SNI): a TLS handshake without one, or for a host name not listed, is refused.',
	'The nodes must also be told they sit behind a proxy (proxyPort in catalina-server.xml, the host names in carbon.xml); this file does not change them.',
] as const;

export const nginxStickyCookieNote =
	'NGINX Plus would add sticky cookie to the upstream instead: NGINX itself then sets a cookie naming the node that served the first request, or sticky learn follows the JSESSIONID cookie to the node that set it, as WSO2’s NGINX Plus examples do.';
