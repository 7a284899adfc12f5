package org.jiceng.platform.shared.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jiceng.platform.shared.domain.RecordNotFound;
import org.jiceng.platform.shared.domain.VersionMismatch;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Problem details in Chinese and English: the language chosen, titles, templated details, field messages. */
class ProblemTextsTest {
    private static final ProblemTexts TEXTS = ProblemTexts.get();
    private static final Locale ZH = Languages.ZH_CN;

    @Test
    void theCallersLanguageComesFirstThenTheTenantsThenChinese() {
        assertEquals(Languages.EN, Languages.choose(List.of(Locale.forLanguageTag("en-GB")), Optional.of("zh-CN")));
        assertEquals(ZH, Languages.choose(List.of(Locale.forLanguageTag("zh-TW")), Optional.of("en")));
        assertEquals(Languages.EN, Languages.choose(List.of(Locale.FRENCH, Locale.ENGLISH), Optional.empty()),
                "the first supported range wins");
        assertEquals(Languages.EN, Languages.choose(List.of(Locale.FRENCH), Optional.of("en")), "then the tenant's");
        assertEquals(ZH, Languages.choose(List.of(), Optional.empty()), "else Chinese");
        assertEquals(List.of(Locale.forLanguageTag("zh-CN"), Locale.forLanguageTag("en")),
                Languages.ranges("en;q=0.5, zh-CN"), "ordered by weight");
        assertEquals(ZH, Languages.choose(Languages.ranges("*"), Optional.empty()), "any language: the default");
        assertEquals(List.of(), Languages.ranges("=;;garbage"));
        assertEquals("zh-CN", Languages.tag(ZH));
        assertEquals("en", Languages.tag(Languages.EN));
    }

    @Test
    void detailsMadeFromATemplateAreTranslatedWithTheirArguments() {
        assertEquals("未找到党组织 0190-x", TEXTS.translate(new RecordNotFound("Party organisation", "0190-x")
                .getMessage(), ZH));
        assertEquals("记录当前为第 3 版，而不是第 2 版：请重新读取后再试",
                TEXTS.translate(new VersionMismatch(2, 3).getMessage(), ZH));
        assertEquals("案件当前为已上报，不能派遣；现在可以：accept, reject, mark-duplicate",
                TEXTS.translate("Cannot dispatch a case that is REPORTED; allowed now: accept, reject, mark-duplicate",
                        ZH));
        assertEquals("微心愿当前为已认领，不能撤回；现在可以：完成",
                TEXTS.translate("Cannot withdraw a wish that is CLAIMED; allowed now: fulfil", ZH));
        assertEquals("1至100个字符", TEXTS.translate("1-100 characters", ZH));
        assertEquals("必填", TEXTS.translate("required", ZH));
        assertEquals("须为含 response、resolution、satisfaction 的对象",
                TEXTS.translate("an object {response, resolution, satisfaction}", ZH), "braces in a fixed text");
        assertEquals("每个期限须为1至8760小时", TEXTS.translate("every deadline is 1 to 8760 hours", ZH));
        assertEquals("办结案件的单位不能核验它；须由单位以外的人核验", TEXTS.translate(
                "The unit that resolved the case cannot verify it; someone outside it must", ZH));
    }

    @Test
    void englishAndMessagesWithoutATemplateStayAsTheyAre() {
        assertEquals("1-100 characters", TEXTS.translate("1-100 characters", Locale.ENGLISH));
        assertEquals("an unheard-of rule", TEXTS.translate("an unheard-of rule", ZH));
        assertEquals(null, TEXTS.translate(null, ZH));
    }

    @Test
    void aProblemDocumentGetsItsTitleDetailAndFieldMessagesTranslatedAndKeepsTypeStatusAndFields() {
        String json = Problem.of(400, "validation", "Bad Request", "The request has invalid fields")
                .withErrors(List.of(new Problem.FieldError("title", "1-100 characters"),
                        new Problem.FieldError("gridId", "required"))).at("/api/v1/wishes").toJson();
        JsonObject zh = read(TEXTS.localize(json, ZH));
        assertEquals("请求有误", zh.getString("title"));
        assertEquals("请求中有无效字段", zh.getString("detail"));
        assertEquals("1至100个字符", zh.getJsonArray("errors").getJsonObject(0).getString("message"));
        assertEquals("title", zh.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("必填", zh.getJsonArray("errors").getJsonObject(1).getString("message"));
        assertEquals("https://jiceng.org/problems/validation", zh.getString("type"));
        assertEquals(400, zh.getInt("status"));
        assertEquals("/api/v1/wishes", zh.getString("instance"));
        assertEquals(read(json), read(TEXTS.localize(json, Locale.ENGLISH)), "English is what the code wrote");
    }

    @Test
    void theLedgersTextsFollowTheLanguage() {
        assertEquals("编号", TEXTS.text("ledger.number", ZH));
        assertEquals("Number", TEXTS.text("ledger.number", Locale.ENGLISH));
        assertEquals("问题台账", TEXTS.text("ledger.sheet", ZH));
    }

    private static JsonObject read(String json) {
        try (var r = Json.createReader(new StringReader(json))) {
            return r.readObject();
        }
    }
}
