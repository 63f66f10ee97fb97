# Cluster Atlas: ufw commands for the Key manager node of the WSO2 IoT Server high-availability pattern.
# Generated from the ports reference; every rule names the port rule it comes from.
# Replace these placeholder addresses (192.0.2.0/24 is reserved for documentation) with your own:
#   Manager node: 192.0.2.10
#   Worker node: 192.0.2.11, 192.0.2.12
#   Key manager node: 192.0.2.15, 192.0.2.16
# Run as root. Check a line first by adding --dry-run after ufw.
ufw default deny incoming
ufw allow in proto tcp from any to any port 22 comment 'ssh-administration'

# Inbound
# key-manager-https-9447: HTTPS from Manager node, Worker node
ufw allow in proto tcp from 192.0.2.10 to any port 9447 comment 'key-manager-https-9447'
ufw allow in proto tcp from 192.0.2.11 to any port 9447 comment 'key-manager-https-9447'
ufw allow in proto tcp from 192.0.2.12 to any port 9447 comment 'key-manager-https-9447'
# key-manager-http-9767: HTTP from Manager node, Worker node
# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
ufw allow in proto tcp from 192.0.2.10 to any port 9767 comment 'key-manager-http-9767'
ufw allow in proto tcp from 192.0.2.11 to any port 9767 comment 'key-manager-http-9767'
ufw allow in proto tcp from 192.0.2.12 to any port 9767 comment 'key-manager-http-9767'
# key-manager-hazelcast-4000: Hazelcast cluster membership from Key manager node
# Conditional: Only when Hazelcast clustering is turned on in axis2.xml; IoT Server ships with it turned off.
ufw allow in proto tcp from 192.0.2.15 to any port 4000 comment 'key-manager-hazelcast-4000'
ufw allow in proto tcp from 192.0.2.16 to any port 4000 comment 'key-manager-hazelcast-4000'

# Outbound: effective once the outgoing default is deny (ufw default deny outgoing).
# worker-https-9444: HTTPS to Worker node
ufw allow out proto tcp to 192.0.2.11 port 9444 comment 'worker-https-9444'
ufw allow out proto tcp to 192.0.2.12 port 9444 comment 'worker-https-9444'
# worker-http-9764: HTTP to Worker node
# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
ufw allow out proto tcp to 192.0.2.11 port 9764 comment 'worker-http-9764'
ufw allow out proto tcp to 192.0.2.12 port 9764 comment 'worker-http-9764'
# worker-gateway-https-8244: API gateway HTTPS to Worker node
ufw allow out proto tcp to 192.0.2.11 port 8244 comment 'worker-gateway-https-8244'
ufw allow out proto tcp to 192.0.2.12 port 8244 comment 'worker-gateway-https-8244'
# worker-gateway-http-8281: API gateway HTTP to Worker node
# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
ufw allow out proto tcp to 192.0.2.11 port 8281 comment 'worker-gateway-http-8281'
ufw allow out proto tcp to 192.0.2.12 port 8281 comment 'worker-gateway-http-8281'
# key-manager-hazelcast-4000: Hazelcast cluster membership to Key manager node
# Conditional: Only when Hazelcast clustering is turned on in axis2.xml; IoT Server ships with it turned off.
ufw allow out proto tcp to 192.0.2.15 port 4000 comment 'key-manager-hazelcast-4000'
ufw allow out proto tcp to 192.0.2.16 port 4000 comment 'key-manager-hazelcast-4000'

# Then turn the firewall on, if it is not on yet:
# ufw enable
