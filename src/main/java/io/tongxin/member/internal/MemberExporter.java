package io.tongxin.member.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import io.tongxin.dictionary.Dictionaries;
import io.tongxin.member.MemberQuery;
import io.tongxin.personaldata.SensitiveDataProtector;
import io.tongxin.region.RegionDirectory;
import io.tongxin.security.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes the members a query finds, in the caller's scope, to a streamed workbook. */
@Component
public class MemberExporter {

    private final MemberSearch search;
    private final SensitiveDataProtector protector;
    private final MessageSource messages;
    private final Dictionaries dictionaries;
    private final RegionDirectory regions;

    MemberExporter(MemberSearch search, SensitiveDataProtector protector, MessageSource messages,
            Dictionaries dictionaries, RegionDirectory regions) {
        this.search = search;
        this.protector = protector;
        this.messages = messages;
        this.dictionaries = dictionaries;
        this.regions = regions;
    }

    /** Returns the number of members written. */
    public int export(MemberQuery query, RegionScope scope, boolean sensitive, String exportedBy, OutputStream out) {
        ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Asia/Shanghai"));
        try (MemberWorkbook workbook = new MemberWorkbook(exportedBy, now, sensitive, messages, dictionaries,
                regions)) {
            search.stream(query, scope, row -> workbook.add(row,
                    sensitive && row.member().idCipher() != null ? protector.decrypt(row.member().idCipher())
                            : row.member().idMasked(),
                    sensitive && row.member().phoneCipher() != null ? protector.decrypt(row.member().phoneCipher())
                            : row.member().phoneMasked()));
            workbook.write(out);
            return workbook.rows();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
