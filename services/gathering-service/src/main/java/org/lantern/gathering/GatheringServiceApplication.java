package org.lantern.gathering;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class GatheringServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(GatheringServiceApplication.class, args);
	}
}
