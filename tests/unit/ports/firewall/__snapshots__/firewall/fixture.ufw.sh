# Cluster Atlas: ufw commands for the App node of the WSO2 IoT Server high-availability pattern.
# Generated from the flows of the cluster; every rule names the port rule it comes from.
# Replace these placeholder addresses (192.0.2.0/24 is reserved for documentation) with your own:
#   Proxy: 192.0.2.20, 192.0.2.21
#   Database: 192.0.2.30
# Run as root. Check a line first by adding --dry-run after ufw.
ufw default deny incoming
ufw allow in proto tcp from any to any port 22 comment 'ssh-administration'

# Inbound
# app-https-443: Service on 443 from any address (Browsers)
ufw allow in proto tcp from any to any port 443 comment 'app-https-443'
# app-http-8280: Service on 8280 from Proxy
ufw allow in proto tcp from 192.0.2.20 to any port 8280 comment 'app-http-8280'
ufw allow in proto tcp from 192.0.2.21 to any port 8280 comment 'app-http-8280'
# app-push-5229: Push range from Proxy
ufw allow in proto tcp from 192.0.2.20 to any port 5229:5230 comment 'app-push-5229'
ufw allow in proto tcp from 192.0.2.21 to any port 5229:5230 comment 'app-push-5229'
# app-discovery-5353: Service on 5353 from Proxy
# Conditional: only when discovery is on
ufw allow in proto udp from 192.0.2.20 to any port 5353 comment 'app-discovery-5353'
ufw allow in proto udp from 192.0.2.21 to any port 5353 comment 'app-discovery-5353'
# app-legacy-9999: Service on 9999 from Proxy
# Historical since 2020-01-31: port 443
ufw allow in proto tcp from 192.0.2.20 to any port 9999 comment 'app-legacy-9999'
ufw allow in proto tcp from 192.0.2.21 to any port 9999 comment 'app-legacy-9999'

# Outbound: effective once the outgoing default is deny (ufw default deny outgoing).
# apns-5223: Service on 5223 to APNs 17.0.0.0/8
ufw allow out proto tcp to 17.0.0.0/8 port 5223 comment 'apns-5223'
# updates-443: Service on 443 to any address (Update service)
ufw allow out proto tcp to any port 443 comment 'updates-443'
# db-mysql-3306: Service on 3306 to Database
ufw allow out proto tcp to 192.0.2.30 port 3306 comment 'db-mysql-3306'

# Then turn the firewall on, if it is not on yet:
# ufw enable
