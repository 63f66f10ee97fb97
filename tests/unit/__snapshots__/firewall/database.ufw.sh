# Cluster Atlas: ufw commands for the MySQL database of the WSO2 IoT Server high-availability pattern.
# Generated from the ports reference; every rule names the port rule it comes from.
# Replace these placeholder addresses (192.0.2.0/24 is reserved for documentation) with your own:
#   Manager node: 192.0.2.20
#   Worker node: 192.0.2.30, 192.0.2.31
#   Key manager node: 192.0.2.40, 192.0.2.41
# Run as root. Check a line first by adding --dry-run after ufw.
ufw default deny incoming
ufw allow in proto tcp from any to any port 22 comment 'ssh-administration'

# Inbound
# database-mysql-3306: MySQL from Manager node, Worker node, Key manager node
ufw allow in proto tcp from 192.0.2.20 to any port 3306 comment 'database-mysql-3306'
ufw allow in proto tcp from 192.0.2.30 to any port 3306 comment 'database-mysql-3306'
ufw allow in proto tcp from 192.0.2.31 to any port 3306 comment 'database-mysql-3306'
ufw allow in proto tcp from 192.0.2.40 to any port 3306 comment 'database-mysql-3306'
ufw allow in proto tcp from 192.0.2.41 to any port 3306 comment 'database-mysql-3306'

# Outbound: effective once the outgoing default is deny (ufw default deny outgoing).

# Then turn the firewall on, if it is not on yet:
# ufw enable
