package uk.nhs.psirf.reporting.domain;

/**
 * An NHS number is ten digits whose last is a Modulus 11 check digit: weight the first nine digits
 * 10 down to 2, check digit = 11 - (sum mod 11); 11 means 0 and 10 means the number is invalid.
 */
public final class NhsNumberPolicy {
    private NhsNumberPolicy() {
    }

    /** Spaces are allowed as typed on letters ("943 476 5919"); they are not stored. */
    public static String normalise(String nhsNumber) {
        return nhsNumber == null ? null : nhsNumber.replace(" ", "");
    }

    public static boolean isValid(String nhsNumber) {
        String digits = normalise(nhsNumber);
        if (digits == null || !digits.matches("[0-9]{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }
}
