package io.tongxin.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** Runs GET requests from N concurrent clients and collects their latencies. */
final class LoadRunner {

    private final Http http;
    private final int concurrency;

    LoadRunner(Http http, int concurrency) {
        this.http = http;
        this.concurrency = concurrency;
    }

    /**
     * {@code warmUp} requests first (not counted), then {@code requests} requests spread over the
     * clients; {@code paths} gives the i-th request's path, so runs vary their search terms.
     */
    Latencies run(String name, int warmUp, int requests, IntFunction<String> paths) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            http.get(paths.apply(requests + i));
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long[] nanos = new long[requests];
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < concurrency; c++) {
                clients.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        long t = System.nanoTime();
                        int status = http.get(paths.apply(i)).statusCode();
                        nanos[i] = System.nanoTime() - t;
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
        }
        finally {
            pool.shutdown();
        }
        return new Latencies(name, nanos, System.nanoTime() - start, errors.get());
    }
}
