# Cluster Atlas: ufw commands for the Broker node of the WSO2 IoT Server high-availability pattern.
# Generated from the ports reference; every rule names the port rule it comes from.
# Replace these placeholder addresses (192.0.2.0/24 is reserved for documentation) with your own:
#   Manager node: 192.0.2.10
#   Worker node: 192.0.2.11, 192.0.2.12
# Run as root. Check a line first by adding --dry-run after ufw.
ufw default deny incoming
ufw allow in proto tcp from any to any port 22 comment 'ssh-administration'

# Inbound
# broker-mqtt-1886: MQTT from Manager node, Worker node
ufw allow in proto tcp from 192.0.2.10 to any port 1886 comment 'broker-mqtt-1886'
ufw allow in proto tcp from 192.0.2.11 to any port 1886 comment 'broker-mqtt-1886'
ufw allow in proto tcp from 192.0.2.12 to any port 1886 comment 'broker-mqtt-1886'
# broker-mqtt-tls-8886: MQTT over TLS from Manager node, Worker node
# Conditional: Only for MQTT clients that connect over TLS.
ufw allow in proto tcp from 192.0.2.10 to any port 8886 comment 'broker-mqtt-tls-8886'
ufw allow in proto tcp from 192.0.2.11 to any port 8886 comment 'broker-mqtt-tls-8886'
ufw allow in proto tcp from 192.0.2.12 to any port 8886 comment 'broker-mqtt-tls-8886'
# broker-amqp-5675: AMQP from Manager node, Worker node
# Conditional: Only for clients that use AMQP.
ufw allow in proto tcp from 192.0.2.10 to any port 5675 comment 'broker-amqp-5675'
ufw allow in proto tcp from 192.0.2.11 to any port 5675 comment 'broker-amqp-5675'
ufw allow in proto tcp from 192.0.2.12 to any port 5675 comment 'broker-amqp-5675'
# broker-https-9446: HTTPS from Manager node, Worker node
ufw allow in proto tcp from 192.0.2.10 to any port 9446 comment 'broker-https-9446'
ufw allow in proto tcp from 192.0.2.11 to any port 9446 comment 'broker-https-9446'
ufw allow in proto tcp from 192.0.2.12 to any port 9446 comment 'broker-https-9446'

# Outbound: effective once the outgoing default is deny (ufw default deny outgoing).

# Then turn the firewall on, if it is not on yet:
# ufw enable
