import type { ConfigFactInput } from '../src/schemas/config-fact.ts';

/**
 * How a worker/manager cluster is configured, middle steps: the shared registry and keeping
 * deployment artifacts in step (separation-config-cluster.ts and separation-config-runtime.ts
 * hold the other steps).
 * Every setting the guide explains and the generator writes, each with its sources. General
 * facts hold for every product that uses the separation; facts naming products override the
 * general fact for the same setting. Values are the ones the sources give; host names, URLs and
 * user names are the reader's own. A fact's step (src/schemas/config-fact.ts) decides where the
 * guide shows it; within a step, facts keep their order here.
 */
export const sharingConfigFacts = [
	// Step: mounting the shared registry.
	{
		id: 'registry-datasource',
		step: 'registry',
		text: 'registry.xml reaches the shared registry database through a dbConfig entry that names its datasource; the guide’s example calls the entry sharedregistry.',
		setting: { file: 'registry.xml', key: 'dbConfig name', value: 'sharedregistry' },
		evidence: 'stated',
		sources: ['wso2-registry-mounts'],
	},
	{
		id: 'config-registry-mount',
		step: 'registry',
		text: 'Every node mounts the config registry space from the shared database through a remote instance.',
		setting: { file: 'registry.xml', key: 'mount path (config)', value: '/_system/config' },
		evidence: 'stated',
		sources: ['wso2-registry-mounts', 'wso2-iots-registry-template'],
	},
	{
		id: 'governance-registry-mount',
		step: 'registry',
		text: 'Every node mounts the governance registry space from the shared database the same way.',
		setting: { file: 'registry.xml', key: 'mount path (governance)', value: '/_system/governance' },
		evidence: 'stated',
		sources: ['wso2-registry-mounts'],
	},
	{
		id: 'registry-read-only',
		step: 'registry',
		text: 'The remote instance behind the mounts is read-only on workers and read-write on the manager.',
		setting: { file: 'registry.xml', key: 'readOnly', byRole: { manager: false, worker: true } },
		evidence: 'stated',
		sources: ['wso2-registry-mounts'],
	},
	{
		id: 'registry-cache-id',
		step: 'registry',
		text: 'Registry caching works across the cluster only when the remote instance has a cacheId: the database user name, an at sign, then the database’s JDBC URL.',
		setting: { file: 'registry.xml', key: 'cacheId' },
		evidence: 'stated',
		sources: ['wso2-registry-mounts'],
	},
	{
		id: 'bps-master-slave',
		step: 'registry',
		text: 'A BPS cluster has a master node that versions BPEL and HumanTask artifacts and slave nodes that deploy them. Each node tells whether it is master or slave from its registry mount configuration.',
		products: ['business-process-server'],
		roleNames: { manager: 'master', worker: 'slave' },
		evidence: 'stated',
		sources: ['wso2-bps-clustering'],
	},

	// Step: keeping deployment artifacts in step.
	{
		id: 'depsync-directory',
		step: 'deployment-sync',
		text: 'The deployment synchronizer keeps the artifact directory, repository/deployment/server under the product home, the same on every node.',
		setting: { file: 'carbon.xml', key: 'synchronised directory', value: 'repository/deployment/server' },
		evidence: 'stated',
		sources: ['wso2-svn-depsync-as500'],
	},
	{
		id: 'depsync-enabled',
		step: 'deployment-sync',
		text: 'The synchronizer ships disabled; with SVN it is enabled in carbon.xml on every node.',
		setting: { file: 'carbon.xml', key: 'Enabled', value: true },
		evidence: 'stated',
		sources: ['wso2-svn-depsync-as500', 'wso2-iots-carbon-template'],
	},
	{
		id: 'depsync-auto-commit',
		step: 'deployment-sync',
		text: 'Only the manager commits artifact changes to the repository.',
		setting: { file: 'carbon.xml', key: 'AutoCommit', byRole: { manager: true, worker: false } },
		evidence: 'stated',
		sources: ['wso2-svn-depsync-as500', 'wso2-iots-carbon-template'],
	},
	{
		id: 'depsync-auto-checkout',
		step: 'deployment-sync',
		text: 'Every node, the manager included, checks artifacts out of the repository.',
		setting: { file: 'carbon.xml', key: 'AutoCheckout', value: true },
		evidence: 'stated',
		sources: ['wso2-svn-depsync-as500', 'wso2-iots-carbon-template'],
	},
	{
		id: 'depsync-repository-type',
		step: 'deployment-sync',
		text: 'The repository behind the synchronizer is Subversion.',
		setting: { file: 'carbon.xml', key: 'RepositoryType', value: 'svn' },
		evidence: 'stated',
		sources: ['wso2-iots-carbon-template', 'wso2-svn-depsync-as500'],
	},
	{
		id: 'svn-versions',
		step: 'deployment-sync',
		text: 'Carbon 4.4.x products work with SVN 1.7 and 1.8 repositories. SVN over SSH (svn+ssh URLs) is not supported.',
		evidence: 'stated',
		sources: ['wso2-svn-depsync-cl44'],
	},
	{
		id: 'registry-depsync-dropped',
		step: 'deployment-sync',
		text: 'Registry-based deployment synchronisation, offered by older releases, does not work from Carbon 4.2.0 on.',
		evidence: 'stated',
		sources: ['wso2-registry-depsync-dropped'],
	},
	{
		id: 'rsync-alternative',
		step: 'deployment-sync',
		text: 'Instead of SVN, artifacts can be copied to the workers with rsync, run on a schedule by cron or on file changes by incron.',
		evidence: 'stated',
		sources: ['rsync-deployment-sync-blog'],
	},
	{
		id: 'shared-file-system-alternative',
		step: 'deployment-sync',
		text: 'Later API Manager documentation prefers a shared file system, such as NFS, over rsync for sharing Gateway artifacts.',
		evidence: 'stated',
		sources: ['wso2-am210-gateway-shared-fs'],
	},
] as const satisfies readonly ConfigFactInput[];
