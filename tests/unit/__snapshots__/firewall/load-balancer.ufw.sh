# Cluster Atlas: ufw commands for the NGINX load balancer of the WSO2 IoT Server high-availability pattern.
# Generated from the ports reference; every rule names the port rule it comes from.
# Replace these placeholder addresses (192.0.2.0/24 is reserved for documentation) with your own:
#   Manager node: 192.0.2.10
#   Worker node: 192.0.2.11, 192.0.2.12
# Run as root. Check a line first by adding --dry-run after ufw.
ufw default deny incoming
ufw allow in proto tcp from any to any port 22 comment 'ssh-administration'

# Inbound
# load-balancer-http-80: HTTP from any address (Android and iOS devices, Administrators, End users)
ufw allow in proto tcp from any to any port 80 comment 'load-balancer-http-80'
# load-balancer-https-443: HTTPS from any address (Android and iOS devices, Administrators, End users)
ufw allow in proto tcp from any to any port 443 comment 'load-balancer-https-443'

# Outbound: effective once the outgoing default is deny (ufw default deny outgoing).
# manager-https-9443: HTTPS to Manager node
ufw allow out proto tcp to 192.0.2.10 port 9443 comment 'manager-https-9443'
# manager-http-9763: HTTP to Manager node
# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
ufw allow out proto tcp to 192.0.2.10 port 9763 comment 'manager-http-9763'
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

# Then turn the firewall on, if it is not on yet:
# ufw enable
