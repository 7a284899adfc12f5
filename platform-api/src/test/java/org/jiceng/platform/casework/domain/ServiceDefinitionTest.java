package org.jiceng.platform.casework.domain;

import org.jiceng.platform.shared.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A category's service definition: its shape, and the answers a filed case gives to it. */
class ServiceDefinitionTest {
    private static final ServiceAttribute POLE = new ServiceAttribute("pole_number", true,
            ServiceAttribute.Datatype.STRING, true, "灯杆编号", 1, null, List.of());
    private static final ServiceAttribute STATE = new ServiceAttribute("light_state", true,
            ServiceAttribute.Datatype.MULTIVALUELIST, false, "状态", 2, null,
            List.of(new ServiceAttribute.Value("off", "不亮"), new ServiceAttribute.Value("flicker", "闪烁")));
    private static final ServiceAttribute HEIGHT = new ServiceAttribute("height", true,
            ServiceAttribute.Datatype.NUMBER, false, "高度", 3, "米", List.of());
    private static final ServiceDefinition LIGHTS = new ServiceDefinition("路灯", "市政", List.of("路灯"),
            List.of(POLE, STATE, HEIGHT));

    @Test
    void answersAreCheckedAgainstTheAttributes() {
        assertEquals(Map.of("pole_number", List.of("A-12"), "light_state", List.of("off", "flicker")),
                LIGHTS.answers(Map.of("pole_number", List.of(" A-12 "), "light_state", List.of("off", "flicker"))));
        assertThrows(RuleViolation.class, () -> LIGHTS.answers(Map.of()), "a required answer");
        assertThrows(RuleViolation.class, () -> LIGHTS.answers(Map.of("pole_number", List.of("A"),
                "light_state", List.of("broken"))));
        assertThrows(RuleViolation.class, () -> LIGHTS.answers(Map.of("pole_number", List.of("A"),
                "height", List.of("tall"))));
        assertThrows(RuleViolation.class, () -> LIGHTS.answers(Map.of("pole_number", List.of("A", "B"))),
                "one value only");
        assertThrows(RuleViolation.class, () -> LIGHTS.answers(Map.of("pole_number", List.of("A"),
                "colour", List.of("red"))), "no such attribute");
    }

    @Test
    void aDefinitionMustBeWellFormed() {
        assertTrue(LIGHTS.checked().hasAttributes());
        assertThrows(RuleViolation.class, () -> new ServiceDefinition(null, null, List.of("a,b"), List.of()).checked());
        assertThrows(RuleViolation.class, () -> new ServiceDefinition(null, null, List.of(), List.of(POLE, POLE))
                .checked(), "codes are unique");
        assertThrows(RuleViolation.class, () -> new ServiceDefinition(null, null, List.of(), List.of(
                new ServiceAttribute("state", true, ServiceAttribute.Datatype.SINGLEVALUELIST, false, "?", 1, null,
                        List.of()))).checked(), "a list needs values");
        assertThrows(RuleViolation.class, () -> new ServiceDefinition(null, null, List.of(), List.of(
                new ServiceAttribute("Bad Code", true, ServiceAttribute.Datatype.STRING, false, "?", 1, null,
                        List.of()))).checked());
    }
}
