# Cluster Atlas: AWS security group in Terraform for the Worker node of the WSO2 IoT Server high-availability pattern.
# Generated from the ports reference; every rule names the port rule it comes from.

variable "vpc_id" {
  type        = string
  description = "VPC that holds the cluster"
}

variable "load_balancer_security_group_id" {
  type        = string
  description = "Security group of the NGINX load balancer"
}

variable "manager_security_group_id" {
  type        = string
  description = "Security group of the Manager node"
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

resource "aws_security_group" "worker" {
  name        = "wso2-iot-worker"
  description = "Worker node of the WSO2 IoT Server cluster"
  vpc_id      = var.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "worker_https_9444_from_load_balancer" {
  security_group_id            = aws_security_group.worker.id
  description                  = "worker-https-9444: HTTPS"
  ip_protocol                  = "tcp"
  from_port                    = 9444
  to_port                      = 9444
  referenced_security_group_id = var.load_balancer_security_group_id
}

resource "aws_vpc_security_group_ingress_rule" "worker_https_9444_from_manager" {
  security_group_id            = aws_security_group.worker.id
  description                  = "worker-https-9444: HTTPS"
  ip_protocol                  = "tcp"
  from_port                    = 9444
  to_port                      = 9444
  referenced_security_group_id = var.manager_security_group_id
}

resource "aws_vpc_security_group_ingress_rule" "worker_https_9444_from_key_manager" {
  security_group_id            = aws_security_group.worker.id
  description                  = "worker-https-9444: HTTPS"
  ip_protocol                  = "tcp"
  from_port                    = 9444
  to_port                      = 9444
  referenced_security_group_id = var.key_manager_security_group_id
}

# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
resource "aws_vpc_security_group_ingress_rule" "worker_http_9764_from_load_balancer" {
  security_group_id            = aws_security_group.worker.id
  description                  = "worker-http-9764: HTTP"
  ip_protocol                  = "tcp"
  from_port                    = 9764
  to_port                      = 9764
  referenced_security_group_id = var.load_balancer_security_group_id
}

# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
resource "aws_vpc_security_group_ingress_rule" "worker_http_9764_from_manager" {
  security_group_id            = aws_security_group.worker.id
  description                  = "worker-http-9764: HTTP"
  ip_protocol                  = "tcp"
  from_port                    = 9764
  to_port                      = 9764
  referenced_security_group_id = var.manager_security_group_id
}

# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
resource "aws_vpc_security_group_ingress_rule" "worker_http_9764_from_key_manager" {
  security_group_id            = aws_security_group.worker.id
  description                  = "worker-http-9764: HTTP"
  ip_protocol                  = "tcp"
  from_port                    = 9764
  to_port                      = 9764
  referenced_security_group_id = var.key_manager_security_group_id
}

resource "aws_vpc_security_group_ingress_rule" "worker_gateway_https_8244_from_load_balancer" {
  security_group_id            = aws_security_group.worker.id
  description                  = "worker-gateway-https-8244: API gateway HTTPS"
  ip_protocol                  = "tcp"
  from_port                    = 8244
  to_port                      = 8244
  referenced_security_group_id = var.load_balancer_security_group_id
}

resource "aws_vpc_security_group_ingress_rule" "worker_gateway_https_8244_from_manager" {
  security_group_id            = aws_security_group.worker.id
  description                  = "worker-gateway-https-8244: API gateway HTTPS"
  ip_protocol                  = "tcp"
  from_port                    = 8244
  to_port                      = 8244
  referenced_security_group_id = var.manager_security_group_id
}

resource "aws_vpc_security_group_ingress_rule" "worker_gateway_https_8244_from_key_manager" {
  security_group_id            = aws_security_group.worker.id
  description                  = "worker-gateway-https-8244: API gateway HTTPS"
  ip_protocol                  = "tcp"
  from_port                    = 8244
  to_port                      = 8244
  referenced_security_group_id = var.key_manager_security_group_id
}

# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
resource "aws_vpc_security_group_ingress_rule" "worker_gateway_http_8281_from_load_balancer" {
  security_group_id            = aws_security_group.worker.id
  description                  = "worker-gateway-http-8281: API gateway HTTP"
  ip_protocol                  = "tcp"
  from_port                    = 8281
  to_port                      = 8281
  referenced_security_group_id = var.load_balancer_security_group_id
}

# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
resource "aws_vpc_security_group_ingress_rule" "worker_gateway_http_8281_from_manager" {
  security_group_id            = aws_security_group.worker.id
  description                  = "worker-gateway-http-8281: API gateway HTTP"
  ip_protocol                  = "tcp"
  from_port                    = 8281
  to_port                      = 8281
  referenced_security_group_id = var.manager_security_group_id
}

# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
resource "aws_vpc_security_group_ingress_rule" "worker_gateway_http_8281_from_key_manager" {
  security_group_id            = aws_security_group.worker.id
  description                  = "worker-gateway-http-8281: API gateway HTTP"
  ip_protocol                  = "tcp"
  from_port                    = 8281
  to_port                      = 8281
  referenced_security_group_id = var.key_manager_security_group_id
}

# Conditional: Only when Hazelcast clustering is turned on in axis2.xml (IoT Server ships with it off) with the wka membership scheme.
resource "aws_vpc_security_group_ingress_rule" "worker_hazelcast_4000_from_worker" {
  security_group_id            = aws_security_group.worker.id
  description                  = "worker-hazelcast-4000: Hazelcast cluster membership"
  ip_protocol                  = "tcp"
  from_port                    = 4000
  to_port                      = 4000
  referenced_security_group_id = aws_security_group.worker.id
}

# Conditional: Only when Hazelcast clustering is turned on with the multicast membership scheme, as the shipped axis2.xml names it; with wka, port 4000 instead.
resource "aws_vpc_security_group_ingress_rule" "worker_hazelcast_multicast_45564_from_worker" {
  security_group_id            = aws_security_group.worker.id
  description                  = "worker-hazelcast-multicast-45564: Hazelcast multicast membership"
  ip_protocol                  = "udp"
  from_port                    = 45564
  to_port                      = 45564
  referenced_security_group_id = aws_security_group.worker.id
}

# Conditional: Only when the server sends iOS notifications through the HTTP/2 provider API; the seed documents the older binary interface.
resource "aws_vpc_security_group_egress_rule" "apns_provider_443_to_apns_17_0_0_0_8" {
  security_group_id = aws_security_group.worker.id
  description       = "apns-provider-443: APNs provider API (HTTP/2)"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "17.0.0.0/8"
}

# Conditional: Only when the HTTP/2 provider API is used and set to port 2197 instead of 443.
resource "aws_vpc_security_group_egress_rule" "apns_provider_2197_to_apns_17_0_0_0_8" {
  security_group_id = aws_security_group.worker.id
  description       = "apns-provider-2197: APNs provider API (HTTP/2)"
  ip_protocol       = "tcp"
  from_port         = 2197
  to_port           = 2197
  cidr_ipv4         = "17.0.0.0/8"
}

# Conditional: Only when Android devices are woken by push notifications rather than polling.
resource "aws_vpc_security_group_egress_rule" "fcm_provider_443_to_anywhere" {
  security_group_id = aws_security_group.worker.id
  description       = "fcm-provider-443: FCM send API (HTTPS)"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

# Conditional: Only when Hazelcast clustering is turned on in axis2.xml (IoT Server ships with it off) with the wka membership scheme.
resource "aws_vpc_security_group_egress_rule" "worker_hazelcast_4000_to_worker" {
  security_group_id            = aws_security_group.worker.id
  description                  = "worker-hazelcast-4000: Hazelcast cluster membership"
  ip_protocol                  = "tcp"
  from_port                    = 4000
  to_port                      = 4000
  referenced_security_group_id = aws_security_group.worker.id
}

resource "aws_vpc_security_group_egress_rule" "key_manager_https_9447_to_key_manager" {
  security_group_id            = aws_security_group.worker.id
  description                  = "key-manager-https-9447: HTTPS"
  ip_protocol                  = "tcp"
  from_port                    = 9447
  to_port                      = 9447
  referenced_security_group_id = var.key_manager_security_group_id
}

# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
resource "aws_vpc_security_group_egress_rule" "key_manager_http_9767_to_key_manager" {
  security_group_id            = aws_security_group.worker.id
  description                  = "key-manager-http-9767: HTTP"
  ip_protocol                  = "tcp"
  from_port                    = 9767
  to_port                      = 9767
  referenced_security_group_id = var.key_manager_security_group_id
}

# Conditional: Only when Hazelcast clustering is turned on with the multicast membership scheme, as the shipped axis2.xml names it; with wka, port 4000 instead.
resource "aws_vpc_security_group_egress_rule" "worker_hazelcast_multicast_45564_to_worker" {
  security_group_id            = aws_security_group.worker.id
  description                  = "worker-hazelcast-multicast-45564: Hazelcast multicast membership"
  ip_protocol                  = "udp"
  from_port                    = 45564
  to_port                      = 45564
  referenced_security_group_id = aws_security_group.worker.id
}

resource "aws_vpc_security_group_egress_rule" "database_mysql_3306_to_database" {
  security_group_id            = aws_security_group.worker.id
  description                  = "database-mysql-3306: MySQL"
  ip_protocol                  = "tcp"
  from_port                    = 3306
  to_port                      = 3306
  referenced_security_group_id = var.database_security_group_id
}

resource "aws_vpc_security_group_egress_rule" "analytics_https_9445_to_analytics" {
  security_group_id            = aws_security_group.worker.id
  description                  = "analytics-https-9445: HTTPS"
  ip_protocol                  = "tcp"
  from_port                    = 9445
  to_port                      = 9445
  referenced_security_group_id = var.analytics_security_group_id
}

# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
resource "aws_vpc_security_group_egress_rule" "analytics_http_9765_to_analytics" {
  security_group_id            = aws_security_group.worker.id
  description                  = "analytics-http-9765: HTTP"
  ip_protocol                  = "tcp"
  from_port                    = 9765
  to_port                      = 9765
  referenced_security_group_id = var.analytics_security_group_id
}

resource "aws_vpc_security_group_egress_rule" "analytics_thrift_7613_to_analytics" {
  security_group_id            = aws_security_group.worker.id
  description                  = "analytics-thrift-7613: Thrift"
  ip_protocol                  = "tcp"
  from_port                    = 7613
  to_port                      = 7613
  referenced_security_group_id = var.analytics_security_group_id
}

resource "aws_vpc_security_group_egress_rule" "analytics_thrift_tls_7713_to_analytics" {
  security_group_id            = aws_security_group.worker.id
  description                  = "analytics-thrift-tls-7713: Thrift over TLS"
  ip_protocol                  = "tcp"
  from_port                    = 7713
  to_port                      = 7713
  referenced_security_group_id = var.analytics_security_group_id
}

resource "aws_vpc_security_group_egress_rule" "broker_mqtt_1886_to_broker" {
  security_group_id            = aws_security_group.worker.id
  description                  = "broker-mqtt-1886: MQTT"
  ip_protocol                  = "tcp"
  from_port                    = 1886
  to_port                      = 1886
  referenced_security_group_id = var.broker_security_group_id
}

# Conditional: Only for MQTT clients that connect over TLS.
resource "aws_vpc_security_group_egress_rule" "broker_mqtt_tls_8886_to_broker" {
  security_group_id            = aws_security_group.worker.id
  description                  = "broker-mqtt-tls-8886: MQTT over TLS"
  ip_protocol                  = "tcp"
  from_port                    = 8886
  to_port                      = 8886
  referenced_security_group_id = var.broker_security_group_id
}

# Conditional: Only for clients that use AMQP.
resource "aws_vpc_security_group_egress_rule" "broker_amqp_5675_to_broker" {
  security_group_id            = aws_security_group.worker.id
  description                  = "broker-amqp-5675: AMQP"
  ip_protocol                  = "tcp"
  from_port                    = 5675
  to_port                      = 5675
  referenced_security_group_id = var.broker_security_group_id
}

resource "aws_vpc_security_group_egress_rule" "broker_https_9446_to_broker" {
  security_group_id            = aws_security_group.worker.id
  description                  = "broker-https-9446: HTTPS"
  ip_protocol                  = "tcp"
  from_port                    = 9446
  to_port                      = 9446
  referenced_security_group_id = var.broker_security_group_id
}
