# Cluster Atlas: AWS security group in Terraform for the Broker node of the WSO2 IoT Server high-availability pattern.
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

resource "aws_security_group" "broker" {
  name        = "wso2-iot-broker"
  description = "Broker node of the WSO2 IoT Server cluster"
  vpc_id      = var.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "broker_mqtt_1886_from_manager" {
  security_group_id            = aws_security_group.broker.id
  description                  = "broker-mqtt-1886: MQTT"
  ip_protocol                  = "tcp"
  from_port                    = 1886
  to_port                      = 1886
  referenced_security_group_id = var.manager_security_group_id
}

resource "aws_vpc_security_group_ingress_rule" "broker_mqtt_1886_from_worker" {
  security_group_id            = aws_security_group.broker.id
  description                  = "broker-mqtt-1886: MQTT"
  ip_protocol                  = "tcp"
  from_port                    = 1886
  to_port                      = 1886
  referenced_security_group_id = var.worker_security_group_id
}

# Conditional: Only for MQTT clients that connect over TLS.
resource "aws_vpc_security_group_ingress_rule" "broker_mqtt_tls_8886_from_manager" {
  security_group_id            = aws_security_group.broker.id
  description                  = "broker-mqtt-tls-8886: MQTT over TLS"
  ip_protocol                  = "tcp"
  from_port                    = 8886
  to_port                      = 8886
  referenced_security_group_id = var.manager_security_group_id
}

# Conditional: Only for MQTT clients that connect over TLS.
resource "aws_vpc_security_group_ingress_rule" "broker_mqtt_tls_8886_from_worker" {
  security_group_id            = aws_security_group.broker.id
  description                  = "broker-mqtt-tls-8886: MQTT over TLS"
  ip_protocol                  = "tcp"
  from_port                    = 8886
  to_port                      = 8886
  referenced_security_group_id = var.worker_security_group_id
}

# Conditional: Only for clients that use AMQP.
resource "aws_vpc_security_group_ingress_rule" "broker_amqp_5675_from_manager" {
  security_group_id            = aws_security_group.broker.id
  description                  = "broker-amqp-5675: AMQP"
  ip_protocol                  = "tcp"
  from_port                    = 5675
  to_port                      = 5675
  referenced_security_group_id = var.manager_security_group_id
}

# Conditional: Only for clients that use AMQP.
resource "aws_vpc_security_group_ingress_rule" "broker_amqp_5675_from_worker" {
  security_group_id            = aws_security_group.broker.id
  description                  = "broker-amqp-5675: AMQP"
  ip_protocol                  = "tcp"
  from_port                    = 5675
  to_port                      = 5675
  referenced_security_group_id = var.worker_security_group_id
}

resource "aws_vpc_security_group_ingress_rule" "broker_https_9446_from_manager" {
  security_group_id            = aws_security_group.broker.id
  description                  = "broker-https-9446: HTTPS"
  ip_protocol                  = "tcp"
  from_port                    = 9446
  to_port                      = 9446
  referenced_security_group_id = var.manager_security_group_id
}

resource "aws_vpc_security_group_ingress_rule" "broker_https_9446_from_worker" {
  security_group_id            = aws_security_group.broker.id
  description                  = "broker-https-9446: HTTPS"
  ip_protocol                  = "tcp"
  from_port                    = 9446
  to_port                      = 9446
  referenced_security_group_id = var.worker_security_group_id
}

# Conditional: Only when more than one broker node forms a cluster.
resource "aws_vpc_security_group_ingress_rule" "broker_thrift_7614_from_broker" {
  security_group_id            = aws_security_group.broker.id
  description                  = "broker-thrift-7614: Broker Thrift coordination"
  ip_protocol                  = "tcp"
  from_port                    = 7614
  to_port                      = 7614
  referenced_security_group_id = aws_security_group.broker.id
}

# Conditional: Only when more than one broker node forms a cluster.
resource "aws_vpc_security_group_egress_rule" "broker_thrift_7614_to_broker" {
  security_group_id            = aws_security_group.broker.id
  description                  = "broker-thrift-7614: Broker Thrift coordination"
  ip_protocol                  = "tcp"
  from_port                    = 7614
  to_port                      = 7614
  referenced_security_group_id = aws_security_group.broker.id
}
