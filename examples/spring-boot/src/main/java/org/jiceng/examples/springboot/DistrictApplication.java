package org.jiceng.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A district's own Spring Boot application on the platform: the starter configures the {@code JicengClient} from
 * {@code jiceng.*}; the app ranks its streets by the three rates, files cases, receives the platform's signed
 * webhooks and reports the platform's health in its own.
 */
@SpringBootApplication
public class DistrictApplication {
    public static void main(String[] args) {
        SpringApplication.run(DistrictApplication.class, args);
    }
}
