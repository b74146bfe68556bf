package io.tongxin.importing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tongxin.importing.ImportError;
import io.tongxin.importing.ImportJob;
import io.tongxin.importing.ImportMode;
import io.tongxin.importing.ImportStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The import_job and import_error tables. */
@Repository
class ImportJobRepository {

    private static final String COLUMNS = """
            id, kind, file_name, file_size, file_sha256, status, failure, total, valid, invalid, to_create,
            to_update, unchanged, created, updated, mode, update_existing, created_by, created_at, finished_at,
            parameters::text as parameters""";

    private static final TypeReference<Map<String, String>> PARAMETERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    ImportJobRepository(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    void insert(UUID id, String kind, String createdBy, String regionCode, String fileName, long size, String sha256,
            FileFormat format, byte[] sealedContent, Map<String, String> parameters) {
        jdbc.sql("""
                insert into import_job (id, kind, created_by, region_code, file_name, file_size, file_sha256,
                    file_format, content, status, parameters)
                values (:id, :kind, :by, :region, :name, :size, :sha, :format, :content, 'VALIDATING',
                    :parameters::jsonb)""")
            .param("id", id).param("kind", kind).param("by", createdBy).param("region", regionCode)
            .param("name", fileName).param("size", size).param("sha", sha256).param("format", format.name())
            .param("content", sealedContent).param("parameters", json.writeValueAsString(parameters))
            .update();
    }

    Optional<ImportJob> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from import_job where id = :id").param("id", id)
            .query(this::job).optional();
    }

    /** The encrypted file and its format; empty once purged. */
    Optional<StoredFile> file(UUID id) {
        return jdbc.sql("select file_format, content from import_job where id = :id and content is not null")
            .param("id", id)
            .query((rs, n) -> new StoredFile(FileFormat.valueOf(rs.getString(1)), rs.getBytes(2)))
            .optional();
    }

    record StoredFile(FileFormat format, byte[] sealed) {
    }

    void validated(UUID id, Counts c) {
        jdbc.sql("""
                update import_job set status = 'VALIDATED', total = :total, valid = :valid, invalid = :invalid,
                    to_create = :create, to_update = :update, unchanged = :unchanged, finished_at = now()
                where id = :id""")
            .param("id", id).param("total", c.total()).param("valid", c.valid()).param("invalid", c.invalid())
            .param("create", c.create()).param("update", c.update()).param("unchanged", c.unchanged())
            .update();
    }

    /** Moves a validated job to COMMITTING; false when it is not (or no longer) validated. */
    boolean startCommit(UUID id, ImportMode mode, boolean updateExisting) {
        return jdbc.sql("""
                update import_job set status = 'COMMITTING', mode = :mode, update_existing = :update,
                    finished_at = null
                where id = :id and status = 'VALIDATED'""")
            .param("id", id).param("mode", mode.name()).param("update", updateExisting)
            .update() == 1;
    }

    void committed(UUID id, Counts c, int created, int updated) {
        jdbc.sql("""
                update import_job set status = 'COMMITTED', valid = :valid, invalid = :invalid,
                    unchanged = :unchanged, created = :created, updated = :updated, finished_at = now()
                where id = :id""")
            .param("id", id).param("valid", c.valid()).param("invalid", c.invalid())
            .param("unchanged", c.unchanged()).param("created", created).param("updated", updated)
            .update();
    }

    void failed(UUID id, String failure) {
        jdbc.sql("update import_job set status = 'FAILED', failure = :failure, finished_at = now() where id = :id")
            .param("id", id).param("failure", failure)
            .update();
    }

    /** Jobs left running by a process that is gone: their transaction was rolled back with it. */
    int failRunning(UUID id, String failure) {
        return jdbc.sql("""
                update import_job set status = 'FAILED', failure = :failure, finished_at = now()
                where id = :id and status in ('VALIDATING', 'COMMITTING')""")
            .param("id", id).param("failure", failure)
            .update();
    }

    /** Forgets the uploaded files of jobs older than a week: they hold personal data. */
    int purgeFilesBefore(java.time.Instant cutoff) {
        return jdbc.sql("update import_job set content = null where content is not null and created_at < :cutoff")
            .param("cutoff", Timestamp.from(cutoff))
            .update();
    }

    void replaceErrors(UUID id, List<ImportError> errors) {
        jdbc.sql("delete from import_error where job_id = :id").param("id", id).update();
        addErrors(id, errors);
    }

    void addErrors(UUID id, List<ImportError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        template.batchUpdate("insert into import_error (job_id, row_number, column_name, message) values (?, ?, ?, ?)",
                errors, 1000, (ps, e) -> {
                    ps.setObject(1, id);
                    ps.setInt(2, e.row());
                    ps.setString(3, e.column());
                    ps.setString(4, e.message());
                });
    }

    List<ImportError> errors(UUID id, int offset, int limit) {
        return jdbc.sql("""
                select row_number, column_name, message from import_error where job_id = :id
                order by row_number, ctid offset :offset limit :limit""")
            .param("id", id).param("offset", offset).param("limit", limit)
            .query((rs, n) -> new ImportError(rs.getInt(1), rs.getString(2), rs.getString(3)))
            .list();
    }

    int errorCount(UUID id) {
        return jdbc.sql("select count(*) from import_error where job_id = :id").param("id", id)
            .query(Integer.class).single();
    }

    private ImportJob job(ResultSet rs, int n) throws SQLException {
        String mode = rs.getString("mode");
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportJob(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("file_name"),
                rs.getLong("file_size"), rs.getString("file_sha256"), ImportStatus.valueOf(rs.getString("status")),
                rs.getString("failure"), 0, rs.getInt("total"), rs.getInt("valid"), rs.getInt("invalid"),
                rs.getInt("to_create"), rs.getInt("to_update"), rs.getInt("unchanged"), rs.getInt("created"),
                rs.getInt("updated"), mode == null ? null : ImportMode.valueOf(mode), rs.getBoolean("update_existing"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant(), json.readValue(rs.getString("parameters"), PARAMETERS));
    }
}
