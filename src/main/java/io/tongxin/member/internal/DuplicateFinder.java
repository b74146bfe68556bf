package io.tongxin.member.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.tongxin.member.PossibleDuplicate;
import io.tongxin.personaldata.PhoneNumber;
import io.tongxin.personaldata.SensitiveDataProtector;
import io.tongxin.security.RegionScope;
import io.tongxin.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records that may be the same person as the one being entered: same name and birth date, same
 * phone, or the same platform account. Only records inside the caller's scope are shown.
 *
 * <p>The account arm is {@code m.id = any(array(...))}, not {@code exists}: inside an OR an
 * {@code exists} cannot use an index, and the check (which runs while a clerk types) read every
 * member in scope, 0.7 s at a million. Now each arm is an index lookup and their bitmaps combine.
 */
@Component
public class DuplicateFinder {

    private static final int LIMIT = 20;

    private final JdbcClient jdbc;
    private final SensitiveDataProtector protector;
    private final MemberViews views;

    DuplicateFinder(JdbcClient jdbc, SensitiveDataProtector protector, MemberViews views) {
        this.jdbc = jdbc;
        this.protector = protector;
        this.views = views;
    }

    public List<PossibleDuplicate> find(String name, LocalDate birthDate, String phone, String platform,
            String handle, Long excludeId, RegionScope scope) {
        RegionScope.SqlCondition scoped = scope.sql("m.region_code");
        Map<String, Object> params = new HashMap<>(scoped.parameters());
        params.put("name", blank(name) ? null : name.strip());
        params.put("birth", birthDate);
        params.put("phoneHmac", phoneHmac(phone));
        params.put("platform", blank(platform) ? null : platform);
        params.put("handle", blank(handle) ? null : handle.strip().toLowerCase());
        params.put("exclude", excludeId == null ? -1L : excludeId);
        params.put("limit", LIMIT);
        return jdbc.sql("select " + MemberRepository.COLUMNS + """
                , (m.name = cast(:name as varchar) and m.birth_date = cast(:birth as date)) is true as same_name_birth,
                  (m.phone_hmac = cast(:phoneHmac as char(64))) is true as same_phone,
                  exists (select 1 from member_account a where a.member_id = m.id
                          and a.platform_code = cast(:platform as varchar)
                          and lower(a.handle) = cast(:handle as varchar)) as same_account
                  from member m
                """ + " where " + scoped.clause() + """
                   and m.id <> :exclude
                   and ((m.name = cast(:name as varchar) and m.birth_date = cast(:birth as date))
                        or m.phone_hmac = cast(:phoneHmac as char(64))
                        or m.id = any(array(select a.member_id from member_account a
                                             where a.platform_code = cast(:platform as varchar)
                                               and lower(a.handle) = cast(:handle as varchar))))
                 order by m.id limit :limit""")
            .params(params)
            .query((rs, n) -> {
                List<String> reasons = new ArrayList<>();
                if (rs.getBoolean("same_name_birth")) {
                    reasons.add("SAME_NAME_AND_BIRTH_DATE");
                }
                if (rs.getBoolean("same_phone")) {
                    reasons.add("SAME_PHONE");
                }
                if (rs.getBoolean("same_account")) {
                    reasons.add("SAME_ACCOUNT");
                }
                return new PossibleDuplicate(views.summary(MemberRepository.row(rs, n)), reasons);
            })
            .list();
    }

    private String phoneHmac(String phone) {
        if (blank(phone)) {
            return null;
        }
        try {
            return protector.hmac(PhoneNumber.parse(phone).e164());
        }
        catch (InvalidInputException notAPhone) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
