# Cluster Atlas: AWS security group in Terraform for the IoT Analytics node of the WSO2 IoT Server high-availability pattern.
# Generated from the ports reference; every rule names the port rule it comes from.

variable "vpc_id" {
  type        = string
  description = "VPC that holds the cluster"
}

variable "manager_security_group_id" {
  type        = string
  description = "Security group of the Manager node"
}

variable "worker_security_group_id" {
  type        = string
  description = "Security group of the Worker node"
}

resource "aws_security_group" "analytics" {
  name        = "wso2-iot-analytics"
  description = "IoT Analytics node of the WSO2 IoT Server cluster"
  vpc_id      = var.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "analytics_https_9445_from_manager" {
  security_group_id            = aws_security_group.analytics.id
  description                  = "analytics-https-9445: HTTPS"
  ip_protocol                  = "tcp"
  from_port                    = 9445
  to_port                      = 9445
  referenced_security_group_id = var.manager_security_group_id
}

resource "aws_vpc_security_group_ingress_rule" "analytics_https_9445_from_worker" {
  security_group_id            = aws_security_group.analytics.id
  description                  = "analytics-https-9445: HTTPS"
  ip_protocol                  = "tcp"
  from_port                    = 9445
  to_port                      = 9445
  referenced_security_group_id = var.worker_security_group_id
}

# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
resource "aws_vpc_security_group_ingress_rule" "analytics_http_9765_from_manager" {
  security_group_id            = aws_security_group.analytics.id
  description                  = "analytics-http-9765: HTTP"
  ip_protocol                  = "tcp"
  from_port                    = 9765
  to_port                      = 9765
  referenced_security_group_id = var.manager_security_group_id
}

# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
resource "aws_vpc_security_group_ingress_rule" "analytics_http_9765_from_worker" {
  security_group_id            = aws_security_group.analytics.id
  description                  = "analytics-http-9765: HTTP"
  ip_protocol                  = "tcp"
  from_port                    = 9765
  to_port                      = 9765
  referenced_security_group_id = var.worker_security_group_id
}

resource "aws_vpc_security_group_ingress_rule" "analytics_thrift_7613_from_manager" {
  security_group_id            = aws_security_group.analytics.id
  description                  = "analytics-thrift-7613: Thrift"
  ip_protocol                  = "tcp"
  from_port                    = 7613
  to_port                      = 7613
  referenced_security_group_id = var.manager_security_group_id
}

resource "aws_vpc_security_group_ingress_rule" "analytics_thrift_7613_from_worker" {
  security_group_id            = aws_security_group.analytics.id
  description                  = "analytics-thrift-7613: Thrift"
  ip_protocol                  = "tcp"
  from_port                    = 7613
  to_port                      = 7613
  referenced_security_group_id = var.worker_security_group_id
}

resource "aws_vpc_security_group_ingress_rule" "analytics_thrift_tls_7713_from_manager" {
  security_group_id            = aws_security_group.analytics.id
  description                  = "analytics-thrift-tls-7713: Thrift over TLS"
  ip_protocol                  = "tcp"
  from_port                    = 7713
  to_port                      = 7713
  referenced_security_group_id = var.manager_security_group_id
}

resource "aws_vpc_security_group_ingress_rule" "analytics_thrift_tls_7713_from_worker" {
  security_group_id            = aws_security_group.analytics.id
  description                  = "analytics-thrift-tls-7713: Thrift over TLS"
  ip_protocol                  = "tcp"
  from_port                    = 7713
  to_port                      = 7713
  referenced_security_group_id = var.worker_security_group_id
}
