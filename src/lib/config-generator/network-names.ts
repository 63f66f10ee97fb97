/**
 * Checks for the host names, IP addresses and ports a reader types into the generator. Each
 * check returns a sentence fragment saying what is wrong, or undefined when the value is fine,
 * so the form can print the reason next to the field.
 */

const IPV4_PART = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${IPV4_PART}(?:\\.${IPV4_PART}){3}$`);
/** One DNS label: letters, digits and inner hyphens, at most 63 characters (RFC 1123). */
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

export function isIpv4(value: string): boolean {
	return IPV4.test(value);
}

/** IPv6 in any textual form the URL parser accepts, e.g. 2001:db8::10 or ::ffff:192.0.2.1. */
export function isIpv6(value: string): boolean {
	if (!value.includes(':') || !/^[0-9A-Fa-f:.]+$/.test(value)) return false;
	try {
		return new URL(`http://[${value}]/`).hostname !== '';
	} catch {
		return false;
	}
}

/** A DNS host name: dot-separated labels, 253 characters at most, not ending in an all-digit label. */
export function isHostName(value: string): boolean {
	if (value.length === 0 || value.length > 253) return false;
	const labels = value.split('.');
	// "10.0.0.300" has valid labels but is a mistyped address, and no top-level domain is all digits.
	if (/^\d+$/.test(labels.at(-1) ?? '')) return false;
	return labels.every((label) => LABEL.test(label));
}

/** Why a host is not a host name or IP address, or undefined when it is one. */
export function hostProblem(value: string): string | undefined {
	if (value === '') return 'is empty: enter a host name or an IP address';
	if (/\s/.test(value)) return 'contains a space; a host name or IP address has none';
	if (isIpv4(value) || isIpv6(value) || isHostName(value)) return undefined;
	if (/^[\d.]+$/.test(value)) return 'is not an IPv4 address: it needs four numbers from 0 to 255, e.g. 192.0.2.10';
	if (value.length > 253) return 'is longer than the 253 characters a host name can have';
	return 'is not a host name or IP address: use letters, digits, hyphens and dots (node1.example.com) or an address (192.0.2.10)';
}

/** Why a port is not a whole number from 1 to 65535, or undefined when it is one. */
export function portProblem(value: string): string | undefined {
	if (value === '') return 'is empty: enter a port from 1 to 65535';
	if (!/^\d{1,5}$/.test(value)) return 'is not a whole number: enter a port from 1 to 65535';
	const port = Number(value);
	return port >= 1 && port <= 65535 ? undefined : 'is out of range: enter a port from 1 to 65535';
}
