package org.threefold;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts Threefold. Everything else lives in the feature modules below this package.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ThreefoldApplication {

	public static void main(String[] args) {
		SpringApplication.run(ThreefoldApplication.class, args);
	}

}
