#!/bin/sh
# Cluster Atlas: connectivity check (POSIX sh) for the App node (role app).
# Generated from the data: the same per-role flows as the firewall rules; each rule names the port rule it comes from.
# Run it on a machine of this role: sh FILE. Peers are tested on the hosts below; set the variables in the
# environment to test others, e.g. APNS_HOSTS='10.0.0.5 10.0.0.6' CHECK_TIMEOUT=5 sh FILE.
# Each line: status, port/protocol, peer, host, purpose. Status is ok, FAILED, skip (conditional flows when
# CHECK_CONDITIONAL=no, or no host to test) or untestable (UDP has no connection to prove, or no tool to test with).
# A port range is tested on its first and last port. Exit status: 1 when any flow FAILED, else 2 when a flow
# could not be tested for want of a tool (UDP to peers never can be, and does not count), else 0.

set -u
# Host lists are split at spaces and never expanded as file names.
set -f

if [ -z "${CHECK_TIMEOUT:-}" ]; then CHECK_TIMEOUT=3; fi
if [ -z "${CHECK_CONDITIONAL:-}" ]; then CHECK_CONDITIONAL=yes; fi
# APNs (apns)
if [ -z "${APNS_HOSTS:-}" ]; then APNS_HOSTS=''; fi
# Update service (update-service)
if [ -z "${UPDATE_SERVICE_HOSTS:-}" ]; then UPDATE_SERVICE_HOSTS=''; fi
# Database (db)
if [ -z "${DB_HOSTS:-}" ]; then DB_HOSTS='192.0.2.30'; fi

failed=0
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
}

# check_peer PROTOCOL HOSTS PEER FIRST LAST PURPOSE CONDITIONAL: one line per host.
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
}

# listening PROTOCOL PORT: 0 when a local socket listens on the port, 1 when none does, 2 with no tool.
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
}

# Outbound: this node connects to its peers.
check_peer tcp "$APNS_HOSTS" 'apns' 5223 5223 'apns-5223: Service on 5223' always
check_peer tcp "$UPDATE_SERVICE_HOSTS" 'update-service' 443 443 'updates-443: Service on 443' always
check_peer tcp "$DB_HOSTS" 'db' 3306 3306 'db-mysql-3306: Service on 3306' always

# Inbound: something on this node listens on these ports.
check_listen tcp 443 443 'app-https-443: Service on 443' always
check_listen tcp 8280 8280 'app-http-8280: Service on 8280' always
check_listen tcp 5229 5230 'app-push-5229: Push range' always
# Conditional: only when discovery is on
check_listen udp 5353 5353 'app-discovery-5353: Service on 5353' conditional
# Historical since 2020-01-31: port 443
check_listen tcp 9999 9999 'app-legacy-9999: Service on 9999' always

if [ "$failed" -ne 0 ]; then exit 1; fi
if [ "$untested" -ne 0 ]; then exit 2; fi
exit 0
