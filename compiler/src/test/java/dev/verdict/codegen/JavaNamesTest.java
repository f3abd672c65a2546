package dev.verdict.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.lang.model.SourceVersion;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class JavaNamesTest {

    @Test
    void policyClassesAreNamedAfterTheirFiles() {
        assertEquals("ReturnsPolicy", JavaNames.policyClass("returns.policy"));
        assertEquals("SummerSaleV2Policy", JavaNames.policyClass("policies/summer-sale v2.policy"));
        assertEquals("ReturnsPolicy", JavaNames.policyClass("C:\\\\work\\\\returns_policy.policy"));
        assertEquals("Policy2024Returns", JavaNames.policyClass("2024-returns.policy"));
        assertEquals("Policy", JavaNames.policyClass("夏装.policy"));
        assertEquals("Policy", JavaNames.policyClass(".policy"));
    }

    @Property
    void anyFileNameGivesAValidClassName(@ForAll String fileName) {
        String name = JavaNames.policyClass(fileName);
        assertTrue(SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name), name);
        assertTrue(name.chars().allMatch(c -> c < 128), name);
    }

    @Test
    void requestClassesAndFieldsAreNamedAfterTheSchema() {
        assertEquals("AftersaleRequest", JavaNames.requestClass("aftersale"));
        assertEquals("orderHasBuyerNote", JavaNames.lowerCamel("order.has_buyer_note"));
        assertEquals("buyerReturns30d", JavaNames.lowerCamel("buyer.returns_30d"));
        assertEquals("_class", JavaNames.lowerCamel("class"));
        assertEquals("RETURN_AND_REFUND", JavaNames.constant("return_and_refund"));
        assertEquals("_1ST", JavaNames.constant("1st"));
    }

    @Test
    void packageNamesAreChecked() {
        assertTrue(JavaNames.isPackageName("com.example.returns"));
        assertTrue(JavaNames.isPackageName(""));
        assertFalse(JavaNames.isPackageName("com.example.class"));
        assertFalse(JavaNames.isPackageName("com..example"));
    }
}
