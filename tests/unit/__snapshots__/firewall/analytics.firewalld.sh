# Cluster Atlas: firewalld commands for the IoT Analytics node of the WSO2 IoT Server high-availability pattern.
# Generated from the ports reference; every rule names the port rule it comes from.
# Replace these placeholder addresses (192.0.2.0/24 is reserved for documentation) with your own:
#   Manager node: 192.0.2.10
#   Worker node: 192.0.2.11, 192.0.2.12
# Run as root. The rules go into the public zone; change --zone if the interface is in another.

# Inbound
# analytics-https-9445: HTTPS from Manager node, Worker node
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.10" port port="9445" protocol="tcp" accept'
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.11" port port="9445" protocol="tcp" accept'
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.12" port port="9445" protocol="tcp" accept'
# analytics-http-9765: HTTP from Manager node, Worker node
# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.10" port port="9765" protocol="tcp" accept'
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.11" port port="9765" protocol="tcp" accept'
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.12" port port="9765" protocol="tcp" accept'
# analytics-thrift-7613: Thrift from Manager node, Worker node
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.10" port port="7613" protocol="tcp" accept'
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.11" port port="7613" protocol="tcp" accept'
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.12" port port="7613" protocol="tcp" accept'
# analytics-thrift-tls-7713: Thrift over TLS from Manager node, Worker node
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.10" port port="7713" protocol="tcp" accept'
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.11" port port="7713" protocol="tcp" accept'
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.12" port port="7713" protocol="tcp" accept'

# Apply the permanent configuration:
firewall-cmd --reload
