import type { FirewallPlan } from '../../ports/firewall/plan.ts';
import { generatedHeader } from '../header.ts';
import type { GeneratedText } from '../settings.ts';
import {
	checkConnectivitySettings,
	connectivityChecks,
	outputLegend,
	type ConnectivityChecks,
	type ConnectivitySettings,
	type ListenCheck,
	type OutboundCheck,
} from './checks.ts';

/**
 * The connectivity check as a POSIX sh script (dash, busybox sh, bash): host lists at the top,
 * overridable from the environment; TCP flows tested with `nc -z -w`, or bash's /dev/tcp where
 * there is no nc; listening ports read from `ss -ltn`/`ss -lun`, or a connection to 127.0.0.1
 * where there is no ss. Every value from the data or the reader is single-quoted.
 */

/** A single-quoted sh word: nothing inside is expanded. */
function shQuote(text: string): string {
	return `'${text.replace(/'/g, `'\\''`)}'`;
}

const preamble = String.raw`failed=0
untested=0

# report STATUS PORT PEER HOST PURPOSE: prints one line and remembers failures.
report() {
	printf '%s %s %s %s %s
' "$1" "$2" "$3" "$4" "$5"
	if [ "$1" = FAILED ]; then failed=1; fi
}

# probe HOST PORT: 0 when a TCP connection opens, 1 when it does not, 2 with no tool to try.
probe() {
	if command -v nc >/dev/null 2>&1; then
		nc -z -w "$CHECK_TIMEOUT" "$1" "$2" >/dev/null 2>&1 && return 0
		return 1
	fi
	if command -v bash >/dev/null 2>&1; then
		if command -v timeout >/dev/null 2>&1; then
			timeout "$CHECK_TIMEOUT" bash -c "exec 3<>/dev/tcp/\$1/\$2" probe "$1" "$2" >/dev/null 2>&1 && return 0
		else
			bash -c "exec 3<>/dev/tcp/\$1/\$2" probe "$1" "$2" >/dev/null 2>&1 && return 0
		fi
		return 1
	fi
	return 2
}

# skipped CONDITIONAL: true when the flow is conditional and CHECK_CONDITIONAL=no.
skipped() {
	[ "$1" = conditional ] && [ "$CHECK_CONDITIONAL" = no ]
}

# range FIRST LAST: sets port (the output's port field) and ports (the ports to test).
range() {
	port=$1 ports=$1
	if [ "$1" != "$2" ]; then port=$1-$2 ports="$1 $2"; fi
}`;

const checkPeer = String.raw`# check_peer PROTOCOL HOSTS PEER FIRST LAST PURPOSE CONDITIONAL: one line per host.
check_peer() {
	range "$4" "$5"
	if skipped "$7"; then
		report skip "$port/$1" "$3" - "$6 (conditional)"
		return
	fi
	if [ -z "$2" ]; then
		report skip "$port/$1" "$3" - "$6 (no host to test: set the host variable)"
		return
	fi
	for host in $2; do
		if [ "$1" = udp ]; then
			report untestable "$port/$1" "$3" "$host" "$6 (UDP: no connection to prove)"
			continue
		fi
		status=ok
		for each in $ports; do
			probe "$host" "$each"
			case $? in
				0) ;;
				1) status=FAILED ;;
				*) [ "$status" = FAILED ] || status=untestable ;;
			esac
		done
		if [ "$status" = untestable ]; then
			untested=1
			report untestable "$port/$1" "$3" "$host" "$6 (no nc or bash to connect with)"
		else
			report "$status" "$port/$1" "$3" "$host" "$6"
		fi
	done
}`;

const checkListen = String.raw`# listening PROTOCOL PORT: 0 when a local socket listens on the port, 1 when none does, 2 with no tool.
listening() {
	if command -v ss >/dev/null 2>&1; then
		if [ "$1" = tcp ]; then sockets=$(ss -ltn); else sockets=$(ss -lun); fi
		printf '%s
' "$sockets" | awk -v want=":$2" '
			length($4) >= length(want) && substr($4, length($4) - length(want) + 1) == want { found = 1 }
			END { exit !found }'
		return $?
	fi
	if [ "$1" = tcp ]; then
		probe 127.0.0.1 "$2"
		return $?
	fi
	return 2
}

# check_listen PROTOCOL FIRST LAST PURPOSE CONDITIONAL: is this node listening on the port?
check_listen() {
	range "$2" "$3"
	if skipped "$5"; then
		report skip "$port/$1" this-node listening "$4 (conditional)"
		return
	fi
	status=ok
	for each in $ports; do
		listening "$1" "$each"
		case $? in
			0) ;;
			1) status=FAILED ;;
			*) [ "$status" = FAILED ] || status=untestable ;;
		esac
	done
	if [ "$status" = untestable ]; then
		untested=1
		report untestable "$port/$1" this-node listening "$4 (no ss or nc to look with)"
	else
		report "$status" "$port/$1" this-node listening "$4"
	fi
}`;

function conditionWord(check: OutboundCheck | ListenCheck): string {
	return check.conditional ? 'conditional' : 'always';
}

function comments(check: OutboundCheck | ListenCheck): string[] {
	return check.notes.map((note) => `# ${note}`);
}

function outboundLines(check: OutboundCheck): string[] {
	const { rule, parameter } = check;
	return [
		...comments(check),
		[
			'check_peer',
			rule.protocol,
			`"$${parameter.envName}"`,
			shQuote(parameter.key),
			String(rule.from),
			String(rule.to),
			shQuote(check.purpose),
			conditionWord(check),
		].join(' '),
	];
}

function listenLines(check: ListenCheck): string[] {
	const { rule } = check;
	return [
		...comments(check),
		[
			'check_listen',
			rule.protocol,
			String(rule.from),
			String(rule.to),
			shQuote(check.purpose),
			conditionWord(check),
		].join(' '),
	];
}

function script(checks: ConnectivityChecks): string {
	const { plan, settings, parameters } = checks;
	const lines = [
		'#!/bin/sh',
		...[
			...generatedHeader(plan, 'connectivity check (POSIX sh)', settings.title),
			'Run it on a machine of this role: sh FILE. Peers are tested on the hosts below; set the variables in the',
			`environment to test others, e.g. ${parameters[0]?.envName ?? 'PEER_HOSTS'}='10.0.0.5 10.0.0.6' CHECK_TIMEOUT=5 sh FILE.`,
			...outputLegend,
		].map((line) => `# ${line}`),
		'',
		'set -u',
		'# Host lists are split at spaces and never expanded as file names.',
		'set -f',
		'',
		`if [ -z "\${CHECK_TIMEOUT:-}" ]; then CHECK_TIMEOUT=${settings.timeoutSeconds}; fi`,
		'if [ -z "${CHECK_CONDITIONAL:-}" ]; then CHECK_CONDITIONAL=yes; fi',
		...parameters.flatMap((parameter) => [
			`# ${parameter.label} (${parameter.key})`,
			`if [ -z "\${${parameter.envName}:-}" ]; then ${parameter.envName}=${shQuote(parameter.hosts.join(' '))}; fi`,
		]),
		'',
		preamble,
		...(checks.outbound.length > 0 ? ['', checkPeer] : []),
		...(checks.listen.length > 0 ? ['', checkListen] : []),
		'',
		`# Outbound: this node connects to its peers.`,
		...(checks.outbound.length === 0 ? ['# (none)'] : checks.outbound.flatMap(outboundLines)),
		'',
		'# Inbound: something on this node listens on these ports.',
		...(checks.listen.length === 0 ? ['# (none)'] : checks.listen.flatMap(listenLines)),
		'',
		'if [ "$failed" -ne 0 ]; then exit 1; fi',
		'if [ "$untested" -ne 0 ]; then exit 2; fi',
		'exit 0',
	];
	return `${lines.join('\n')}\n`;
}

/** The role's connectivity check as a POSIX sh script, or the settings that were refused. */
export function connectivityCheckSh(plan: FirewallPlan, given: Partial<ConnectivitySettings> = {}): GeneratedText {
	const { settings, checks } = checkConnectivitySettings(given);
	return checks.result(() => script(connectivityChecks(plan, settings)));
}
