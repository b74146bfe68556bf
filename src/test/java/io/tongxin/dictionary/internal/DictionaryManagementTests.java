package io.tongxin.dictionary.internal;

import static io.tongxin.dictionary.DictionaryFixtures.item;
import static io.tongxin.dictionary.DictionaryFixtures.newType;
import static io.tongxin.dictionary.DictionaryFixtures.typeName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import io.tongxin.dictionary.Dictionaries;
import io.tongxin.dictionary.DictionaryItem;
import io.tongxin.dictionary.UnknownDictionaryCode;
import io.tongxin.dictionary.UnknownDictionaryType;
import io.tongxin.dictionary.internal.DictionaryCommands.ItemChange;
import io.tongxin.dictionary.internal.DictionaryCommands.NewItem;
import io.tongxin.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** Reading through {@link Dictionaries} and changing through {@link DictionaryManagement}, on fresh types. */
@SpringBootTest
@ActiveProfiles("test")
class DictionaryManagementTests {

    @Autowired
    Dictionaries dictionaries;

    @Autowired
    DictionaryManagement management;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MessageSource messages;

    @Test
    void readsOfferEnabledItemsInOrderButStillNameDisabledOnes() {
        String type = newType(jdbc, false);
        item(jdbc, type, "B", "乙", null, 20, true, true);
        item(jdbc, type, "A", "甲", null, 20, true, true);
        item(jdbc, type, "C", "丙", null, 10, false, true);

        assertThat(dictionaries.items(type)).extracting(DictionaryItem::code).containsExactly("A", "B");
        assertThat(dictionaries.allItems(type)).extracting(DictionaryItem::code).containsExactly("C", "A", "B");
        assertThat(dictionaries.isValid(type, "C")).isFalse();
        assertThat(dictionaries.find(type, "C")).get().extracting(DictionaryItem::name).isEqualTo("丙");
        assertThat(dictionaries.nameOf(type, "C")).isEqualTo("丙");
        assertThat(dictionaries.nameOf(type, "ZZ")).isEqualTo("ZZ");
        assertThat(dictionaries.codeForName(type, " 甲 ")).contains("A");
        assertThat(dictionaries.codeForName(type, "丙")).as("disabled values are not offered to imports").isEmpty();
        assertThat(dictionaries.isValid(type, null)).isFalse();
    }

    @Test
    void requireValidNamesTheDictionaryInChinese() {
        String type = newType(jdbc, false);
        item(jdbc, type, "A", "甲", null, 10, true, true);
        item(jdbc, type, "OLD", "旧", null, 20, false, true);
        dictionaries.requireValid(type, "A");

        assertThatThrownBy(() -> dictionaries.requireValid(type, "OLD"))
            .isInstanceOfSatisfying(UnknownDictionaryCode.class, e -> {
                assertThat(e.messageCode()).isEqualTo("error.dictionary.unknown-code");
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.type()).isEqualTo(type);
                assertThat(e.code()).isEqualTo("OLD");
                assertThat(text(e)).isEqualTo("“OLD”不是有效的" + typeName(jdbc, type) + "，请从列表中选择。");
            });
        assertThatThrownBy(() -> dictionaries.requireValid("ethnicity", "99"))
            .satisfies(e -> assertThat(text((DomainException) e)).startsWith("“99”不是有效的民族"));
        assertThatThrownBy(() -> dictionaries.requireValid("ethnicity", " "))
            .satisfies(e -> assertThat(text((DomainException) e)).isEqualTo("请选择民族。"));
        assertThatThrownBy(() -> dictionaries.items("no-such-type")).isInstanceOf(UnknownDictionaryType.class);
    }

    @Test
    void readsComeFromMemoryUntilAChangeEvictsTheType() {
        String type = newType(jdbc, false);
        item(jdbc, type, "A", "甲", null, 10, true, true);
        assertThat(dictionaries.nameOf(type, "A")).isEqualTo("甲");

        // A write behind the application's back is not seen: the type is served from memory.
        jdbc.sql("update dictionary_item set name = '甲（直改）' where type_code = :type and code = 'A'")
            .param("type", type).update();
        assertThat(dictionaries.nameOf(type, "A")).isEqualTo("甲");

        management.create(type, new NewItem("B", "乙", null, null));
        assertThat(dictionaries.nameOf(type, "A")).isEqualTo("甲（直改）");
        assertThat(dictionaries.items(type)).extracting(DictionaryItem::code).containsExactly("A", "B");

        ManagedItem b = management.item(type, "B");
        management.update(type, "B", new ItemChange(null, null, false, b.version()));
        assertThat(dictionaries.isValid(type, "B")).isFalse();
        assertThat(dictionaries.find(type, "B")).get().extracting(DictionaryItem::enabled).isEqualTo(false);
    }

    @Test
    void aRolledBackChangeLeavesNothingInTheCache() {
        String type = newType(jdbc, false);

        transactions.executeWithoutResult(status -> {
            management.create(type, new NewItem("GONE", "将回滚", null, null));
            // Read inside the transaction: the uncommitted item may land in the cache for a moment...
            assertThat(dictionaries.isValid(type, "GONE")).isTrue();
            status.setRollbackOnly();
        });
        // ...but the end of the transaction evicts it.
        assertThat(dictionaries.find(type, "GONE")).isEmpty();
    }

    @Test
    void createChecksCodeNameAndParent() {
        String flat = newType(jdbc, false);
        String tree = newType(jdbc, true);
        item(jdbc, tree, "ROOT", "根", null, 10, true, true);
        item(jdbc, tree, "OFF", "停用的根", null, 20, false, true);

        assertThat(codeOf(() -> management.create(flat, new NewItem("bad code", "名", null, null))))
            .isEqualTo("error.dictionary.code-format");
        assertThat(codeOf(() -> management.create(flat, new NewItem("_X", "名", null, null))))
            .isEqualTo("error.dictionary.code-format");
        assertThat(codeOf(() -> management.create(flat, new NewItem("X".repeat(41), "名", null, null))))
            .isEqualTo("error.dictionary.code-format");
        assertThat(codeOf(() -> management.create(flat, new NewItem("X", " ", null, null))))
            .isEqualTo("error.dictionary.name-required");
        assertThat(codeOf(() -> management.create(flat, new NewItem("X", "名", "ROOT", null))))
            .isEqualTo("error.dictionary.not-hierarchical");
        assertThat(codeOf(() -> management.create(tree, new NewItem("X", "名", "NOPE", null))))
            .isEqualTo("error.dictionary.unknown-parent");
        assertThat(codeOf(() -> management.create(tree, new NewItem("X", "名", "OFF", null))))
            .isEqualTo("error.dictionary.unknown-parent");
        assertThat(codeOf(() -> management.create(tree, new NewItem("ROOT", "另一个", null, null))))
            .isEqualTo("error.dictionary.duplicate-code");
        assertThat(codeOf(() -> management.create(tree, new NewItem("Y", "根", null, null))))
            .isEqualTo("error.dictionary.duplicate-name");

        ManagedItem child = management.create(tree, new NewItem(" CHILD_1 ", " 子项 ", "ROOT", null));
        assertThat(child).extracting(ManagedItem::code, ManagedItem::name, ManagedItem::parentCode,
                ManagedItem::sortOrder, ManagedItem::builtIn, ManagedItem::enabled)
            .containsExactly("CHILD_1", "子项", "ROOT", 30, false, true);
    }

    @Test
    void updatesAreVersionedAndKeepTheTreeConsistent() {
        String tree = newType(jdbc, true);
        item(jdbc, tree, "ROOT", "根", null, 10, true, true);
        item(jdbc, tree, "KID", "子", "ROOT", 11, true, true);
        ManagedItem root = management.item(tree, "ROOT");

        ManagedItem renamed = management.update(tree, "ROOT", new ItemChange("新根", 5, null, root.version()));
        assertThat(renamed).extracting(ManagedItem::name, ManagedItem::sortOrder, ManagedItem::version, ManagedItem::builtIn)
            .containsExactly("新根", 5, root.version() + 1, true);
        assertThat(codeOf(() -> management.update(tree, "ROOT", new ItemChange("再改", null, null, root.version()))))
            .as("the version read before the rename is stale").isEqualTo("error.dictionary.stale-version");
        assertThat(codeOf(() -> management.update(tree, "ROOT", new ItemChange("再改", null, null, null))))
            .isEqualTo("error.dictionary.version-required");
        assertThat(codeOf(() -> management.update(tree, "ROOT", new ItemChange(null, null, false, renamed.version()))))
            .isEqualTo("error.dictionary.children-enabled");
        assertThat(codeOf(() -> management.update(tree, "NOPE", new ItemChange("x", null, null, 0))))
            .isEqualTo("error.dictionary.item-not-found");

        ManagedItem kid = management.item(tree, "KID");
        ManagedItem kidOff = management.update(tree, "KID", new ItemChange(null, null, false, kid.version()));
        ManagedItem rootOff = management.update(tree, "ROOT", new ItemChange(null, null, false, renamed.version()));
        assertThat(rootOff.enabled()).isFalse();
        assertThat(codeOf(() -> management.update(tree, "KID", new ItemChange(null, null, true, kidOff.version()))))
            .isEqualTo("error.dictionary.parent-disabled");
        assertThat(management.items(tree)).as("disabled, never deleted").hasSize(2);
    }

    @Test
    void theDatabaseRefusesToDeleteBuiltInItemsOrChangeCodes() {
        String type = newType(jdbc, false);
        item(jdbc, type, "KEEP", "保留", null, 10, true, true);
        assertThatThrownBy(() -> jdbc.sql("delete from dictionary_item where type_code = :type").param("type", type)
            .update()).hasMessageContaining("cannot be deleted");
        assertThatThrownBy(() -> jdbc.sql("update dictionary_item set code = 'OTHER' where type_code = :type")
            .param("type", type).update()).hasMessageContaining("cannot change");
        assertThat(dictionaries.nameOf(type, "KEEP")).isEqualTo("保留");
    }

    @Test
    void everyChangeIsAudited() {
        String type = newType(jdbc, false);
        management.create(type, new NewItem("AUD", "审计", null, 10));
        ManagedItem item = management.item(type, "AUD");
        management.update(type, "AUD", new ItemChange("审计改", null, false, item.version()));
        // An update that changes nothing is not an event.
        management.update(type, "AUD", new ItemChange("审计改", null, null, item.version() + 1));

        assertThat(jdbc.sql("""
                select detail from audit_event where action = 'DICTIONARY_CHANGED'
                   and target_type = 'DICTIONARY_ITEM' and target_id = :target order by id""")
            .param("target", type + ":AUD").query(String.class).list())
            .containsExactly("created name=审计 sortOrder=10", "name: 审计 -> 审计改; disabled");
    }

    private String text(DomainException e) {
        return messages.getMessage(e.messageCode(), e.arguments(), Locale.SIMPLIFIED_CHINESE);
    }

    private static String codeOf(Runnable action) {
        try {
            action.run();
        }
        catch (DomainException e) {
            return e.messageCode();
        }
        throw new AssertionError("expected a DomainException");
    }
}
