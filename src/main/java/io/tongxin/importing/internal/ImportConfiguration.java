package io.tongxin.importing.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that validate and commit imports: few, because each commit holds one database
 * connection and one long transaction, and the machine has few cores.
 */
@Configuration(proxyBeanMethods = false)
class ImportConfiguration {

    @Bean(destroyMethod = "shutdown")
    ThreadPoolTaskExecutor importExecutor(ImportLimits limits) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("import-");
        executor.setCorePoolSize(limits.workers());
        executor.setMaxPoolSize(limits.workers());
        executor.setQueueCapacity(50);
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
        return executor;
    }
}
