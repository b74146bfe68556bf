package io.tongxin.member.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import io.tongxin.member.ChangeSource;
import io.tongxin.member.MemberPhoto;
import io.tongxin.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A member's optional photo: JPEG or PNG, at most 2 MB and 4000×4000 pixels. The file is checked
 * by its content, not its name, and its size is read from the header without decoding the image,
 * so a crafted file cannot exhaust memory.
 */
@Component
public class PhotoStore {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_SIDE = 4000;

    private final JdbcClient jdbc;
    private final ChangeHistory history;

    PhotoStore(JdbcClient jdbc, ChangeHistory history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    public void save(MemberRow member, byte[] bytes, String actor) {
        String contentType = checked(bytes);
        String sha256 = sha256(bytes);
        jdbc.sql("""
                insert into member_photo (member_id, content_type, bytes, sha256, uploaded_by)
                values (:id, :type, :bytes, :sha, :actor)
                on conflict (member_id) do update set content_type = excluded.content_type, bytes = excluded.bytes,
                    sha256 = excluded.sha256, uploaded_at = now(), uploaded_by = excluded.uploaded_by""")
            .param("id", member.id()).param("type", contentType).param("bytes", bytes).param("sha", sha256)
            .param("actor", actor).update();
        history.write(member.id(), "photo", null, sha256.substring(0, 12), actor, ChangeSource.MANUAL);
    }

    public boolean exists(long memberId) {
        return jdbc.sql("select exists (select 1 from member_photo where member_id = :id)")
            .param("id", memberId).query(Boolean.class).single();
    }

    public Optional<MemberPhoto> find(long memberId) {
        return jdbc.sql("select content_type, bytes, sha256 from member_photo where member_id = :id")
            .param("id", memberId)
            .query((rs, n) -> new MemberPhoto(rs.getString(1), rs.getBytes(2), rs.getString(3)))
            .optional();
    }

    private static String checked(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("error.member.photo-empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException("error.member.photo-too-large", MAX_BYTES / 1024 / 1024);
        }
        String type = bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 ? "image/jpeg"
                : bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
                        ? "image/png" : null;
        if (type == null) {
            throw new InvalidInputException("error.member.photo-type");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new InvalidInputException("error.member.photo-type");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
                    throw new InvalidInputException("error.member.photo-too-big", MAX_SIDE);
                }
            }
            finally {
                reader.dispose();
            }
        }
        catch (IOException e) {
            throw new InvalidInputException("error.member.photo-type");
        }
        return type;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
