package uk.nhs.psirf.reporting.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Weight the first nine digits 10 to 2; check digit = 11 - (sum mod 11); 11 is 0; 10 is invalid." */
class NhsNumberPolicyTest {

    @Test
    void aNumberWhoseCheckDigitMatchesIsValid() {
        assertTrue(NhsNumberPolicy.isValid("9434765919"));
    }

    @Test
    void aNumberWithTheWrongCheckDigitIsInvalid() {
        assertFalse(NhsNumberPolicy.isValid("9434765918"));
    }

    @Test
    void aCheckResultOfElevenMeansACheckDigitOfZero() {
        assertTrue(NhsNumberPolicy.isValid(withCheckDigit("123456788")));
    }

    @Test
    void aCheckResultOfTenMeansTheNumberCannotBeValid() {
        String nineDigits = firstNineDigitsGivingTen();
        for (int digit = 0; digit <= 9; digit++) {
            assertFalse(NhsNumberPolicy.isValid(nineDigits + digit));
        }
    }

    @Test
    void spacesAsPrintedOnLettersAreAllowed() {
        assertTrue(NhsNumberPolicy.isValid("943 476 5919"));
    }

    @Test
    void anythingButTenDigitsIsInvalid() {
        assertFalse(NhsNumberPolicy.isValid("943476591"));
        assertFalse(NhsNumberPolicy.isValid("94347659190"));
        assertFalse(NhsNumberPolicy.isValid("94347A5919"));
        assertFalse(NhsNumberPolicy.isValid(null));
    }

    private static int checkResult(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        return 11 - (sum % 11);
    }

    private static String withCheckDigit(String nineDigits) {
        for (int i = 0; i < 1000; i++) {
            String candidate = String.format("%09d", Long.parseLong(nineDigits) + i);
            if (checkResult(candidate) == 11) {
                return candidate + "0";
            }
        }
        throw new IllegalStateException("no case found");
    }

    private static String firstNineDigitsGivingTen() {
        for (long n = 100_000_000L; ; n++) {
            String candidate = Long.toString(n);
            if (checkResult(candidate) == 10) {
                return candidate;
            }
        }
    }
}
