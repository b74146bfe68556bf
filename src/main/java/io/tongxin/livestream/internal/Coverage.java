package io.tongxin.livestream.internal;

/**
 * How far the programme reaches in a region.
 *
 * @param villagesTotal           villages in the region table
 * @param villagesEnrolled        enrolled by the day asked for
 * @param villagesActive          represented in a session during the 30 days up to that day
 * @param demonstrationSites      enrolled demonstration sites (示范点)
 * @param villagesWithoutStreamer enrolled villages nobody serves now
 */
public record Coverage(long villagesTotal, long villagesEnrolled, long villagesActive, long demonstrationSites,
        long villagesWithoutStreamer) {

    public static final Coverage ZERO = new Coverage(0, 0, 0, 0, 0);

    public Coverage plus(Coverage o) {
        return new Coverage(villagesTotal + o.villagesTotal, villagesEnrolled + o.villagesEnrolled,
                villagesActive + o.villagesActive, demonstrationSites + o.demonstrationSites,
                villagesWithoutStreamer + o.villagesWithoutStreamer);
    }
}
