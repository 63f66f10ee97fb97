# Cluster Atlas: firewalld commands for the App node of the WSO2 IoT Server high-availability pattern.
# Generated from the flows of the cluster; every rule names the port rule it comes from.
# Replace these placeholder addresses (192.0.2.0/24 is reserved for documentation) with your own:
#   Proxy: 192.0.2.20, 192.0.2.21
#   Database: 192.0.2.30
# Run as root. The rules go into the public zone; change --zone if the interface is in another.

# Inbound
# app-https-443: Service on 443 from any address (Browsers)
firewall-cmd --permanent --zone=public --add-port=443/tcp
# app-http-8280: Service on 8280 from Proxy
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.20" port port="8280" protocol="tcp" accept'
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.21" port port="8280" protocol="tcp" accept'
# app-push-5229: Push range from Proxy
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.20" port port="5229-5230" protocol="tcp" accept'
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.21" port port="5229-5230" protocol="tcp" accept'
# app-discovery-5353: Service on 5353 from Proxy
# Conditional: only when discovery is on
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.20" port port="5353" protocol="udp" accept'
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.21" port port="5353" protocol="udp" accept'
# app-legacy-9999: Service on 9999 from Proxy
# Historical since 2020-01-31: port 443
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.20" port port="9999" protocol="tcp" accept'
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.21" port port="9999" protocol="tcp" accept'

# Outbound: firewalld allows all outgoing traffic unless a policy rejects it; these rules
# take effect once you set the policy target to REJECT (--set-target=REJECT).
firewall-cmd --permanent --new-policy=wso2-iot-out
firewall-cmd --permanent --policy=wso2-iot-out --add-ingress-zone=HOST
firewall-cmd --permanent --policy=wso2-iot-out --add-egress-zone=ANY
# apns-5223: Service on 5223 to APNs 17.0.0.0/8
firewall-cmd --permanent --policy=wso2-iot-out --add-rich-rule='rule family="ipv4" destination address="17.0.0.0/8" port port="5223" protocol="tcp" accept'
# updates-443: Service on 443 to any address (Update service)
firewall-cmd --permanent --policy=wso2-iot-out --add-rich-rule='rule family="ipv4" port port="443" protocol="tcp" accept'
# db-mysql-3306: Service on 3306 to Database
firewall-cmd --permanent --policy=wso2-iot-out --add-rich-rule='rule family="ipv4" destination address="192.0.2.30" port port="3306" protocol="tcp" accept'

# Apply the permanent configuration:
firewall-cmd --reload
