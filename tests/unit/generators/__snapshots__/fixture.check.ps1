# Cluster Atlas: connectivity check (PowerShell) for the App node (role app).
# Generated from the data: the same per-role flows as the firewall rules; each rule names the port rule it comes from.
# Run it on a machine of this role: pwsh -File FILE (or powershell -File FILE). Peers are tested on the hosts below;
# pass others as parameters (-ApnsHosts 10.0.0.5,10.0.0.6 -TimeoutSeconds 5 -SkipConditional) or set the
# environment variables the sh script reads (hosts separated by spaces, CHECK_TIMEOUT, CHECK_CONDITIONAL=no).
# Each line: status, port/protocol, peer, host, purpose. Status is ok, FAILED, skip (conditional flows when
# CHECK_CONDITIONAL=no, or no host to test) or untestable (UDP has no connection to prove, or no tool to test with).
# A port range is tested on its first and last port. Exit status: 1 when any flow FAILED, else 2 when a flow
# could not be tested for want of a tool (UDP to peers never can be, and does not count), else 0.
[CmdletBinding()]
param(
	# APNs (apns)
	[string[]]$ApnsHosts = $(if ($env:APNS_HOSTS) { -split $env:APNS_HOSTS } else { @() }),
	# Update service (update-service)
	[string[]]$UpdateServiceHosts = $(if ($env:UPDATE_SERVICE_HOSTS) { -split $env:UPDATE_SERVICE_HOSTS } else { @() }),
	# Database (db)
	[string[]]$DbHosts = $(if ($env:DB_HOSTS) { -split $env:DB_HOSTS } else { @('192.0.2.30') }),
	[int]$TimeoutSeconds = $(if ($env:CHECK_TIMEOUT) { [int]$env:CHECK_TIMEOUT } else { 3 }),
	[switch]$SkipConditional = ($env:CHECK_CONDITIONAL -eq 'no')
)

$script:Failed = $false
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
}

# Outbound: this machine connects to its peers.
Test-Peer 'tcp' $ApnsHosts 'apns' 5223 5223 'apns-5223: Service on 5223' $false
Test-Peer 'tcp' $UpdateServiceHosts 'update-service' 443 443 'updates-443: Service on 443' $false
Test-Peer 'tcp' $DbHosts 'db' 3306 3306 'db-mysql-3306: Service on 3306' $false

# Inbound: something on this machine listens on these ports.
Test-Listen 'tcp' 443 443 'app-https-443: Service on 443' $false
Test-Listen 'tcp' 8280 8280 'app-http-8280: Service on 8280' $false
Test-Listen 'tcp' 5229 5230 'app-push-5229: Push range' $false
# Conditional: only when discovery is on
Test-Listen 'udp' 5353 5353 'app-discovery-5353: Service on 5353' $true
# Historical since 2020-01-31: port 443
Test-Listen 'tcp' 9999 9999 'app-legacy-9999: Service on 9999' $false

if ($script:Failed) { exit 1 }
if ($script:Untested) { exit 2 }
exit 0
