# Cluster Atlas: firewalld commands for the Manager node of the WSO2 IoT Server high-availability pattern.
# Generated from the ports reference; every rule names the port rule it comes from.
# Replace these placeholder addresses (192.0.2.0/24 is reserved for documentation) with your own:
#   NGINX load balancer: 192.0.2.5
#   Worker node: 192.0.2.11, 192.0.2.12
#   Key manager node: 192.0.2.15, 192.0.2.16
#   IoT Analytics node: 192.0.2.30
#   Broker node: 192.0.2.31
# Run as root. The rules go into the public zone; change --zone if the interface is in another.

# Inbound
# manager-https-9443: HTTPS from NGINX load balancer
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.5" port port="9443" protocol="tcp" accept'
# manager-http-9763: HTTP from NGINX load balancer
# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.5" port port="9763" protocol="tcp" accept'

# Outbound: firewalld allows all outgoing traffic unless a policy rejects it; these rules
# take effect once you set the policy target to REJECT (--set-target=REJECT).
firewall-cmd --permanent --new-policy=wso2-iot-out
firewall-cmd --permanent --policy=wso2-iot-out --add-ingress-zone=HOST
firewall-cmd --permanent --policy=wso2-iot-out --add-egress-zone=ANY
# apns-provider-443: APNs provider API (HTTP/2) to APNs 17.0.0.0/8
# Conditional: Only when the server sends iOS notifications through the HTTP/2 provider API; the seed documents the older binary interface.
firewall-cmd --permanent --policy=wso2-iot-out --add-rich-rule='rule family="ipv4" destination address="17.0.0.0/8" port port="443" protocol="tcp" accept'
# apns-provider-2197: APNs provider API (HTTP/2) to APNs 17.0.0.0/8
# Conditional: Only when the HTTP/2 provider API is used and set to port 2197 instead of 443.
firewall-cmd --permanent --policy=wso2-iot-out --add-rich-rule='rule family="ipv4" destination address="17.0.0.0/8" port port="2197" protocol="tcp" accept'
# worker-https-9444: HTTPS to Worker node
firewall-cmd --permanent --policy=wso2-iot-out --add-rich-rule='rule family="ipv4" destination address="192.0.2.11" port port="9444" protocol="tcp" accept'
firewall-cmd --permanent --policy=wso2-iot-out --add-rich-rule='rule family="ipv4" destination address="192.0.2.12" port port="9444" protocol="tcp" accept'
# worker-http-9764: HTTP to Worker node
# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
firewall-cmd --permanent --policy=wso2-iot-out --add-rich-rule='rule family="ipv4" destination address="192.0.2.11" port port="9764" protocol="tcp" accept'
firewall-cmd --permanent --policy=wso2-iot-out --add-rich-rule='rule family="ipv4" destination address="192.0.2.12" port port="9764" protocol="tcp" accept'
# worker-gateway-https-8244: API gateway HTTPS to Worker node
firewall-cmd --permanent --policy=wso2-iot-out --add-rich-rule='rule family="ipv4" destination address="192.0.2.11" port port="8244" protocol="tcp" accept'
firewall-cmd --permanent --policy=wso2-iot-out --add-rich-rule='rule family="ipv4" destination address="192.0.2.12" port port="8244" protocol="tcp" accept'
# worker-gateway-http-8281: API gateway HTTP to Worker node
# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
firewall-cmd --permanent --policy=wso2-iot-out --add-rich-rule='rule family="ipv4" destination address="192.0.2.11" port port="8281" protocol="tcp" accept'
firewall-cmd --permanent --policy=wso2-iot-out --add-rich-rule='rule family="ipv4" destination address="192.0.2.12" port port="8281" protocol="tcp" accept'
# key-manager-https-9447: HTTPS to Key manager node
firewall-cmd --permanent --policy=wso2-iot-out --add-rich-rule='rule family="ipv4" destination address="192.0.2.15" port port="9447" protocol="tcp" accept'
firewall-cmd --permanent --policy=wso2-iot-out --add-rich-rule='rule family="ipv4" destination address="192.0.2.16" port port="9447" protocol="tcp" accept'
# key-manager-http-9767: HTTP to Key manager node
# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
firewall-cmd --permanent --policy=wso2-iot-out --add-rich-rule='rule family="ipv4" destination address="192.0.2.15" port port="9767" protocol="tcp" accept'
firewall-cmd --permanent --policy=wso2-iot-out --add-rich-rule='rule family="ipv4" destination address="192.0.2.16" port port="9767" protocol="tcp" accept'
# analytics-https-9445: HTTPS to IoT Analytics node
firewall-cmd --permanent --policy=wso2-iot-out --add-rich-rule='rule family="ipv4" destination address="192.0.2.30" port port="9445" protocol="tcp" accept'
# analytics-http-9765: HTTP to IoT Analytics node
# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
firewall-cmd --permanent --policy=wso2-iot-out --add-rich-rule='rule family="ipv4" destination address="192.0.2.30" port port="9765" protocol="tcp" accept'
# analytics-thrift-7613: Thrift to IoT Analytics node
firewall-cmd --permanent --policy=wso2-iot-out --add-rich-rule='rule family="ipv4" destination address="192.0.2.30" port port="7613" protocol="tcp" accept'
# analytics-thrift-tls-7713: Thrift over TLS to IoT Analytics node
firewall-cmd --permanent --policy=wso2-iot-out --add-rich-rule='rule family="ipv4" destination address="192.0.2.30" port port="7713" protocol="tcp" accept'
# broker-mqtt-1886: MQTT to Broker node
firewall-cmd --permanent --policy=wso2-iot-out --add-rich-rule='rule family="ipv4" destination address="192.0.2.31" port port="1886" protocol="tcp" accept'
# broker-mqtt-tls-8886: MQTT over TLS to Broker node
# Conditional: Only for MQTT clients that connect over TLS.
firewall-cmd --permanent --policy=wso2-iot-out --add-rich-rule='rule family="ipv4" destination address="192.0.2.31" port port="8886" protocol="tcp" accept'
# broker-amqp-5675: AMQP to Broker node
# Conditional: Only for clients that use AMQP.
firewall-cmd --permanent --policy=wso2-iot-out --add-rich-rule='rule family="ipv4" destination address="192.0.2.31" port port="5675" protocol="tcp" accept'
# broker-https-9446: HTTPS to Broker node
firewall-cmd --permanent --policy=wso2-iot-out --add-rich-rule='rule family="ipv4" destination address="192.0.2.31" port port="9446" protocol="tcp" accept'

# Apply the permanent configuration:
firewall-cmd --reload
