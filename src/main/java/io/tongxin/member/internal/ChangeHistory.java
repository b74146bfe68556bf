package io.tongxin.member.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.tongxin.member.ChangeSource;
import io.tongxin.member.MemberChange;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes and reads the field-by-field history of member records. */
@Component
class ChangeHistory {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ChangeHistory(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Records every field whose value differs between the two views (null = did not exist). */
    int record(long memberId, Map<String, String> before, Map<String, String> after, String actor,
            ChangeSource source) {
        List<String[]> changes = new ArrayList<>();
        for (Map.Entry<String, String> field : after.entrySet()) {
            String old = before == null ? null : before.get(field.getKey());
            if (!Objects.equals(old, field.getValue()) && !(before == null && field.getValue() == null)) {
                changes.add(new String[] {field.getKey(), emptyToNull(old), emptyToNull(field.getValue())});
            }
        }
        // One batch per record: a new member writes about fifteen fields, and imports write thousands.
        template.batchUpdate("""
                insert into member_change (member_id, actor, source, field, old_value, new_value)
                values (?, ?, ?, ?, ?, ?)""", changes, changes.size(), (ps, change) -> {
                    ps.setLong(1, memberId);
                    ps.setString(2, actor);
                    ps.setString(3, source.name());
                    ps.setString(4, change[0]);
                    ps.setString(5, change[1]);
                    ps.setString(6, change[2]);
                });
        return changes.size();
    }

    void write(long memberId, String field, String oldValue, String newValue, String actor, ChangeSource source) {
        jdbc.sql("""
                insert into member_change (member_id, actor, source, field, old_value, new_value)
                values (:id, :actor, :source, :field, :old, :new)""")
            .param("id", memberId).param("actor", actor).param("source", source.name()).param("field", field)
            .param("old", emptyToNull(oldValue)).param("new", emptyToNull(newValue))
            .update();
    }

    List<MemberChange> of(long memberId) {
        return jdbc.sql("""
                select changed_at, actor, source, field, old_value, new_value from member_change
                 where member_id = :id order by changed_at desc, id desc""")
            .param("id", memberId)
            .query((rs, n) -> new MemberChange(rs.getObject("changed_at", Timestamp.class).toInstant(),
                    rs.getString("actor"), ChangeSource.valueOf(rs.getString("source")), rs.getString("field"),
                    rs.getString("old_value"), rs.getString("new_value")))
            .list();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
