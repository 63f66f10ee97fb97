# Cluster Atlas: ufw commands for the Worker node of the WSO2 IoT Server high-availability pattern.
# Generated from the ports reference; every rule names the port rule it comes from.
# Replace these placeholder addresses (192.0.2.0/24 is reserved for documentation) with your own:
#   NGINX load balancer: 192.0.2.5
#   Manager node: 192.0.2.10
#   Worker node: 192.0.2.11, 192.0.2.12
#   Key manager node: 192.0.2.15, 192.0.2.16
#   IoT Analytics node: 192.0.2.30
#   Broker node: 192.0.2.31
# Run as root. Check a line first by adding --dry-run after ufw.
ufw default deny incoming
ufw allow in proto tcp from any to any port 22 comment 'ssh-administration'

# Inbound
# worker-https-9444: HTTPS from NGINX load balancer, Manager node, Key manager node
ufw allow in proto tcp from 192.0.2.5 to any port 9444 comment 'worker-https-9444'
ufw allow in proto tcp from 192.0.2.10 to any port 9444 comment 'worker-https-9444'
ufw allow in proto tcp from 192.0.2.15 to any port 9444 comment 'worker-https-9444'
ufw allow in proto tcp from 192.0.2.16 to any port 9444 comment 'worker-https-9444'
# worker-http-9764: HTTP from NGINX load balancer, Manager node, Key manager node
# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
ufw allow in proto tcp from 192.0.2.5 to any port 9764 comment 'worker-http-9764'
ufw allow in proto tcp from 192.0.2.10 to any port 9764 comment 'worker-http-9764'
ufw allow in proto tcp from 192.0.2.15 to any port 9764 comment 'worker-http-9764'
ufw allow in proto tcp from 192.0.2.16 to any port 9764 comment 'worker-http-9764'
# worker-gateway-https-8244: API gateway HTTPS from NGINX load balancer, Manager node, Key manager node
ufw allow in proto tcp from 192.0.2.5 to any port 8244 comment 'worker-gateway-https-8244'
ufw allow in proto tcp from 192.0.2.10 to any port 8244 comment 'worker-gateway-https-8244'
ufw allow in proto tcp from 192.0.2.15 to any port 8244 comment 'worker-gateway-https-8244'
ufw allow in proto tcp from 192.0.2.16 to any port 8244 comment 'worker-gateway-https-8244'
# worker-gateway-http-8281: API gateway HTTP from NGINX load balancer, Manager node, Key manager node
# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
ufw allow in proto tcp from 192.0.2.5 to any port 8281 comment 'worker-gateway-http-8281'
ufw allow in proto tcp from 192.0.2.10 to any port 8281 comment 'worker-gateway-http-8281'
ufw allow in proto tcp from 192.0.2.15 to any port 8281 comment 'worker-gateway-http-8281'
ufw allow in proto tcp from 192.0.2.16 to any port 8281 comment 'worker-gateway-http-8281'
# worker-hazelcast-4000: Hazelcast cluster membership from Worker node
# Conditional: Only when Hazelcast clustering is turned on in axis2.xml; IoT Server ships with it turned off.
ufw allow in proto tcp from 192.0.2.11 to any port 4000 comment 'worker-hazelcast-4000'
ufw allow in proto tcp from 192.0.2.12 to any port 4000 comment 'worker-hazelcast-4000'

# Outbound: effective once the outgoing default is deny (ufw default deny outgoing).
# worker-hazelcast-4000: Hazelcast cluster membership to Worker node
# Conditional: Only when Hazelcast clustering is turned on in axis2.xml; IoT Server ships with it turned off.
ufw allow out proto tcp to 192.0.2.11 port 4000 comment 'worker-hazelcast-4000'
ufw allow out proto tcp to 192.0.2.12 port 4000 comment 'worker-hazelcast-4000'
# key-manager-https-9447: HTTPS to Key manager node
ufw allow out proto tcp to 192.0.2.15 port 9447 comment 'key-manager-https-9447'
ufw allow out proto tcp to 192.0.2.16 port 9447 comment 'key-manager-https-9447'
# key-manager-http-9767: HTTP to Key manager node
# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
ufw allow out proto tcp to 192.0.2.15 port 9767 comment 'key-manager-http-9767'
ufw allow out proto tcp to 192.0.2.16 port 9767 comment 'key-manager-http-9767'
# analytics-https-9445: HTTPS to IoT Analytics node
ufw allow out proto tcp to 192.0.2.30 port 9445 comment 'analytics-https-9445'
# analytics-http-9765: HTTP to IoT Analytics node
# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
ufw allow out proto tcp to 192.0.2.30 port 9765 comment 'analytics-http-9765'
# analytics-thrift-7613: Thrift to IoT Analytics node
ufw allow out proto tcp to 192.0.2.30 port 7613 comment 'analytics-thrift-7613'
# analytics-thrift-tls-7713: Thrift over TLS to IoT Analytics node
ufw allow out proto tcp to 192.0.2.30 port 7713 comment 'analytics-thrift-tls-7713'
# broker-mqtt-1886: MQTT to Broker node
ufw allow out proto tcp to 192.0.2.31 port 1886 comment 'broker-mqtt-1886'
# broker-mqtt-tls-8886: MQTT over TLS to Broker node
# Conditional: Only for MQTT clients that connect over TLS.
ufw allow out proto tcp to 192.0.2.31 port 8886 comment 'broker-mqtt-tls-8886'
# broker-amqp-5675: AMQP to Broker node
# Conditional: Only for clients that use AMQP.
ufw allow out proto tcp to 192.0.2.31 port 5675 comment 'broker-amqp-5675'
# broker-https-9446: HTTPS to Broker node
ufw allow out proto tcp to 192.0.2.31 port 9446 comment 'broker-https-9446'

# Then turn the firewall on, if it is not on yet:
# ufw enable
