package io.tongxin.member.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Influence grade of an online personality from the followers of their largest account:
 * A ≥ {@code a}, B ≥ {@code b}, C ≥ {@code c}, D below; no account, no grade.
 */
@ConfigurationProperties("tongxin.member.influence-grades")
record InfluenceGrades(@DefaultValue("1000000") long a, @DefaultValue("100000") long b,
        @DefaultValue("10000") long c) {

    String gradeOf(long maxFollowers, boolean hasAccounts) {
        if (!hasAccounts) {
            return null;
        }
        return maxFollowers >= a ? "A" : maxFollowers >= b ? "B" : maxFollowers >= c ? "C" : "D";
    }

    /** SQL condition for one grade on {@code m.max_followers}; hasAccounts is checked by the caller. */
    String condition(String grade) {
        return switch (grade) {
            case "A" -> "m.max_followers >= " + a;
            case "B" -> "m.max_followers >= " + b + " and m.max_followers < " + a;
            case "C" -> "m.max_followers >= " + c + " and m.max_followers < " + b;
            case "D" -> "m.max_followers < " + c;
            default -> throw new io.tongxin.shared.InvalidInputException("error.member.unknown-grade", grade);
        };
    }
}
