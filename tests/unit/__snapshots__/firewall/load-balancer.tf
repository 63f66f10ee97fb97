# Cluster Atlas: AWS security group in Terraform for the NGINX load balancer of the WSO2 IoT Server high-availability pattern.
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

resource "aws_security_group" "load_balancer" {
  name        = "wso2-iot-load-balancer"
  description = "NGINX load balancer of the WSO2 IoT Server cluster"
  vpc_id      = var.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "load_balancer_http_80_from_anywhere" {
  security_group_id = aws_security_group.load_balancer.id
  description       = "load-balancer-http-80: HTTP"
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_ingress_rule" "load_balancer_https_443_from_anywhere" {
  security_group_id = aws_security_group.load_balancer.id
  description       = "load-balancer-https-443: HTTPS"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_egress_rule" "manager_https_9443_to_manager" {
  security_group_id            = aws_security_group.load_balancer.id
  description                  = "manager-https-9443: HTTPS"
  ip_protocol                  = "tcp"
  from_port                    = 9443
  to_port                      = 9443
  referenced_security_group_id = var.manager_security_group_id
}

# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
resource "aws_vpc_security_group_egress_rule" "manager_http_9763_to_manager" {
  security_group_id            = aws_security_group.load_balancer.id
  description                  = "manager-http-9763: HTTP"
  ip_protocol                  = "tcp"
  from_port                    = 9763
  to_port                      = 9763
  referenced_security_group_id = var.manager_security_group_id
}

resource "aws_vpc_security_group_egress_rule" "worker_https_9444_to_worker" {
  security_group_id            = aws_security_group.load_balancer.id
  description                  = "worker-https-9444: HTTPS"
  ip_protocol                  = "tcp"
  from_port                    = 9444
  to_port                      = 9444
  referenced_security_group_id = var.worker_security_group_id
}

# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
resource "aws_vpc_security_group_egress_rule" "worker_http_9764_to_worker" {
  security_group_id            = aws_security_group.load_balancer.id
  description                  = "worker-http-9764: HTTP"
  ip_protocol                  = "tcp"
  from_port                    = 9764
  to_port                      = 9764
  referenced_security_group_id = var.worker_security_group_id
}

resource "aws_vpc_security_group_egress_rule" "worker_gateway_https_8244_to_worker" {
  security_group_id            = aws_security_group.load_balancer.id
  description                  = "worker-gateway-https-8244: API gateway HTTPS"
  ip_protocol                  = "tcp"
  from_port                    = 8244
  to_port                      = 8244
  referenced_security_group_id = var.worker_security_group_id
}

# Conditional: Only when a caller uses plain HTTP; HTTPS on the port beside it is enough otherwise.
resource "aws_vpc_security_group_egress_rule" "worker_gateway_http_8281_to_worker" {
  security_group_id            = aws_security_group.load_balancer.id
  description                  = "worker-gateway-http-8281: API gateway HTTP"
  ip_protocol                  = "tcp"
  from_port                    = 8281
  to_port                      = 8281
  referenced_security_group_id = var.worker_security_group_id
}
