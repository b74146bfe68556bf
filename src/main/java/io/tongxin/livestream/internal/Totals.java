package io.tongxin.livestream.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Session results of some group: counts and exact yuan. */
public record Totals(long sessions, long seconds, long viewers, long orders, BigDecimal gmv) {

    public static final Totals ZERO = new Totals(0, 0, 0, 0, new BigDecimal("0.00"));

    public Totals {
        gmv = gmv == null ? new BigDecimal("0.00") : gmv.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Hours streamed, to one decimal. */
    public BigDecimal hours() {
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_UP);
    }

    public Totals plus(Totals o) {
        return new Totals(sessions + o.sessions, seconds + o.seconds, viewers + o.viewers, orders + o.orders,
                gmv.add(o.gmv));
    }
}
