package io.tongxin;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Tongxin (同心): the information platform for online united-front work.
 * Every direct sub-package is an application module (see ModularityTests).
 */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class TongxinApplication {

    static {
        // Every date a department reads is Beijing time, whatever the server's clock zone; set it
        // before anything formats a date (also when a test loads this class instead of main()).
        TimeZone.setDefault(TimeZone.getTimeZone(
                System.getenv().getOrDefault("TONGXIN_TIME_ZONE", "Asia/Shanghai")));
    }

    public static void main(String[] args) {
        SpringApplication.run(TongxinApplication.class, args);
    }
}
