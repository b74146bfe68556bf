package io.tongxin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedPasswordCacheTests {

    final AtomicInteger hashChecks = new AtomicInteger();
    final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    final AtomicReference<String> storedHash = new AtomicReference<>(bcrypt.encode("Right-Pass-2026"));
    final AtomicBoolean locked = new AtomicBoolean();
    final VerifiedPasswordCache provider = provider();

    private VerifiedPasswordCache provider() {
        VerifiedPasswordCache cache = new VerifiedPasswordCache(username -> User.withUsername(username)
            .password(storedHash.get()).accountLocked(locked.get()).authorities("member:list").build());
        cache.setPasswordEncoder(new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return bcrypt.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                hashChecks.incrementAndGet();
                return bcrypt.matches(raw, encoded);
            }
        });
        return cache;
    }

    private void logIn(String password) {
        provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("clerk", password));
    }

    @Test
    void aVerifiedPasswordIsNotHashedAgainWhileTheStoredHashIsTheSame() {
        logIn("Right-Pass-2026");
        logIn("Right-Pass-2026");
        logIn("Right-Pass-2026");
        assertThat(hashChecks).hasValue(1);

        storedHash.set(bcrypt.encode("Right-Pass-2026"));
        logIn("Right-Pass-2026");
        assertThat(hashChecks).as("a new hash (password changed or reset) is checked again").hasValue(2);
    }

    @Test
    void wrongPasswordsAreAlwaysCheckedAndLockedAccountsRefusedDespiteAnEarlierSuccess() {
        logIn("Right-Pass-2026");
        assertThatThrownBy(() -> logIn("Wrong-Pass-2026")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> logIn("Wrong-Pass-2026")).isInstanceOf(BadCredentialsException.class);
        assertThat(hashChecks).hasValue(3);

        locked.set(true);
        assertThatThrownBy(() -> logIn("Right-Pass-2026")).isInstanceOf(LockedException.class);
    }
}
