package org.lantern.innovation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class InnovationServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(InnovationServiceApplication.class, args);
	}
}
