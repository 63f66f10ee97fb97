import type { ConfigFact, ConfigFile, ConfigStep, SettingValue } from '../../schemas/config-fact.ts';
import { compareVersions } from '../../core/versions.ts';

/** Re-exported so browser code can name a fact without importing the schemas (see eslint.config.mjs). */
export type { ConfigFact };

/**
 * Queries over the configuration facts of content/separation-config-*.ts: which facts hold for a
 * product version, and what value a setting takes for a role once product facts override the
 * general ones. The guide's tables and the generator both read settings through here.
 */

export type Role = 'manager' | 'worker';

/** Whether a fact holds for a product version: general facts always do; product facts from their first version. */
export function appliesTo(fact: ConfigFact, productId: string, version: string): boolean {
	if (fact.products.length === 0) return true;
	if (!fact.products.includes(productId)) return false;
	return fact.fromVersion === undefined || compareVersions(version, fact.fromVersion) >= 0;
}

/** The value a setting gives a role, or undefined when it gives that role none. */
export function valueFor(fact: ConfigFact, role: Role): SettingValue | undefined {
	return fact.setting?.value ?? fact.setting?.byRole?.[role];
}

interface ResolvedSetting {
	value: SettingValue;
	/** The fact the value comes from, so output can cite it. */
	fact: ConfigFact;
}

/**
 * The value of one setting for a role of a product version. A product fact that gives the role a
 * value wins; otherwise the general fact's value holds (so API Manager workers get port 4200 while
 * its managers keep the general 4000).
 */
export function resolveSetting(
	facts: readonly ConfigFact[],
	where: { productId: string; version: string; role: Role },
	file: ConfigFile,
	key: string,
): ResolvedSetting | undefined {
	const matching = facts.filter(
		(fact) =>
			fact.setting?.file === file && fact.setting.key === key && appliesTo(fact, where.productId, where.version),
	);
	const productFirst = [
		...matching.filter((f) => f.products.length > 0),
		...matching.filter((f) => f.products.length === 0),
	];
	for (const fact of productFirst) {
		const value = valueFor(fact, where.role);
		if (value !== undefined) return { value, fact };
	}
	return undefined;
}

/** Like resolveSetting, for settings every product has; a gap is a data error, so it throws. */
export function requireSetting(
	facts: readonly ConfigFact[],
	where: { productId: string; version: string; role: Role },
	file: ConfigFile,
	key: string,
): ResolvedSetting {
	const resolved = resolveSetting(facts, where, file, key);
	if (resolved === undefined) throw new Error(`No configuration fact gives ${file} "${key}" for a ${where.role}`);
	return resolved;
}

/** The facts of one guide step that hold for every product, in data order. */
export function generalFacts(facts: readonly ConfigFact[], step: ConfigStep): ConfigFact[] {
	return facts.filter((fact) => fact.step === step && fact.products.length === 0);
}

/** The product-specific facts of one step (or of every step), in data order. */
export function productFacts(facts: readonly ConfigFact[], step?: ConfigStep): ConfigFact[] {
	return facts.filter((fact) => fact.products.length > 0 && (step === undefined || fact.step === step));
}

/** The product-specific facts that hold for one product version. */
export function factsForProduct(facts: readonly ConfigFact[], productId: string, version: string): ConfigFact[] {
	return facts.filter((fact) => fact.products.includes(productId) && appliesTo(fact, productId, version));
}

/** A role's label, with the product's own word when its sources use one: "Worker (slave)". */
export function roleLabel(facts: readonly ConfigFact[], productId: string, role: Role): string {
	const own = facts.find((fact) => fact.products.includes(productId) && fact.roleNames !== undefined)?.roleNames;
	const base = role === 'manager' ? 'Manager' : 'Worker';
	return own === undefined ? base : `${base} (${own[role]})`;
}

/** A setting value as it is written in a file. */
export function formatValue(value: SettingValue): string {
	return String(value);
}
