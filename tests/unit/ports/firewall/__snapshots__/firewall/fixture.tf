# Cluster Atlas: AWS security group in Terraform for the App node of the WSO2 IoT Server high-availability pattern.
# Generated from the flows of the cluster; every rule names the port rule it comes from.

variable "vpc_id" {
  type        = string
  description = "VPC that holds the cluster"
}

variable "proxy_security_group_id" {
  type        = string
  description = "Security group of the Proxy"
}

variable "db_security_group_id" {
  type        = string
  description = "Security group of the Database"
}

resource "aws_security_group" "app" {
  name        = "wso2-iot-app"
  description = "App node of the WSO2 IoT Server cluster"
  vpc_id      = var.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "app_https_443_from_anywhere" {
  security_group_id = aws_security_group.app.id
  description       = "app-https-443: Service on 443"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_ingress_rule" "app_http_8280_from_proxy" {
  security_group_id            = aws_security_group.app.id
  description                  = "app-http-8280: Service on 8280"
  ip_protocol                  = "tcp"
  from_port                    = 8280
  to_port                      = 8280
  referenced_security_group_id = var.proxy_security_group_id
}

resource "aws_vpc_security_group_ingress_rule" "app_push_5229_from_proxy" {
  security_group_id            = aws_security_group.app.id
  description                  = "app-push-5229: Push range"
  ip_protocol                  = "tcp"
  from_port                    = 5229
  to_port                      = 5230
  referenced_security_group_id = var.proxy_security_group_id
}

# Conditional: only when discovery is on
resource "aws_vpc_security_group_ingress_rule" "app_discovery_5353_from_proxy" {
  security_group_id            = aws_security_group.app.id
  description                  = "app-discovery-5353: Service on 5353"
  ip_protocol                  = "udp"
  from_port                    = 5353
  to_port                      = 5353
  referenced_security_group_id = var.proxy_security_group_id
}

# Historical since 2020-01-31: port 443
resource "aws_vpc_security_group_ingress_rule" "app_legacy_9999_from_proxy" {
  security_group_id            = aws_security_group.app.id
  description                  = "app-legacy-9999: Service on 9999"
  ip_protocol                  = "tcp"
  from_port                    = 9999
  to_port                      = 9999
  referenced_security_group_id = var.proxy_security_group_id
}

resource "aws_vpc_security_group_egress_rule" "apns_5223_to_apns_17_0_0_0_8" {
  security_group_id = aws_security_group.app.id
  description       = "apns-5223: Service on 5223"
  ip_protocol       = "tcp"
  from_port         = 5223
  to_port           = 5223
  cidr_ipv4         = "17.0.0.0/8"
}

resource "aws_vpc_security_group_egress_rule" "updates_443_to_anywhere" {
  security_group_id = aws_security_group.app.id
  description       = "updates-443: Service on 443"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_egress_rule" "db_mysql_3306_to_db" {
  security_group_id            = aws_security_group.app.id
  description                  = "db-mysql-3306: Service on 3306"
  ip_protocol                  = "tcp"
  from_port                    = 3306
  to_port                      = 3306
  referenced_security_group_id = var.db_security_group_id
}
