# Cluster Atlas: AWS security group in Terraform for the Key manager node of the WSO2 IoT Server high-availability pattern.
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

variable "database_security_group_id" {
  type        = string
  description = "Security group of the MySQL database"
}

resource "aws_security_group" "key_manager" {
  name        = "wso2-iot-key-manager"
  description = "Key manager node of the WSO2 IoT Server cluster"
  vpc_id      = var.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "key_manager_https_9447_from_manager" {
  security_group_id            = aws_security_group.key_manager.id
  description                  = "key-manager-https-9447: HTTPS"
  ip_protocol                  = "tcp"
  from_port                    = 9447
  to_port                      = 9447
  referenced_security_group_id = var.manager_security_group_id
}

resource "aws_vpc_security_group_ingress_rule" "key_manager_https_9447_from_worker" {
  security_group_id            = aws_security_group.key_manager.id
  description                  = "key-manager-https-9447: HTTPS"
  ip_protocol                  = "tcp"
  from_port                    = 9447
  to_port                      = 9447
  referenced_security_group_id = var.worker_security_group_id
}

# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
resource "aws_vpc_security_group_ingress_rule" "key_manager_http_9767_from_manager" {
  security_group_id            = aws_security_group.key_manager.id
  description                  = "key-manager-http-9767: HTTP"
  ip_protocol                  = "tcp"
  from_port                    = 9767
  to_port                      = 9767
  referenced_security_group_id = var.manager_security_group_id
}

# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
resource "aws_vpc_security_group_ingress_rule" "key_manager_http_9767_from_worker" {
  security_group_id            = aws_security_group.key_manager.id
  description                  = "key-manager-http-9767: HTTP"
  ip_protocol                  = "tcp"
  from_port                    = 9767
  to_port                      = 9767
  referenced_security_group_id = var.worker_security_group_id
}

# Conditional: Only when Hazelcast clustering is turned on in axis2.xml (IoT Server ships with it off) with the wka membership scheme.
resource "aws_vpc_security_group_ingress_rule" "key_manager_hazelcast_4000_from_key_manager" {
  security_group_id            = aws_security_group.key_manager.id
  description                  = "key-manager-hazelcast-4000: Hazelcast cluster membership"
  ip_protocol                  = "tcp"
  from_port                    = 4000
  to_port                      = 4000
  referenced_security_group_id = aws_security_group.key_manager.id
}

# Conditional: Only when Hazelcast clustering is turned on with the multicast membership scheme, as the shipped axis2.xml names it; with wka, port 4000 instead.
resource "aws_vpc_security_group_ingress_rule" "key_manager_hazelcast_multicast_45564_from_key_manager" {
  security_group_id            = aws_security_group.key_manager.id
  description                  = "key-manager-hazelcast-multicast-45564: Hazelcast multicast membership"
  ip_protocol                  = "udp"
  from_port                    = 45564
  to_port                      = 45564
  referenced_security_group_id = aws_security_group.key_manager.id
}

resource "aws_vpc_security_group_egress_rule" "worker_https_9444_to_worker" {
  security_group_id            = aws_security_group.key_manager.id
  description                  = "worker-https-9444: HTTPS"
  ip_protocol                  = "tcp"
  from_port                    = 9444
  to_port                      = 9444
  referenced_security_group_id = var.worker_security_group_id
}

# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
resource "aws_vpc_security_group_egress_rule" "worker_http_9764_to_worker" {
  security_group_id            = aws_security_group.key_manager.id
  description                  = "worker-http-9764: HTTP"
  ip_protocol                  = "tcp"
  from_port                    = 9764
  to_port                      = 9764
  referenced_security_group_id = var.worker_security_group_id
}

resource "aws_vpc_security_group_egress_rule" "worker_gateway_https_8244_to_worker" {
  security_group_id            = aws_security_group.key_manager.id
  description                  = "worker-gateway-https-8244: API gateway HTTPS"
  ip_protocol                  = "tcp"
  from_port                    = 8244
  to_port                      = 8244
  referenced_security_group_id = var.worker_security_group_id
}

# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
resource "aws_vpc_security_group_egress_rule" "worker_gateway_http_8281_to_worker" {
  security_group_id            = aws_security_group.key_manager.id
  description                  = "worker-gateway-http-8281: API gateway HTTP"
  ip_protocol                  = "tcp"
  from_port                    = 8281
  to_port                      = 8281
  referenced_security_group_id = var.worker_security_group_id
}

# Conditional: Only when Hazelcast clustering is turned on in axis2.xml (IoT Server ships with it off) with the wka membership scheme.
resource "aws_vpc_security_group_egress_rule" "key_manager_hazelcast_4000_to_key_manager" {
  security_group_id            = aws_security_group.key_manager.id
  description                  = "key-manager-hazelcast-4000: Hazelcast cluster membership"
  ip_protocol                  = "tcp"
  from_port                    = 4000
  to_port                      = 4000
  referenced_security_group_id = aws_security_group.key_manager.id
}

# Conditional: Only when Hazelcast clustering is turned on with the multicast membership scheme, as the shipped axis2.xml names it; with wka, port 4000 instead.
resource "aws_vpc_security_group_egress_rule" "key_manager_hazelcast_multicast_45564_to_key_manager" {
  security_group_id            = aws_security_group.key_manager.id
  description                  = "key-manager-hazelcast-multicast-45564: Hazelcast multicast membership"
  ip_protocol                  = "udp"
  from_port                    = 45564
  to_port                      = 45564
  referenced_security_group_id = aws_security_group.key_manager.id
}

resource "aws_vpc_security_group_egress_rule" "database_mysql_3306_to_database" {
  security_group_id            = aws_security_group.key_manager.id
  description                  = "database-mysql-3306: MySQL"
  ip_protocol                  = "tcp"
  from_port                    = 3306
  to_port                      = 3306
  referenced_security_group_id = var.database_security_group_id
}
