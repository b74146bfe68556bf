package io.tongxin.security;

import java.security.SecureRandom;

import io.tongxin.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * At least 10 characters from at least 3 of 4 classes (lower case, upper case, digits, symbols),
 * and not the username. Generated passwords meet the same rule and avoid look-alike characters,
 * since they are read off a screen and typed by hand.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "!@#$%*-_+=?";
    private static final int GENERATED_LENGTH = 14;

    private final SecureRandom random = new SecureRandom();

    void check(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException("error.password.too-short", MIN_LENGTH);
        }
        if (classes(password) < 3) {
            throw new InvalidInputException("error.password.too-simple");
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            throw new InvalidInputException("error.password.contains-username");
        }
    }

    String generate() {
        String[] sets = {LOWER, UPPER, DIGITS, SYMBOLS};
        String all = LOWER + UPPER + DIGITS + SYMBOLS;
        char[] chars = new char[GENERATED_LENGTH];
        for (int i = 0; i < chars.length; i++) {
            String set = i < sets.length ? sets[i] : all;
            chars[i] = set.charAt(random.nextInt(set.length()));
        }
        for (int i = chars.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char t = chars[i];
            chars[i] = chars[j];
            chars[j] = t;
        }
        return new String(chars);
    }

    private static int classes(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            }
            else if (Character.isUpperCase(c)) {
                upper = true;
            }
            else if (Character.isDigit(c)) {
                digit = true;
            }
            else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
