package io.tongxin.member.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.tongxin.dictionary.Dictionaries;
import io.tongxin.member.AccountData;
import io.tongxin.member.ChangeSource;
import io.tongxin.member.FollowerPoint;
import io.tongxin.member.OnlineAccount;
import io.tongxin.shared.ConflictException;
import io.tongxin.shared.FieldViolation;
import io.tongxin.shared.InvalidFieldsException;
import io.tongxin.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Online platform accounts and their follower history. The member's largest follower count is
 * kept on the member row, so that the influence-grade filter stays an index range.
 */
@Component
public class AccountStore {

    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://\\S{1,490}");

    private final JdbcClient jdbc;
    private final Dictionaries dictionaries;
    private final ChangeHistory history;

    AccountStore(JdbcClient jdbc, Dictionaries dictionaries, ChangeHistory history) {
        this.jdbc = jdbc;
        this.dictionaries = dictionaries;
        this.history = history;
    }

    public OnlineAccount add(MemberRow member, AccountData data, String actor) {
        return add(member, data, actor, ChangeSource.MANUAL);
    }

    public OnlineAccount add(MemberRow member, AccountData data, String actor, ChangeSource source) {
        validate(data);
        long followers = data.followers() == null ? 0 : data.followers();
        long id;
        try {
            id = jdbc.sql("""
                    insert into member_account (member_id, platform_code, handle, display_name, url, followers,
                                                content_domain_code, verified)
                    values (:member, :platform, :handle, :display, :url, :followers, :domain, :verified)
                    returning id""")
                .param("member", member.id()).param("platform", data.platformCode())
                .param("handle", data.handle().strip()).param("display", blankToNull(data.displayName()))
                .param("url", blankToNull(data.url())).param("followers", followers)
                .param("domain", blankToNull(data.contentDomainCode())).param("verified", Boolean.TRUE.equals(data.verified()))
                .query(Long.class).single();
        }
        catch (DuplicateKeyException e) {
            throw new ConflictException("error.member.account-taken", data.handle().strip());
        }
        snapshot(id, LocalDate.now(), followers);
        refreshMaxFollowers(member.id());
        history.write(member.id(), "accounts", null, data.platformCode() + " @" + data.handle().strip(), actor,
                source);
        return find(member.id(), id);
    }

    /**
     * Sets the name the account shows on its platform (昵称); blank clears it. Recorded in the
     * member's history as "platform @handle: name".
     */
    public void rename(MemberRow member, long accountId, String displayName, String actor, ChangeSource source) {
        OnlineAccount account = find(member.id(), accountId);
        String name = blankToNull(displayName);
        if (name != null && name.length() > 100) {
            throw new InvalidFieldsException(List.of(new FieldViolation("displayName", "error.member.too-long", 100)));
        }
        jdbc.sql("update member_account set display_name = :name, updated_at = now() where id = :id")
            .param("name", name).param("id", accountId).update();
        String which = account.platformCode() + " @" + account.handle() + ": ";
        history.write(member.id(), "accountDisplayName",
                account.displayName() == null ? null : which + account.displayName(),
                name == null ? null : which + name, actor, source);
    }

    /** Records a follower count on a day; the latest one becomes the account's current count. */
    public void recordFollowers(MemberRow member, long accountId, LocalDate on, long followers, String actor) {
        recordFollowers(member, accountId, on, followers, actor, ChangeSource.MANUAL);
    }

    public void recordFollowers(MemberRow member, long accountId, LocalDate on, long followers, String actor,
            ChangeSource source) {
        OnlineAccount account = find(member.id(), accountId);
        if (followers < 0 || on.isAfter(LocalDate.now())) {
            throw new InvalidFieldsException(List.of(new FieldViolation("followers",
                    followers < 0 ? "error.member.followers-negative" : "error.member.snapshot-in-future")));
        }
        snapshot(accountId, on, followers);
        jdbc.sql("""
                update member_account set followers = (select s.followers from follower_snapshot s
                       where s.account_id = :id order by s.taken_on desc limit 1), updated_at = now()
                 where id = :id""")
            .param("id", accountId).update();
        refreshMaxFollowers(member.id());
        history.write(member.id(), "followers", String.valueOf(account.followers()),
                account.platformCode() + " @" + account.handle() + " " + on + ": " + followers, actor, source);
    }

    public Map<Long, List<FollowerPoint>> followerHistory(long memberId) {
        Map<Long, List<FollowerPoint>> points = new LinkedHashMap<>();
        jdbc.sql("""
                select s.account_id, s.taken_on, s.followers from follower_snapshot s
                  join member_account a on a.id = s.account_id
                 where a.member_id = :member order by s.account_id, s.taken_on""")
            .param("member", memberId)
            .query(rs -> {
                points.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                    .add(new FollowerPoint(rs.getObject(2, LocalDate.class), rs.getLong(3)));
            });
        return points;
    }

    private OnlineAccount find(long memberId, long accountId) {
        return jdbc.sql("""
                select id, platform_code, handle, display_name, url, followers, content_domain_code, verified
                  from member_account where id = :id and member_id = :member""")
            .param("id", accountId).param("member", memberId)
            .query((rs, n) -> new OnlineAccount(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getLong(6), rs.getString(7), rs.getBoolean(8)))
            .optional()
            .orElseThrow(() -> new NotFoundException("error.member.account-not-found", accountId));
    }

    private void snapshot(long accountId, LocalDate on, long followers) {
        jdbc.sql("""
                insert into follower_snapshot (account_id, taken_on, followers) values (:id, :on, :followers)
                on conflict (account_id, taken_on) do update set followers = excluded.followers""")
            .param("id", accountId).param("on", on).param("followers", followers).update();
    }

    private void refreshMaxFollowers(long memberId) {
        jdbc.sql("""
                update member set max_followers = coalesce((select max(followers) from member_account
                                                           where member_id = :id), 0)
                 where id = :id""")
            .param("id", memberId).update();
    }

    private void validate(AccountData data) {
        List<FieldViolation> violations = new java.util.ArrayList<>();
        if (data.platformCode() == null || !dictionaries.isValid("platform", data.platformCode())) {
            violations.add(new FieldViolation("platformCode", "error.member.unknown-code", data.platformCode()));
        }
        if (data.handle() == null || data.handle().isBlank()) {
            violations.add(new FieldViolation("handle", "error.member.required"));
        }
        else if (data.handle().strip().length() > 100) {
            violations.add(new FieldViolation("handle", "error.member.too-long", 100));
        }
        if (data.displayName() != null && data.displayName().length() > 100) {
            violations.add(new FieldViolation("displayName", "error.member.too-long", 100));
        }
        if (data.url() != null && !data.url().isBlank() && !WEB_ADDRESS.matcher(data.url().strip()).matches()) {
            violations.add(new FieldViolation("url", "error.member.bad-url"));
        }
        if (data.followers() != null && data.followers() < 0) {
            violations.add(new FieldViolation("followers", "error.member.followers-negative"));
        }
        if (data.contentDomainCode() != null && !data.contentDomainCode().isBlank()
                && !dictionaries.isValid("content-domain", data.contentDomainCode())) {
            violations.add(new FieldViolation("contentDomainCode", "error.member.unknown-code",
                    data.contentDomainCode()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidFieldsException(violations);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
