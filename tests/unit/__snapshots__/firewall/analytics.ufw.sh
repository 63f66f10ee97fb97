# Cluster Atlas: ufw commands for the IoT Analytics node of the WSO2 IoT Server high-availability pattern.
# Generated from the ports reference; every rule names the port rule it comes from.
# Replace these placeholder addresses (192.0.2.0/24 is reserved for documentation) with your own:
#   Manager node: 192.0.2.10
#   Worker node: 192.0.2.11, 192.0.2.12
# Run as root. Check a line first by adding --dry-run after ufw.
ufw default deny incoming
ufw allow in proto tcp from any to any port 22 comment 'ssh-administration'

# Inbound
# analytics-https-9445: HTTPS from Manager node, Worker node
ufw allow in proto tcp from 192.0.2.10 to any port 9445 comment 'analytics-https-9445'
ufw allow in proto tcp from 192.0.2.11 to any port 9445 comment 'analytics-https-9445'
ufw allow in proto tcp from 192.0.2.12 to any port 9445 comment 'analytics-https-9445'
# analytics-http-9765: HTTP from Manager node, Worker node
# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
ufw allow in proto tcp from 192.0.2.10 to any port 9765 comment 'analytics-http-9765'
ufw allow in proto tcp from 192.0.2.11 to any port 9765 comment 'analytics-http-9765'
ufw allow in proto tcp from 192.0.2.12 to any port 9765 comment 'analytics-http-9765'
# analytics-thrift-7613: Thrift from Manager node, Worker node
ufw allow in proto tcp from 192.0.2.10 to any port 7613 comment 'analytics-thrift-7613'
ufw allow in proto tcp from 192.0.2.11 to any port 7613 comment 'analytics-thrift-7613'
ufw allow in proto tcp from 192.0.2.12 to any port 7613 comment 'analytics-thrift-7613'
# analytics-thrift-tls-7713: Thrift over TLS from Manager node, Worker node
ufw allow in proto tcp from 192.0.2.10 to any port 7713 comment 'analytics-thrift-tls-7713'
ufw allow in proto tcp from 192.0.2.11 to any port 7713 comment 'analytics-thrift-tls-7713'
ufw allow in proto tcp from 192.0.2.12 to any port 7713 comment 'analytics-thrift-tls-7713'

# Outbound: effective once the outgoing default is deny (ufw default deny outgoing).

# Then turn the firewall on, if it is not on yet:
# ufw enable
