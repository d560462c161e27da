package io.wardwatt.reporting.render;

import io.wardwatt.input.InvalidInputException;

/**
 * An organisation's unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from the 31 of
 * {@value #CHARACTERS} (no I, O, S, V, Z), the last a check character over the first 17, so a mistyped code is
 * caught before it reaches a signed report or the platform.
 */
public record UnifiedSocialCreditCode(String value) {

    static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** @throws InvalidInputException at {@code creditCode}: wrong length, a character outside the set, a wrong check character */
    public UnifiedSocialCreditCode {
        if (value == null || value.length() != 18) {
            throw new InvalidInputException("creditCode", "'" + value + "' is not a unified social credit code: it has 18 characters");
        }
        for (int i = 0; i < value.length(); i++) {
            if (CHARACTERS.indexOf(value.charAt(i)) < 0) {
                throw new InvalidInputException("creditCode", "'" + value + "': character " + (i + 1) + " '" + value.charAt(i)
                        + "' is not one of " + CHARACTERS + " (upper case; I, O, S, V and Z are never used)");
            }
        }
        char check = checkCharacter(value.substring(0, 17));
        if (value.charAt(17) != check) {
            throw new InvalidInputException("creditCode", "'" + value + "': the check character is " + check + ", not " + value.charAt(17)
                    + " (GB 32100-2015): a character is mistyped");
        }
    }

    /** Reads a code as written, ignoring surrounding blanks and letter case. */
    public static UnifiedSocialCreditCode parse(String text) {
        return new UnifiedSocialCreditCode(text == null ? null : text.trim().toUpperCase(java.util.Locale.ROOT));
    }

    /** 31 - (Σ value(c_i) × 3^(i-1) mod 31) mod 31, for i = 1..17; 31 is written 0. */
    static char checkCharacter(String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += CHARACTERS.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return CHARACTERS.charAt((31 - sum % 31) % 31);
    }

    @Override
    public String toString() {
        return value;
    }
}
