package io.tongxin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import io.tongxin.member.ChangeSource;
import io.tongxin.member.Member;
import io.tongxin.member.MemberData;
import io.tongxin.member.MemberManagement;
import io.tongxin.member.Tier;
import io.tongxin.personaldata.Gender;
import io.tongxin.personaldata.IdNumbers;
import io.tongxin.security.SecurityFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The member pages' helpers: possible duplicates while typing, and the photo upload that replaces
 * the letter avatar.
 */
class MemberFormExtrasBrowserTests extends BrowserTestSupport {

    @Autowired
    SecurityFixtures fixtures;

    @Autowired
    MemberManagement members;

    @Autowired
    UserDetailsService users;

    @Test
    void theNewMemberFormShowsAPossibleDuplicateWhileTyping() {
        String clerk = fixtures.user(SecurityFixtures.HUANXIAN, "COUNTY_ADMIN");
        String idNumber = IdNumbers.valid("621021", java.time.LocalDate.of(1982, 6, (int) (System.nanoTime() % 28) + 1),
                Gender.FEMALE, (int) (System.nanoTime() % 400));
        Member existing = registerAs(clerk, idNumber);

        logIn(clerk, SecurityFixtures.PASSWORD);
        page.navigate(url("/members/new"));
        page.locator("#name").fill(existing.name());
        page.locator("#idNumber").fill(idNumber);
        page.locator("#phone").click();
        assertThat(page.locator("#member-duplicates [data-duplicate-id='" + existing.id() + "']")).isVisible();
        assertThat(page.locator("#member-duplicates")).containsText(message("member.duplicates.reason.SAME_NAME_AND_BIRTH_DATE"));
        screenshot(page, "member-form-duplicates");
        assertNoConsoleErrors();
    }

    @Test
    void aPhotoUploadedOnTheMemberPageReplacesTheLetterAvatar() throws Exception {
        String clerk = fixtures.user(SecurityFixtures.HUANXIAN, "COUNTY_ADMIN");
        Member member = registerAs(clerk, null);
        java.nio.file.Path photo = java.nio.file.Files.createTempFile("member-photo", ".png");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(90, 120,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(0x3B5B8C));
        g.fillRect(0, 0, 90, 120);
        g.dispose();
        javax.imageio.ImageIO.write(image, "png", photo.toFile());

        logIn(clerk, SecurityFixtures.PASSWORD);
        page.navigate(url("/members/" + member.id()));
        assertThat(page.locator("#member-photo")).hasCount(0);
        page.locator("#member-photo-file").setInputFiles(photo);
        page.locator("#member-photo-upload").click();
        assertThat(page.locator(".alert-success")).containsText(message("member.photo.saved"));
        assertThat(page.locator("#member-photo")).isVisible();
        page.waitForFunction("() => document.querySelector('#member-photo').naturalWidth === 90");
        screenshot(page, "member-photo");
        assertNoConsoleErrors();
    }

    @Test
    void theListDownloadsTheFilteredMembersAsAMaskedWorkbook() throws Exception {
        String clerk = fixtures.user(SecurityFixtures.HUANXIAN, "COUNTY_ADMIN");
        String idNumber = IdNumbers.valid("621021", java.time.LocalDate.of(1979, 3, (int) (System.nanoTime() % 28) + 1),
                Gender.MALE, (int) (System.nanoTime() % 400));
        Member member = registerAs(clerk, idNumber);

        logIn(clerk, SecurityFixtures.PASSWORD);
        page.navigate(url("/members?q=" + idNumber));
        assertThat(page.locator("#member-export")).containsText("1");
        com.microsoft.playwright.Download download = page.waitForDownload(() -> page.locator("#member-export").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(download.path().toFile())) {
            var sheet = workbook.getSheetAt(0);
            var cells = new org.apache.poi.ss.usermodel.DataFormatter();
            org.assertj.core.api.Assertions.assertThat(sheet.getLastRowNum()).isEqualTo(1);
            org.assertj.core.api.Assertions.assertThat(cells.formatCellValue(sheet.getRow(1).getCell(0)))
                .isEqualTo(member.name());
            org.assertj.core.api.Assertions.assertThat(cells.formatCellValue(sheet.getRow(1).getCell(4)))
                .isEqualTo(member.idNumberMasked());
        }
        assertNoConsoleErrors();
    }

    private Member registerAs(String username, String idNumber) {
        var principal = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            return members.register(new MemberData("苗翠花", null, "01", null, idNumber, null, null, null, null, null,
                    null, null, List.of("ONLINE"), SecurityFixtures.HUANXIAN, Tier.COUNTY, null, List.of(), null,
                    List.of()), ChangeSource.MANUAL);
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }
}
