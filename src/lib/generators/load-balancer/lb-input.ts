import type { SessionAffinity } from '../../../schemas/session-affinity.ts';
import type { FirewallPlan } from '../../ports/firewall/plan.ts';
import { affinityFactsFor, affinityOf, type ClusterProduct, type UpstreamAffinity } from './lb-affinity.ts';
import { lbModel, type LbModel } from './lb-model.ts';
import { validateLbSettings, type LbFieldError, type LbFormValues, type LbSettings } from './lb-settings.ts';

/** Everything a load balancer generator is given: the plan, the cluster, its facts and the reader's settings. */
export interface LbInput {
	/** The firewall plan of the cluster's load balancer role. */
	plan: FirewallPlan;
	/** The cluster as the header names it, e.g. "WSO2 IoT Server high-availability pattern". */
	clusterName: string;
	/** The product the cluster runs, which selects the affinity facts; none when the data has no product record. */
	product?: ClusterProduct;
	/** Every session-affinity fact of the data set; the product's are picked here. */
	affinityFacts: readonly SessionAffinity[];
	settings: LbFormValues;
}

/** What both generators render: the model, the validated settings and each upstream's affinity. */
export interface LbConfig {
	input: LbInput;
	model: LbModel;
	settings: LbSettings;
	affinity: ReadonlyMap<string, UpstreamAffinity>;
}

/** Validates the settings and works out the configuration, or returns the reader's errors. */
export function prepareLbConfig(
	input: LbInput,
): { ok: true; config: LbConfig } | { ok: false; errors: LbFieldError[] } {
	const model = lbModel(input.plan);
	const validation = validateLbSettings(model, input.settings);
	if (!validation.ok) return validation;
	const facts = affinityFactsFor(input.affinityFacts, input.product);
	const affinity = new Map(model.upstreams.map((upstream) => [upstream.id, affinityOf(upstream, facts)]));
	return { ok: true, config: { input, model, settings: validation.settings, affinity } };
}
