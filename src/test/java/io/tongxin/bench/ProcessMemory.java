package io.tongxin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's memory from outside: RSS from /proc/&lt;pid&gt;/status and the Java heap in use
 * from {@code jcmd <pid> GC.heap_info}. A sampler thread keeps the peaks while load runs.
 */
final class ProcessMemory {

    private static final Pattern HEAP_USED = Pattern.compile("total (\\d+)K, used (\\d+)K");

    private final long pid;
    private volatile long peakRssKb;
    private volatile long peakHeapKb;
    private volatile boolean sampling;
    private Thread sampler;

    ProcessMemory(long pid) {
        this.pid = pid;
    }

    boolean known() {
        return pid > 0 && Files.exists(Path.of("/proc/" + pid + "/status"));
    }

    long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        }
        catch (IOException e) {
            return -1;
        }
        return -1;
    }

    /** Heap in use (young + old), KB; -1 when jcmd is not available. */
    long heapUsedKb() {
        try {
            Process p = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.heap_info").redirectErrorStream(true)
                .start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor(20, TimeUnit.SECONDS);
            Matcher m = HEAP_USED.matcher(out);
            return m.find() ? Long.parseLong(m.group(2)) : -1;
        }
        catch (IOException e) {
            return -1;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    String now() {
        return String.format("RSS %d MB, heap used %d MB", rssKb() / 1024, heapUsedKb() / 1024);
    }

    void startSampling() {
        peakRssKb = 0;
        peakHeapKb = 0;
        sampling = true;
        sampler = new Thread(() -> {
            while (sampling) {
                peakRssKb = Math.max(peakRssKb, rssKb());
                peakHeapKb = Math.max(peakHeapKb, heapUsedKb());
                try {
                    Thread.sleep(500);
                }
                catch (InterruptedException e) {
                    return;
                }
            }
        }, "memory-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    String stopSampling() throws InterruptedException {
        sampling = false;
        sampler.interrupt();
        sampler.join();
        return String.format("peak RSS %d MB, peak heap used %d MB", peakRssKb / 1024, peakHeapKb / 1024);
    }
}
