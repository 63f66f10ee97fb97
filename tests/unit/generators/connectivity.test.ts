import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { connectivityCheckPowerShell } from '../../../src/lib/generators/connectivity/powershell.ts';
import { connectivityCheckSh } from '../../../src/lib/generators/connectivity/sh.ts';
import { generatorFormats } from '../../../src/lib/generators/formats.ts';
import type { FirewallPlan, PlannedRule } from '../../../src/lib/ports/firewall/plan.ts';
import type { NodeRole } from '../../../src/schemas/node-role.ts';
import { probe, requireTool, run, runOnFile, shellWords } from '../support/external-tools.ts';
import { plans } from '../support/firewall-plans.ts';
import { syntheticPlans } from '../support/synthetic-cluster.ts';

const allPlans = [...plans, ...syntheticPlans];

function textOf(result: ReturnType<typeof connectivityCheckSh>): string {
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.text;
}

const shellcheckTool = probe('shellcheck', 'install the Debian package shellcheck', () =>
	runOnFile('shellcheck', (file) => ['-s', 'sh', file], '#!/bin/sh\necho "ok"\n'),
);

/** shellcheck with every severity, so any finding (style and info included) fails the check. */
const shellcheck = (script: string) => runOnFile('shellcheck', (file) => ['-s', 'sh', '-S', 'style', file], script);

describe('shellcheck -s sh finds nothing in the sh connectivity checks', () => {
	test('and finds an unquoted expansion, so the check can fail', { timeout: 60_000 }, () => {
		requireTool(shellcheckTool);
		const broken = textOf(connectivityCheckSh(plans[0]![1])).replace('exit 0', 'echo $CHECK_TIMEOUT\nexit 0');
		expect(shellcheck(broken).status).not.toBe(0);
	});
	for (const [name, plan] of allPlans) {
		test(name, { timeout: 60_000 }, () => {
			requireTool(shellcheckTool);
			expect(shellcheck(textOf(connectivityCheckSh(plan)))).toEqual(expect.objectContaining({ status: 0 }));
		});
	}
});

/** A tiny plan written here: role "app", whose outbound flows the end-to-end tests point at 127.0.0.1. */
const role = (id: string, kind: NodeRole['kind'] = 'wso2-node'): NodeRole => ({
	id,
	name: `${id} node`,
	kind,
	summary: 'Made up for tests.',
	exampleAddresses: ['192.0.2.1'],
	sources: ['test'],
});
const flow = (ruleId: string, direction: PlannedRule['direction'], port: number, peerId: string): PlannedRule => ({
	ruleId,
	direction,
	protocol: 'tcp',
	from: port,
	to: port,
	service: `Service ${ruleId}`,
	peer: { kind: 'role', roleId: peerId, label: `${peerId} node`, addresses: ['192.0.2.1'] },
});
const tinyPlan = (outbound: PlannedRule[], inbound: PlannedRule[] = []): FirewallPlan => ({
	role: role('app'),
	placeholders: [{ role: role('up'), addresses: ['192.0.2.1'] }],
	inbound,
	outbound,
});

interface ScriptRun {
	status: number | null;
	lines: string[];
}

/** Runs a generated sh script from a file with the given environment, without blocking the listener. */
async function runSh(script: string, env: Record<string, string>): Promise<ScriptRun> {
	const dir = mkdtempSync(join(tmpdir(), 'cluster-atlas-'));
	try {
		const file = join(dir, 'check.sh');
		writeFileSync(file, script);
		return await new Promise<ScriptRun>((resolve, reject) => {
			const child = spawn('/bin/sh', [file], { env, stdio: ['ignore', 'pipe', 'pipe'] });
			let stdout = '';
			child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
			child.on('error', reject);
			child.on('close', (status) => resolve({ status, lines: stdout.trim().split('\n') }));
		});
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const startListener = () =>
	new Promise<Server>((resolve) => {
		const server = createServer((socket) => socket.destroy());
		server.listen(0, '127.0.0.1', () => resolve(server));
	});
const portOf = (server: Server) => (server.address() as AddressInfo).port;

/** A directory holding links to only the named programs, to run a script where the others are missing. */
function pathWith(dir: string, programs: readonly string[]): string {
	mkdirSync(dir, { recursive: true });
	for (const program of programs) {
		const found = spawnSync('/bin/sh', ['-c', `command -v ${program}`], { encoding: 'utf8' }).stdout.trim();
		if (found === '') throw new Error(`${program} is needed for this test and is not installed`);
		symlinkSync(found, join(dir, program));
	}
	return dir;
}

describe('the sh check, run against a real listener on 127.0.0.1', () => {
	let listener: Server;
	let open = 0;
	let closed = 0;
	let scratch = '';
	beforeAll(async () => {
		listener = await startListener();
		open = portOf(listener);
		const spare = await startListener();
		closed = portOf(spare);
		await new Promise((resolve) => spare.close(resolve));
		scratch = mkdtempSync(join(tmpdir(), 'cluster-atlas-path-'));
	});
	afterAll(async () => {
		await new Promise((resolve) => listener.close(resolve));
		rmSync(scratch, { recursive: true, force: true });
	});

	const outboundPlan = () =>
		tinyPlan([flow('up-open', 'outbound', open, 'up'), flow('down-closed', 'outbound', closed, 'down')]);
	const hostsEnv = { UP_HOSTS: '127.0.0.1', DOWN_HOSTS: '127.0.0.1', CHECK_TIMEOUT: '1' };
	const statuses = (result: ScriptRun) => result.lines.map((line) => line.split(' ')[0]);

	test(
		'reports one ok and one FAILED flow and exits non-zero, with the tools this machine has',
		{ timeout: 30_000 },
		async () => {
			const result = await runSh(textOf(connectivityCheckSh(outboundPlan())), {
				PATH: process.env['PATH'] ?? '',
				...hostsEnv,
			});
			expect(statuses(result).sort()).toEqual(['FAILED', 'ok']);
			expect(result.lines).toContain(`ok ${open}/tcp up 127.0.0.1 up-open: Service up-open`);
			expect(result.lines).toContain(`FAILED ${closed}/tcp down 127.0.0.1 down-closed: Service down-closed`);
			expect(result.status).toBe(1);
		},
	);

	test('without nc, connects through bash’s /dev/tcp', { timeout: 30_000 }, async () => {
		const path = pathWith(join(scratch, 'bash-only'), ['bash', 'timeout']);
		const result = await runSh(textOf(connectivityCheckSh(outboundPlan())), { PATH: path, ...hostsEnv });
		expect(statuses(result).sort()).toEqual(['FAILED', 'ok']);
		expect(result.status).toBe(1);
	});

	test('prefers nc, called as nc -z -w TIMEOUT HOST PORT', { timeout: 30_000 }, async () => {
		const dir = pathWith(join(scratch, 'fake-nc'), []);
		const log = join(scratch, 'nc.log');
		// A stand-in for nc that records its arguments and finds only the open port open.
		writeFileSync(join(dir, 'nc'), `#!/bin/sh\necho "$*" >> '${log}'\n[ "$5" = '${open}' ]\n`);
		chmodSync(join(dir, 'nc'), 0o755);
		const result = await runSh(textOf(connectivityCheckSh(outboundPlan())), { PATH: dir, ...hostsEnv });
		expect(statuses(result).sort()).toEqual(['FAILED', 'ok']);
		expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual([
			`-z -w 1 127.0.0.1 ${open}`,
			`-z -w 1 127.0.0.1 ${closed}`,
		]);
	});

	test('with neither nc nor bash, says so and exits 2 rather than pretending', { timeout: 30_000 }, async () => {
		const path = pathWith(join(scratch, 'nothing'), []);
		const result = await runSh(textOf(connectivityCheckSh(outboundPlan())), { PATH: path, ...hostsEnv });
		expect(statuses(result)).toEqual(['untestable', 'untestable']);
		expect(result.lines[0]).toMatch(/\(no nc or bash to connect with\)$/);
		expect(result.status).toBe(2);
	});

	test('checks the ports this node listens on', { timeout: 30_000 }, async () => {
		const plan = tinyPlan([], [flow('app-open', 'inbound', open, 'up'), flow('app-closed', 'inbound', closed, 'up')]);
		const result = await runSh(textOf(connectivityCheckSh(plan)), {
			PATH: process.env['PATH'] ?? '',
			CHECK_TIMEOUT: '1',
		});
		expect(result.lines).toEqual([
			`ok ${open}/tcp this-node listening app-open: Service app-open`,
			`FAILED ${closed}/tcp this-node listening app-closed: Service app-closed`,
		]);
		expect(result.status).toBe(1);
	});

	test(
		'UDP flows and, when asked, conditional flows are reported, never passed as ok',
		{ timeout: 30_000 },
		async () => {
			const udp = { ...flow('up-udp', 'outbound', open, 'up'), protocol: 'udp' as const };
			const conditional = { ...flow('up-cond', 'outbound', open, 'up'), condition: 'only sometimes' };
			const result = await runSh(textOf(connectivityCheckSh(tinyPlan([udp, conditional]))), {
				PATH: process.env['PATH'] ?? '',
				...hostsEnv,
				CHECK_CONDITIONAL: 'no',
			});
			expect(result.lines).toEqual([
				`untestable ${open}/udp up 127.0.0.1 up-udp: Service up-udp (UDP: no connection to prove)`,
				`skip ${open}/tcp up - up-cond: Service up-cond (conditional)`,
			]);
			expect(result.status).toBe(0);
		},
	);
});

describe('what the scripts test comes from the plan', () => {
	for (const [name, plan] of allPlans) {
		test(name, () => {
			const sh = textOf(connectivityCheckSh(plan));
			const ps = textOf(connectivityCheckPowerShell(plan));
			const shChecks = sh.split('\n').filter((line) => /^check_(peer|listen) /.test(line));
			const psChecks = ps.split('\n').filter((line) => /^Test-(Peer|Listen) /.test(line));
			const inboundPorts = new Set(plan.inbound.map((rule) => rule.ruleId));
			expect(shChecks).toHaveLength(plan.outbound.length + inboundPorts.size);
			expect(psChecks).toHaveLength(shChecks.length);
			for (const rule of plan.outbound) {
				const purpose = `'${rule.ruleId}: `;
				const words = `${rule.protocol} "$`;
				expect(
					shChecks.some(
						(line) => line.startsWith(`check_peer ${words}`) && line.includes(` ${rule.from} ${rule.to} ${purpose}`),
					),
				).toBe(true);
				expect(
					psChecks.some(
						(line) =>
							line.startsWith(`Test-Peer '${rule.protocol}' $`) && line.includes(` ${rule.from} ${rule.to} ${purpose}`),
					),
				).toBe(true);
			}
			for (const rule of plan.inbound) {
				expect(shChecks).toContainEqual(
					expect.stringMatching(new RegExp(`^check_listen ${rule.protocol} ${rule.from} ${rule.to} '${rule.ruleId}: `)),
				);
				expect(psChecks).toContainEqual(
					expect.stringMatching(
						new RegExp(`^Test-Listen '${rule.protocol}' ${rule.from} ${rule.to} '${rule.ruleId}: `),
					),
				);
			}
			// Every peer's hosts are a parameter in both scripts, with the placeholder addresses as defaults.
			for (const rule of plan.outbound) {
				if (rule.peer.kind !== 'role') continue;
				const variable = rule.peer.roleId.replace(/-/g, '_').toUpperCase();
				expect(sh).toContain(
					`if [ -z "\${${variable}_HOSTS:-}" ]; then ${variable}_HOSTS='${rule.peer.addresses.join(' ')}'; fi`,
				);
				expect(ps).toContain(
					`-split $env:${variable}_HOSTS } else { @(${rule.peer.addresses.map((address) => `'${address}'`).join(', ')}) }`,
				);
			}
		});
	}

	test('a peer whose id starts with a digit still gets a valid variable and parameter name', () => {
		const plan = tinyPlan([flow('third-party', 'outbound', 443, '3rd-party')]);
		expect(textOf(connectivityCheckSh(plan))).toContain(`PEER_3RD_PARTY_HOSTS='192.0.2.1'`);
		expect(textOf(connectivityCheckPowerShell(plan))).toContain('[string[]]$Peer3rdPartyHosts = ');
		requireTool(shellcheckTool);
		expect(shellcheck(textOf(connectivityCheckSh(plan)))).toEqual(expect.objectContaining({ status: 0 }));
	});

	test('an external service is tested on its host names (a "*" family is left out), not its address blocks', () => {
		const [, worker] = syntheticPlans.find(([candidate]) => candidate === 'synthetic worker')!;
		const [, manager] = syntheticPlans.find(([candidate]) => candidate === 'synthetic manager')!;
		expect(textOf(connectivityCheckSh(worker))).toContain(`PARTNER_API_HOSTS='api.partner.example'`);
		expect(textOf(connectivityCheckSh(manager))).toContain(`MAIL_HOSTS='smtp.mail.example'`);
		expect(textOf(connectivityCheckPowerShell(manager))).toContain(`@('smtp.mail.example')`);
	});
});

/**
 * Reads PowerShell text the way its parser treats single-quoted strings and comments, and
 * returns the code outside them, failing on a string left open. Enough to show the generator's
 * values stay inside their quotes, since it writes no double-quoted strings of data.
 */
function powershellCode(script: string): string {
	let code = '';
	for (const line of script.split('\n')) {
		let inString = false;
		for (let index = 0; index < line.length; index += 1) {
			const char = line[index]!;
			if (inString) {
				if (char === "'" && line[index + 1] === "'") index += 1;
				else if (char === "'") inString = false;
			} else if (char === "'") inString = true;
			else if (char === '#' && (index === 0 || /\s/.test(line[index - 1]!))) break;
			else code += char;
		}
		if (inString) throw new Error(`unclosed string in: ${line}`);
		code += '\n';
	}
	return code;
}

describe('the PowerShell check, read structurally (pwsh is not installed here)', () => {
	for (const [name, plan] of allPlans) {
		test(name, () => {
			const ps = textOf(connectivityCheckPowerShell(plan));
			const code = powershellCode(ps);
			for (const [open, close] of ['{}', '()', '[]']) {
				expect(code.split(open!).length, `${open}${close} balance`).toBe(code.split(close!).length);
			}
			expect(ps).toMatch(/\n\[CmdletBinding\(\)\]\nparam\(\n/);
			expect(ps).toContain('[int]$TimeoutSeconds = $(if ($env:CHECK_TIMEOUT) { [int]$env:CHECK_TIMEOUT } else { 3 }),');
			expect(ps).toContain("[switch]$SkipConditional = ($env:CHECK_CONDITIONAL -eq 'no')");
			expect(ps).toContain('[System.Net.Sockets.TcpClient]::new()');
			expect(ps).toMatch(/\nif \(\$script:Failed\) \{ exit 1 \}\nif \(\$script:Untested\) \{ exit 2 \}\nexit 0\n$/);
		});
	}
});

describe('values stay quoted, and hostile settings are refused before anything is written', () => {
	const hostileService = `x'; Remove-Item -Recurse C:\\ ; $(rm -rf /) \`id\` "q" ‘smart’ $env:PATH`;
	const hostilePlan = tinyPlan([{ ...flow('up-evil', 'outbound', 443, 'up'), service: hostileService }]);

	test('sh: data reaches the script only as single-quoted words', () => {
		const sh = textOf(connectivityCheckSh(hostilePlan));
		const line = sh.split('\n').find((candidate) => candidate.startsWith('check_peer '))!;
		const words = shellWords(line);
		expect(words).toHaveLength(8);
		expect(words[6]).toMatch(/^up-evil: x/);
		expect(line).not.toMatch(/\$\(|`|"q"/);
	});

	test('PowerShell: data reaches the script only inside single-quoted strings', () => {
		const ps = textOf(connectivityCheckPowerShell(hostilePlan));
		const code = powershellCode(ps);
		expect(code).not.toContain('Remove-Item');
		expect(code).not.toContain('rm -rf');
	});

	const hostile = ['a;b', 'a}b', 'a\nb', '$(id)', "it's", 'say"hi"', '`id`', 'a b', ''];
	for (const [label, generate] of [
		['sh', connectivityCheckSh],
		['PowerShell', connectivityCheckPowerShell],
	] as const) {
		test(`${label}: a hostile host is refused, naming its field, and no text is written`, () => {
			for (const value of hostile) {
				const result = generate(hostilePlan, { hosts: { up: ['192.0.2.9', value] } });
				expect(result).toEqual({ ok: false, errors: [{ field: 'hosts.up.1', message: expect.any(String) }] });
			}
			expect(generate(hostilePlan, { timeoutSeconds: 0 })).toEqual({
				ok: false,
				errors: [{ field: 'timeoutSeconds', message: expect.any(String) }],
			});
			expect(generate(hostilePlan, { title: 'x"; rm' })).toEqual({
				ok: false,
				errors: [{ field: 'title', message: expect.any(String) }],
			});
		});

		test(`${label}: host names and addresses from the reader replace the defaults`, () => {
			const result = generate(hostilePlan, { hosts: { up: ['node-1.example.org', '2001:db8::1'] } });
			expect(result.ok && result.text).toMatch(
				label === 'sh' ? /UP_HOSTS='node-1\.example\.org 2001:db8::1'/ : /@\('node-1\.example\.org', '2001:db8::1'\)/,
			);
		});
	}

	test('the sh script with reader hosts still passes shellcheck', { timeout: 60_000 }, () => {
		requireTool(shellcheckTool);
		const result = connectivityCheckSh(hostilePlan, { hosts: { up: ['node-1.example.org'] }, title: 'an ESB cluster' });
		expect(shellcheck(textOf(result))).toEqual(expect.objectContaining({ status: 0 }));
	});
});

describe('format descriptors', () => {
	test('list Kubernetes and both connectivity checks, each generating text for every role', () => {
		expect(generatorFormats.map((format) => [format.id, format.lang])).toEqual([
			['kubernetes', 'yaml'],
			['check-sh', 'sh'],
			['check-ps1', 'powershell'],
		]);
		for (const format of generatorFormats) {
			expect(format.assumptions.length).toBeGreaterThan(0);
			expect(format.check).not.toBe('');
			for (const [, plan] of allPlans) {
				expect(format.fileName(plan)).toContain(plan.role.id);
				expect(format.generate(plan).ok).toBe(true);
			}
		}
	});

	test('the sh check runs under run() as the firewall tools do', () => {
		// Syntax only: sh -n parses without running anything.
		for (const [, plan] of allPlans) {
			expect(run('/bin/sh', ['-n'], textOf(connectivityCheckSh(plan)))).toEqual(expect.objectContaining({ status: 0 }));
		}
	});
});
