package io.tongxin.personaldata;

import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * A phone number of mainland China (+86), checked against Google's libphonenumber metadata:
 * mobiles ({@code 13812345678}, {@code +86 138-1234-5678}, {@code 8613812345678}) and fixed lines
 * with their area code ({@code 0934-8212345}, {@code (0931)8888888}, {@code +86 10 6234 5678}).
 * <p>
 * The same phone typed any of these ways has the same {@link #e164()}, which is what the registry
 * hashes for uniqueness and lookup. Numbers of other countries and extensions are not accepted yet:
 * members are reached on mainland numbers. {@link #toString()} is masked.
 */
public final class PhoneNumber {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int CHINA = 86;
    /** Digits and the separators people put between them; letters would be read as a keypad (ABC=2). */
    private static final Pattern ALLOWED = Pattern.compile("[0-9+\\-().\\s]+");
    private static final Pattern MOBILE_PREFIX = Pattern.compile("1[3-9]\\d*");
    private static final Pattern LOCAL_ONLY = Pattern.compile("[2-9]\\d{6,7}");

    private final Phonenumber.PhoneNumber number;
    private final String e164;
    private final PhoneNumberType type;

    private PhoneNumber(Phonenumber.PhoneNumber number) {
        this.number = number;
        this.e164 = UTIL.format(number, PhoneNumberFormat.E164);
        this.type = UTIL.getNumberType(number);
    }

    /**
     * Parses a mainland number typed in any common way (full-width digits and dashes accepted).
     *
     * @throws InvalidPhoneNumber with an {@code error.phone.*} code saying what to fix
     */
    public static PhoneNumber parse(String raw) {
        String text = raw == null ? "" : Characters.halfWidth(raw).strip()
                .replace('\u2014', '-').replace('\u2013', '-').replace('\u2212', '-');
        if (text.isEmpty()) {
            throw new InvalidPhoneNumber("error.phone.required");
        }
        if (!ALLOWED.matcher(text).matches() || text.chars().noneMatch(Character::isDigit)) {
            throw new InvalidPhoneNumber("error.phone.characters");
        }
        Phonenumber.PhoneNumber number;
        try {
            number = UTIL.parse(text, "CN");
        } catch (NumberParseException e) {
            throw new InvalidPhoneNumber("error.phone.invalid");
        }
        if (number.getCountryCode() != CHINA) {
            throw new InvalidPhoneNumber("error.phone.not-mainland");
        }
        if (!UTIL.isValidNumber(number) || number.hasExtension()) {
            throw invalid(text, UTIL.getNationalSignificantNumber(number));
        }
        return new PhoneNumber(number);
    }

    /** Picks the most helpful message for a number libphonenumber calls invalid. */
    private static InvalidPhoneNumber invalid(String text, String nationalNumber) {
        if (MOBILE_PREFIX.matcher(nationalNumber).matches() && nationalNumber.length() != 11) {
            return new InvalidPhoneNumber("error.phone.mobile-length", nationalNumber.length());
        }
        if (!text.startsWith("0") && !text.startsWith("+") && LOCAL_ONLY.matcher(nationalNumber).matches()) {
            return new InvalidPhoneNumber("error.phone.area-code-missing");
        }
        return new InvalidPhoneNumber("error.phone.invalid");
    }

    /** {@code +8613812345678}, {@code +869348212345}: the canonical form, hashed for uniqueness. */
    public String e164() {
        return e164;
    }

    /**
     * How people write it: mobiles as 11 digits ({@code 13812345678}), fixed lines as trunk prefix,
     * area code, dash, local number ({@code 0931-8888888}, {@code 010-62345678}); service numbers
     * such as {@code 400-810-8888} in libphonenumber's grouping.
     */
    public String national() {
        String nationalNumber = UTIL.getNationalSignificantNumber(number);
        if (isMobile()) {
            return nationalNumber;
        }
        int areaCode = UTIL.getLengthOfGeographicalAreaCode(number);
        if (areaCode > 0) {
            return "0" + nationalNumber.substring(0, areaCode) + "-" + nationalNumber.substring(areaCode);
        }
        return UTIL.format(number, PhoneNumberFormat.NATIONAL).replace(' ', '-');
    }

    public boolean isMobile() {
        return type == PhoneNumberType.MOBILE;
    }

    /** A landline with an area code (as opposed to mobiles and 400/800 service numbers). */
    public boolean isFixedLine() {
        return type == PhoneNumberType.FIXED_LINE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE;
    }

    /** The last four digits, which staff use to confirm a number on the phone. */
    public String lastFour() {
        return e164.substring(e164.length() - 4);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneNumber phone && phone.e164.equals(e164);
    }

    @Override
    public int hashCode() {
        return e164.hashCode();
    }

    /** Masked ({@code 138****5678}): logs must not carry the full number. */
    @Override
    public String toString() {
        return Masking.maskPhone(this);
    }
}
