# Cluster Atlas: AWS security group in Terraform for the MySQL database of the WSO2 IoT Server high-availability pattern.
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

variable "key_manager_security_group_id" {
  type        = string
  description = "Security group of the Key manager node"
}

resource "aws_security_group" "database" {
  name        = "wso2-iot-database"
  description = "MySQL database of the WSO2 IoT Server cluster"
  vpc_id      = var.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "database_mysql_3306_from_manager" {
  security_group_id            = aws_security_group.database.id
  description                  = "database-mysql-3306: MySQL"
  ip_protocol                  = "tcp"
  from_port                    = 3306
  to_port                      = 3306
  referenced_security_group_id = var.manager_security_group_id
}

resource "aws_vpc_security_group_ingress_rule" "database_mysql_3306_from_worker" {
  security_group_id            = aws_security_group.database.id
  description                  = "database-mysql-3306: MySQL"
  ip_protocol                  = "tcp"
  from_port                    = 3306
  to_port                      = 3306
  referenced_security_group_id = var.worker_security_group_id
}

resource "aws_vpc_security_group_ingress_rule" "database_mysql_3306_from_key_manager" {
  security_group_id            = aws_security_group.database.id
  description                  = "database-mysql-3306: MySQL"
  ip_protocol                  = "tcp"
  from_port                    = 3306
  to_port                      = 3306
  referenced_security_group_id = var.key_manager_security_group_id
}
