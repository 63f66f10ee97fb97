# Cluster Atlas: firewalld commands for the Broker node of the WSO2 IoT Server high-availability pattern.
# Generated from the ports reference; every rule names the port rule it comes from.
# Replace these placeholder addresses (192.0.2.0/24 is reserved for documentation) with your own:
#   Manager node: 192.0.2.10
#   Worker node: 192.0.2.11, 192.0.2.12
# Run as root. The rules go into the public zone; change --zone if the interface is in another.

# Inbound
# broker-mqtt-1886: MQTT from Manager node, Worker node
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.10" port port="1886" protocol="tcp" accept'
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.11" port port="1886" protocol="tcp" accept'
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.12" port port="1886" protocol="tcp" accept'
# broker-mqtt-tls-8886: MQTT over TLS from Manager node, Worker node
# Conditional: Only for MQTT clients that connect over TLS.
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.10" port port="8886" protocol="tcp" accept'
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.11" port port="8886" protocol="tcp" accept'
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.12" port port="8886" protocol="tcp" accept'
# broker-amqp-5675: AMQP from Manager node, Worker node
# Conditional: Only for clients that use AMQP.
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.10" port port="5675" protocol="tcp" accept'
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.11" port port="5675" protocol="tcp" accept'
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.12" port port="5675" protocol="tcp" accept'
# broker-https-9446: HTTPS from Manager node, Worker node
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.10" port port="9446" protocol="tcp" accept'
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.11" port port="9446" protocol="tcp" accept'
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.12" port port="9446" protocol="tcp" accept'

# Apply the permanent configuration:
firewall-cmd --reload
