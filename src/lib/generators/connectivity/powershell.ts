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
 * The connectivity check as a PowerShell script (Windows PowerShell 5.1 or PowerShell 7 on any
 * system), with the same lines and exit status as the sh script: hosts are parameters whose
 * defaults the same environment variables override, TCP flows are tested with
 * System.Net.Sockets.TcpClient and a timeout (faster than Test-NetConnection), listening ports
 * with Get-NetTCPConnection / Get-NetUDPEndpoint where they exist. Every value from the data or
 * the reader is a single-quoted string.
 */

/**
 * A single-quoted PowerShell string. PowerShell also ends single-quoted strings at the
 * typographic single quotes, so those are doubled too.
 */
function psQuote(text: string): string {
	return `'${text.replace(/['\u2018\u2019\u201A\u201B]/g, (quote) => quote + quote)}'`;
}

const functions = String.raw`$script:Failed = $false
$script:Untested = $false

# One line per flow: status, port/protocol, peer, host, purpose.
function Write-Check([string]$Status, [string]$Port, [string]$Peer, [string]$HostName, [string]$Purpose) {
	Write-Output ('{0} {1} {2} {3} {4}' -f $Status, $Port, $Peer, $HostName, $Purpose)
	if ($Status -eq 'FAILED') { $script:Failed = $true }
}

# True when a TCP connection to the host and port opens within the timeout.
function Test-TcpPort([string]$HostName, [int]$Port) {
	$client = [System.Net.Sockets.TcpClient]::new()
	try {
		$connect = $client.ConnectAsync($HostName, $Port)
		return ($connect.Wait([TimeSpan]::FromSeconds($TimeoutSeconds)) -and $client.Connected)
	} catch {
		return $false
	} finally {
		$client.Dispose()
	}
}

# 'yes' or 'no' when it can tell whether something on this machine listens on the port, 'unknown' when it cannot.
function Test-Listening([string]$Protocol, [int]$Port) {
	if ($Protocol -eq 'tcp') {
		if (Get-Command -Name Get-NetTCPConnection -ErrorAction SilentlyContinue) {
			$found = Get-NetTCPConnection -State Listen -LocalPort $Port -ErrorAction SilentlyContinue
		} else {
			$found = Test-TcpPort -HostName '127.0.0.1' -Port $Port
		}
	} elseif (Get-Command -Name Get-NetUDPEndpoint -ErrorAction SilentlyContinue) {
		$found = Get-NetUDPEndpoint -LocalPort $Port -ErrorAction SilentlyContinue
	} else {
		return 'unknown'
	}
	if ($found) { return 'yes' }
	return 'no'
}

function Get-PortField([string]$Protocol, [int]$First, [int]$Last) {
	if ($First -eq $Last) { return "$First/$Protocol" }
	return "$First-$Last/$Protocol"
}

function Get-PortsToTest([int]$First, [int]$Last) {
	if ($First -eq $Last) { return @($First) }
	return @($First, $Last)
}

# Tests one outbound flow on every host of its peer.
function Test-Peer([string]$Protocol, [string[]]$Hosts, [string]$Peer, [int]$First, [int]$Last, [string]$Purpose, [bool]$Conditional) {
	$portField = Get-PortField $Protocol $First $Last
	if ($Conditional -and $SkipConditional) {
		Write-Check 'skip' $portField $Peer '-' "$Purpose (conditional)"
		return
	}
	$targets = @($Hosts | Where-Object { $_ })
	if ($targets.Count -eq 0) {
		Write-Check 'skip' $portField $Peer '-' "$Purpose (no host to test: set the host parameter)"
		return
	}
	foreach ($hostName in $targets) {
		if ($Protocol -eq 'udp') {
			Write-Check 'untestable' $portField $Peer $hostName "$Purpose (UDP: no connection to prove)"
			continue
		}
		$open = $true
		foreach ($port in (Get-PortsToTest $First $Last)) {
			if (-not (Test-TcpPort -HostName $hostName -Port $port)) { $open = $false }
		}
		$status = if ($open) { 'ok' } else { 'FAILED' }
		Write-Check $status $portField $Peer $hostName $Purpose
	}
}

# Tests that something on this machine listens on the port of one inbound flow.
function Test-Listen([string]$Protocol, [int]$First, [int]$Last, [string]$Purpose, [bool]$Conditional) {
	$portField = Get-PortField $Protocol $First $Last
	if ($Conditional -and $SkipConditional) {
		Write-Check 'skip' $portField 'this-node' 'listening' "$Purpose (conditional)"
		return
	}
	$results = @(foreach ($port in (Get-PortsToTest $First $Last)) { Test-Listening $Protocol $port })
	if ($results -contains 'no') {
		Write-Check 'FAILED' $portField 'this-node' 'listening' $Purpose
	} elseif ($results -contains 'unknown') {
		$script:Untested = $true
		Write-Check 'untestable' $portField 'this-node' 'listening' "$Purpose (no Get-NetUDPEndpoint to look with)"
	} else {
		Write-Check 'ok' $portField 'this-node' 'listening' $Purpose
	}
}`;

const psBool = (check: OutboundCheck | ListenCheck) => (check.conditional ? '$true' : '$false');

function comments(check: OutboundCheck | ListenCheck): string[] {
	return check.notes.map((note) => `# ${note}`);
}

function outboundLines(check: OutboundCheck): string[] {
	const { rule, parameter } = check;
	return [
		...comments(check),
		[
			'Test-Peer',
			psQuote(rule.protocol),
			`$${parameter.psName}`,
			psQuote(parameter.key),
			String(rule.from),
			String(rule.to),
			psQuote(check.purpose),
			psBool(check),
		].join(' '),
	];
}

function listenLines(check: ListenCheck): string[] {
	const { rule } = check;
	return [
		...comments(check),
		[
			'Test-Listen',
			psQuote(rule.protocol),
			String(rule.from),
			String(rule.to),
			psQuote(check.purpose),
			psBool(check),
		].join(' '),
	];
}

/** A parameter's default: the environment variable's hosts if set, else the generated ones. */
function hostDefault(envName: string, hosts: readonly string[]): string {
	const list = hosts.length === 0 ? '@()' : `@(${hosts.map(psQuote).join(', ')})`;
	return `$(if ($env:${envName}) { -split $env:${envName} } else { ${list} })`;
}

function script(checks: ConnectivityChecks): string {
	const { plan, settings, parameters } = checks;
	const example = parameters[0]?.psName ?? 'PeerHosts';
	const lines = [
		...[
			...generatedHeader(plan, 'connectivity check (PowerShell)', settings.title),
			`Run it on a machine of this role: pwsh -File FILE (or powershell -File FILE). Peers are tested on the hosts below;`,
			`pass others as parameters (-${example} 10.0.0.5,10.0.0.6 -TimeoutSeconds 5 -SkipConditional) or set the`,
			'environment variables the sh script reads (hosts separated by spaces, CHECK_TIMEOUT, CHECK_CONDITIONAL=no).',
			...outputLegend,
		].map((line) => `# ${line}`),
		'[CmdletBinding()]',
		'param(',
		...parameters.flatMap((parameter) => [
			`\t# ${parameter.label} (${parameter.key})`,
			`\t[string[]]$${parameter.psName} = ${hostDefault(parameter.envName, parameter.hosts)},`,
		]),
		`\t[int]$TimeoutSeconds = $(if ($env:CHECK_TIMEOUT) { [int]$env:CHECK_TIMEOUT } else { ${settings.timeoutSeconds} }),`,
		`\t[switch]$SkipConditional = ($env:CHECK_CONDITIONAL -eq 'no')`,
		')',
		'',
		functions,
		'',
		'# Outbound: this machine connects to its peers.',
		...(checks.outbound.length === 0 ? ['# (none)'] : checks.outbound.flatMap(outboundLines)),
		'',
		'# Inbound: something on this machine listens on these ports.',
		...(checks.listen.length === 0 ? ['# (none)'] : checks.listen.flatMap(listenLines)),
		'',
		'if ($script:Failed) { exit 1 }',
		'if ($script:Untested) { exit 2 }',
		'exit 0',
	];
	return `${lines.join('\n')}\n`;
}

/** The role's connectivity check as a PowerShell script, or the settings that were refused. */
export function connectivityCheckPowerShell(
	plan: FirewallPlan,
	given: Partial<ConnectivitySettings> = {},
): GeneratedText {
	const { settings, checks } = checkConnectivitySettings(given);
	return checks.result(() => script(connectivityChecks(plan, settings)));
}
