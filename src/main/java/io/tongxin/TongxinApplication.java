package io.tongxin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Tongxin (同心): the information platform for online united-front work.
 * Every direct sub-package is an application module (see ModularityTests).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TongxinApplication {

    public static void main(String[] args) {
        SpringApplication.run(TongxinApplication.class, args);
    }
}
