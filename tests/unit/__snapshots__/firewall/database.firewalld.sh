# Cluster Atlas: firewalld commands for the MySQL database of the WSO2 IoT Server high-availability pattern.
# Generated from the ports reference; every rule names the port rule it comes from.
# Replace these placeholder addresses (192.0.2.0/24 is reserved for documentation) with your own:
#   Manager node: 192.0.2.20
#   Worker node: 192.0.2.30, 192.0.2.31
#   Key manager node: 192.0.2.40, 192.0.2.41
# Run as root. The rules go into the public zone; change --zone if the interface is in another.

# Inbound
# database-mysql-3306: MySQL from Manager node, Worker node, Key manager node
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.20" port port="3306" protocol="tcp" accept'
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.30" port port="3306" protocol="tcp" accept'
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.31" port port="3306" protocol="tcp" accept'
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.40" port port="3306" protocol="tcp" accept'
firewall-cmd --permanent --zone=public --add-rich-rule='rule family="ipv4" source address="192.0.2.41" port port="3306" protocol="tcp" accept'

# Apply the permanent configuration:
firewall-cmd --reload
