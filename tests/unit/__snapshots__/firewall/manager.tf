# Cluster Atlas: AWS security group in Terraform for the Manager node of the WSO2 IoT Server high-availability pattern.
# Generated from the ports reference; every rule names the port rule it comes from.

variable "vpc_id" {
  type        = string
  description = "VPC that holds the cluster"
}

variable "load_balancer_security_group_id" {
  type        = string
  description = "Security group of the NGINX load balancer"
}

variable "worker_security_group_id" {
  type        = string
  description = "Security group of the Worker node"
}

variable "key_manager_security_group_id" {
  type        = string
  description = "Security group of the Key manager node"
}

variable "database_security_group_id" {
  type        = string
  description = "Security group of the MySQL database"
}

variable "analytics_security_group_id" {
  type        = string
  description = "Security group of the IoT Analytics node"
}

variable "broker_security_group_id" {
  type        = string
  description = "Security group of the Broker node"
}

resource "aws_security_group" "manager" {
  name        = "wso2-iot-manager"
  description = "Manager node of the WSO2 IoT Server cluster"
  vpc_id      = var.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "manager_https_9443_from_load_balancer" {
  security_group_id            = aws_security_group.manager.id
  description                  = "manager-https-9443: HTTPS"
  ip_protocol                  = "tcp"
  from_port                    = 9443
  to_port                      = 9443
  referenced_security_group_id = var.load_balancer_security_group_id
}

# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
resource "aws_vpc_security_group_ingress_rule" "manager_http_9763_from_load_balancer" {
  security_group_id            = aws_security_group.manager.id
  description                  = "manager-http-9763: HTTP"
  ip_protocol                  = "tcp"
  from_port                    = 9763
  to_port                      = 9763
  referenced_security_group_id = var.load_balancer_security_group_id
}

resource "aws_vpc_security_group_egress_rule" "worker_https_9444_to_worker" {
  security_group_id            = aws_security_group.manager.id
  description                  = "worker-https-9444: HTTPS"
  ip_protocol                  = "tcp"
  from_port                    = 9444
  to_port                      = 9444
  referenced_security_group_id = var.worker_security_group_id
}

# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
resource "aws_vpc_security_group_egress_rule" "worker_http_9764_to_worker" {
  security_group_id            = aws_security_group.manager.id
  description                  = "worker-http-9764: HTTP"
  ip_protocol                  = "tcp"
  from_port                    = 9764
  to_port                      = 9764
  referenced_security_group_id = var.worker_security_group_id
}

resource "aws_vpc_security_group_egress_rule" "worker_gateway_https_8244_to_worker" {
  security_group_id            = aws_security_group.manager.id
  description                  = "worker-gateway-https-8244: API gateway HTTPS"
  ip_protocol                  = "tcp"
  from_port                    = 8244
  to_port                      = 8244
  referenced_security_group_id = var.worker_security_group_id
}

# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
resource "aws_vpc_security_group_egress_rule" "worker_gateway_http_8281_to_worker" {
  security_group_id            = aws_security_group.manager.id
  description                  = "worker-gateway-http-8281: API gateway HTTP"
  ip_protocol                  = "tcp"
  from_port                    = 8281
  to_port                      = 8281
  referenced_security_group_id = var.worker_security_group_id
}

resource "aws_vpc_security_group_egress_rule" "key_manager_https_9447_to_key_manager" {
  security_group_id            = aws_security_group.manager.id
  description                  = "key-manager-https-9447: HTTPS"
  ip_protocol                  = "tcp"
  from_port                    = 9447
  to_port                      = 9447
  referenced_security_group_id = var.key_manager_security_group_id
}

# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
resource "aws_vpc_security_group_egress_rule" "key_manager_http_9767_to_key_manager" {
  security_group_id            = aws_security_group.manager.id
  description                  = "key-manager-http-9767: HTTP"
  ip_protocol                  = "tcp"
  from_port                    = 9767
  to_port                      = 9767
  referenced_security_group_id = var.key_manager_security_group_id
}

resource "aws_vpc_security_group_egress_rule" "database_mysql_3306_to_database" {
  security_group_id            = aws_security_group.manager.id
  description                  = "database-mysql-3306: MySQL"
  ip_protocol                  = "tcp"
  from_port                    = 3306
  to_port                      = 3306
  referenced_security_group_id = var.database_security_group_id
}

resource "aws_vpc_security_group_egress_rule" "analytics_https_9445_to_analytics" {
  security_group_id            = aws_security_group.manager.id
  description                  = "analytics-https-9445: HTTPS"
  ip_protocol                  = "tcp"
  from_port                    = 9445
  to_port                      = 9445
  referenced_security_group_id = var.analytics_security_group_id
}

# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
resource "aws_vpc_security_group_egress_rule" "analytics_http_9765_to_analytics" {
  security_group_id            = aws_security_group.manager.id
  description                  = "analytics-http-9765: HTTP"
  ip_protocol                  = "tcp"
  from_port                    = 9765
  to_port                      = 9765
  referenced_security_group_id = var.analytics_security_group_id
}

resource "aws_vpc_security_group_egress_rule" "analytics_thrift_7613_to_analytics" {
  security_group_id            = aws_security_group.manager.id
  description                  = "analytics-thrift-7613: Thrift"
  ip_protocol                  = "tcp"
  from_port                    = 7613
  to_port                      = 7613
  referenced_security_group_id = var.analytics_security_group_id
}

resource "aws_vpc_security_group_egress_rule" "analytics_thrift_tls_7713_to_analytics" {
  security_group_id            = aws_security_group.manager.id
  description                  = "analytics-thrift-tls-7713: Thrift over TLS"
  ip_protocol                  = "tcp"
  from_port                    = 7713
  to_port                      = 7713
  referenced_security_group_id = var.analytics_security_group_id
}

resource "aws_vpc_security_group_egress_rule" "broker_mqtt_1886_to_broker" {
  security_group_id            = aws_security_group.manager.id
  description                  = "broker-mqtt-1886: MQTT"
  ip_protocol                  = "tcp"
  from_port                    = 1886
  to_port                      = 1886
  referenced_security_group_id = var.broker_security_group_id
}

# Conditional: Only for MQTT clients that connect over TLS.
resource "aws_vpc_security_group_egress_rule" "broker_mqtt_tls_8886_to_broker" {
  security_group_id            = aws_security_group.manager.id
  description                  = "broker-mqtt-tls-8886: MQTT over TLS"
  ip_protocol                  = "tcp"
  from_port                    = 8886
  to_port                      = 8886
  referenced_security_group_id = var.broker_security_group_id
}

# Conditional: Only for clients that use AMQP.
resource "aws_vpc_security_group_egress_rule" "broker_amqp_5675_to_broker" {
  security_group_id            = aws_security_group.manager.id
  description                  = "broker-amqp-5675: AMQP"
  ip_protocol                  = "tcp"
  from_port                    = 5675
  to_port                      = 5675
  referenced_security_group_id = var.broker_security_group_id
}

resource "aws_vpc_security_group_egress_rule" "broker_https_9446_to_broker" {
  security_group_id            = aws_security_group.manager.id
  description                  = "broker-https-9446: HTTPS"
  ip_protocol                  = "tcp"
  from_port                    = 9446
  to_port                      = 9446
  referenced_security_group_id = var.broker_security_group_id
}
