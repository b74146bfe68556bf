package io.tongxin.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.tongxin.personaldata.Gender;
import org.junit.jupiter.api.Test;

class MemberFormMapperTests {

    @Test
    void tagsAreSplitOnEitherCommaTheEnumerationCommaAndSemicolonsWithoutBlanksOrRepeats() {
        assertThat(MemberFormMapper.tags(" 带货达人、返乡创业,带货达人，非遗传承；; ")).containsExactly("带货达人", "返乡创业",
                "非遗传承");
        assertThat(MemberFormMapper.tags("  ")).isEmpty();
        assertThat(MemberFormMapper.tags(null)).isEmpty();
    }

    @Test
    void blankPositionRowsAreLeftOutAndEmptyChoicesBecomeNull() {
        MemberForm form = new MemberForm();
        form.setName("刘芳");
        form.setEthnicity("");
        form.setRegionCode(" 621022000000 ");
        form.getPositions().get(1).setTypeCode("NPC_DEPUTY");
        form.getPositions().get(1).setBody("  环县人大 ");

        MemberData data = MemberFormMapper.toData(form);

        assertThat(data.ethnicity()).isNull();
        assertThat(data.regionCode()).isEqualTo("621022000000");
        assertThat(data.positions()).containsExactly(new PositionData("NPC_DEPUTY", null, "环县人大", null, null));
        assertThat(data.importance()).isEqualTo(Importance.GENERAL);
    }

    @Test
    void theEditFormLeavesTheSensitiveFieldsEmptyAndOffersThreePositionRows() {
        Member member = new Member(7, "王丽", Gender.FEMALE, "01", LocalDate.of(1985, 3, 15),
                "621022********1232", "139****5678", null, null, "13", null, null, null, List.of("ONLINE"),
                "621022104201", Tier.COUNTY, Importance.KEY, MemberStatus.ACTIVE, null, null, List.of("a", "b"),
                null, LocalDate.now(), false, null, 0,
                List.of(new PositionData("CPPCC_MEMBER", "COUNTY", "政协环县委员会", null, null)), List.of(),
                Instant.now(), Instant.now(), 4);

        MemberForm form = MemberFormMapper.fromMember(member);

        assertThat(form.getIdNumber()).isNull();
        assertThat(form.getPhone()).isNull();
        assertThat(form.getVersion()).isEqualTo(4);
        assertThat(form.getTags()).isEqualTo("a\u3001b");
        assertThat(form.getPositions()).hasSize(MemberForm.POSITION_ROWS);
        assertThat(form.getPositions().get(0).getBody()).isEqualTo("政协环县委员会");
        assertThat(MemberFormMapper.toData(form).positions()).hasSize(1);
    }
}
