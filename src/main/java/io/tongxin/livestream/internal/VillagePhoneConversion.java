package io.tongxin.livestream.internal;

import java.util.List;

import io.tongxin.personaldata.Masking;
import io.tongxin.personaldata.SensitiveDataProtector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Encrypts the village contact phones that releases before V70 stored in plain text.
 * <p>
 * It runs at start-up, not in the V70 migration, because the keys are the application's
 * ({@link SensitiveDataProtector}, from the environment or the data directory), never the
 * database's: SQL cannot encrypt with them. It runs once every singleton exists (Flyway has
 * migrated) and before the web server takes requests, so no request sees a half-converted table.
 * <p>
 * Idempotent: in one transaction it locks the rows whose plain {@code contact_phone} is still set,
 * stores each value encrypted and masked as it was stored (nothing is normalised, so nothing is
 * lost) and clears the plain column; with no such rows it does nothing. A later migration may drop
 * {@code contact_phone} once every installation has started this release, and this class with it.
 */
@Component
class VillagePhoneConversion implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(VillagePhoneConversion.class);

    private final JdbcClient jdbc;
    private final SensitiveDataProtector protector;
    private final TransactionTemplate transaction;

    VillagePhoneConversion(JdbcClient jdbc, SensitiveDataProtector protector, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.protector = protector;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        int converted = convert();
        if (converted > 0) {
            log.info("Encrypted {} plain village contact phones (V70)", converted);
        }
    }

    /** Encrypts and clears every plain contact phone left; returns how many rows it changed. */
    int convert() {
        Integer converted = transaction.execute(status -> {
            List<Plain> rows = jdbc.sql("""
                    select village_code, contact_phone from livestream_village
                     where contact_phone is not null order by village_code for update""")
                .query((rs, n) -> new Plain(rs.getString(1), rs.getString(2))).list();
            for (Plain row : rows) {
                // A value that is only blanks is no phone: it is cleared, as an edit would.
                String phone = row.phone().isBlank() ? null : row.phone().strip();
                jdbc.sql("""
                        update livestream_village set contact_phone_cipher = :cipher, contact_phone_masked = :masked,
                            contact_phone = null
                         where village_code = :code""")
                    .param("cipher", protector.encrypt(phone)).param("masked", Masking.maskPhone(phone))
                    .param("code", row.villageCode()).update();
            }
            return rows.size();
        });
        return converted == null ? 0 : converted;
    }

    private record Plain(String villageCode, String phone) {
    }
}
