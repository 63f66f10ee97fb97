# Cluster Atlas: firewalld commands for the Key manager node of the WSO2 IoT Server high-availability pattern.
# Generated from the ports reference; every rule names the port rule it comes from.
# Replace these placeholder addresses (192.0.2.0/24 is reserved for documentation) with your own:
#   Manager node: 192.0.2.10
#   Worker node: 192.0.2.11, 192.0.2.12
#   Key manager node: 192.0.2.15, 192.0.2.16
# Run as root. The rules go into the public zone; change --zone if the interface is in another.

# Inbound
# key-manager-https-9447: HTTPS from Manager node, Worker node
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.10" port port="9447" protocol="tcp" accept'
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.11" port port="9447" protocol="tcp" accept'
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.12" port port="9447" protocol="tcp" accept'
# key-manager-http-9767: HTTP from Manager node, Worker node
# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.10" port port="9767" protocol="tcp" accept'
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.11" port port="9767" protocol="tcp" accept'
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.12" port port="9767" protocol="tcp" accept'
# key-manager-hazelcast-4000: Hazelcast cluster membership from Key manager node
# Conditional: Only when Hazelcast clustering is turned on in axis2.xml; IoT Server ships with it turned off.
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.15" port port="4000" protocol="tcp" accept'
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.16" port port="4000" protocol="tcp" accept'

# Outbound: firewalld allows all outgoing traffic unless a policy rejects it; these rules
# take effect once you set the policy target to REJECT (--set-target=REJECT).
firewall-cmd --permanent --new-policy=wso2-iot-out
firewall-cmd --permanent --policy=wso2-iot-out --add-ingress-zone=HOST
firewall-cmd --permanent --policy=wso2-iot-out --add-egress-zone=ANY
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
# key-manager-hazelcast-4000: Hazelcast cluster membership to Key manager node
# Conditional: Only when Hazelcast clustering is turned on in axis2.xml; IoT Server ships with it turned off.
firewall-cmd --permanent --policy=wso2-iot-out --add-rich-rule='rule family="ipv4" destination address="192.0.2.15" port port="4000" protocol="tcp" accept'
firewall-cmd --permanent --policy=wso2-iot-out --add-rich-rule='rule family="ipv4" destination address="192.0.2.16" port port="4000" protocol="tcp" accept'

# Apply the permanent configuration:
firewall-cmd --reload
