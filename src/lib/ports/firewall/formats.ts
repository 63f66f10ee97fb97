import { firewalldAssumptions, firewalldRules } from './firewalld.ts';
import { iptablesAssumptions, iptablesRules } from './iptables.ts';
import { nftablesAssumptions, nftablesRules } from './nftables.ts';
import type { FirewallPlan } from './plan.ts';
import { terraformAssumptions, terraformRules } from './terraform.ts';
import { ufwAssumptions, ufwRules } from './ufw.ts';

/** One output format of the firewall generator, with what a page needs to present it. */
export interface FirewallFormat {
	/** Stable id, used in anchors and URL state. */
	id: 'nftables' | 'iptables' | 'ufw' | 'firewalld' | 'terraform';
	/** Display name. */
	label: string;
	/** Highlighting language for the code block. */
	lang: 'sh' | 'hcl';
	/** A file name that suits the output, shown as the code block's title. */
	fileName: (plan: FirewallPlan) => string;
	/** How to check the text with the tool itself before applying it. */
	check: string;
	generate: (plan: FirewallPlan) => string;
	/** What the output takes for granted, for the note beside it. */
	assumptions: readonly string[];
}

export const firewallFormats: readonly FirewallFormat[] = [
	{
		id: 'nftables',
		label: 'nftables',
		lang: 'sh',
		fileName: (plan) => `wso2-iot-${plan.role.id}.nft`,
		check: 'nft -c -f FILE',
		generate: nftablesRules,
		assumptions: nftablesAssumptions,
	},
	{
		id: 'iptables',
		label: 'iptables',
		lang: 'sh',
		fileName: () => 'rules.v4',
		check: 'iptables-restore --test FILE',
		generate: iptablesRules,
		assumptions: iptablesAssumptions,
	},
	{
		id: 'ufw',
		label: 'ufw',
		lang: 'sh',
		fileName: (plan) => `wso2-iot-${plan.role.id}-ufw.sh`,
		check: 'ufw --dry-run … (each line)',
		generate: ufwRules,
		assumptions: ufwAssumptions,
	},
	{
		id: 'firewalld',
		label: 'firewalld',
		lang: 'sh',
		fileName: (plan) => `wso2-iot-${plan.role.id}-firewalld.sh`,
		check: 'firewall-cmd --check-config after the commands',
		generate: firewalldRules,
		assumptions: firewalldAssumptions,
	},
	{
		id: 'terraform',
		label: 'AWS security group (Terraform)',
		lang: 'hcl',
		fileName: (plan) => `wso2-iot-${plan.role.id}.tf`,
		check: 'terraform fmt -check, terraform validate',
		generate: terraformRules,
		assumptions: terraformAssumptions,
	},
];
