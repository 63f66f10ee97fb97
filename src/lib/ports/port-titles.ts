import type { Port } from '../../schemas/port.ts';
import { formatPort } from '../../core/port-range.ts';

/**
 * Page titles for port rules, so a search result reads as an answer: the number first, then
 * what it is and where. "Port 9444/TCP: HTTPS on the Worker node".
 */
export function portTitle(port: Port, roleName: string): string {
	const where = port.direction === 'inbound' ? `on the ${roleName}` : `from the ${roleName}`;
	return `Port ${formatPort(port.port)}/${port.protocol.toUpperCase()}: ${port.service} ${where}`;
}
