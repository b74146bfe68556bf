package io.tongxin.browser;

import java.util.List;

import io.tongxin.shared.NavigationEntry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * TEMPORARY stand-in for the security module, for the shell's branch only: it switches itself off
 * as soon as {@code io.tongxin.security.SecurityConfiguration} exists, and can then be deleted.
 *
 * <p>Mimics what the shell relies on: form login on the shell's {@code /login}, the first admin
 * ({@code admin} with {@code tongxin.security.admin-password}), a {@code currentUser} model
 * attribute, method security, the same content security policy, and a few navigation entries so
 * the layout can be seen filled.
 */
@TestConfiguration(proxyBeanMethods = false)
@ConditionalOnMissingClass("io.tongxin.security.SecurityConfiguration")
@EnableMethodSecurity
public class ShellTestSecurity {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /** What the security module's currentUser looks like to the layout. */
    public record FakeCurrentUser(String username, String displayName, List<String> roleNames, String regionCode,
            String regionName) {
    }

    @Bean
    SecurityFilterChain shellTestFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/error/**", "/webjars/**", "/css/**", "/js/**", "/img/**",
                                "/favicon.ico", "/actuator/health").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    @Bean
    UserDetailsService shellTestUsers(@Value("${tongxin.security.admin-password:Test-Root-Pass-2026}") String password) {
        return new InMemoryUserDetailsManager(User.withUsername("admin")
                .password("{noop}" + password)
                .authorities("member:list", "livestream:list", "activity:list", "ROLE_SYSTEM_ADMIN")
                .build());
    }

    @Bean
    NavigationEntry shellTestMembers() {
        return new NavigationEntry("test.nav.members", "/members", "people", "member:list", 10);
    }

    @Bean
    NavigationEntry shellTestLivestream() {
        return new NavigationEntry("test.nav.livestream", "/livestream", "broadcast", "livestream:list", 30);
    }

    @Bean
    NavigationEntry shellTestActivities() {
        return new NavigationEntry("test.nav.activities", "/activities", "calendar-event", "activity:list", 40);
    }

    @Bean
    NavigationEntry shellTestAudit() {
        return new NavigationEntry("test.nav.audit", "/audit", "journal-text", "audit:read", 90);
    }

    @Bean
    WebMvcConfigurer shellTestCurrentUser() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                            ModelAndView page) {
                        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                        if (page != null && new AuthenticationTrustResolverImpl().isAuthenticated(authentication)) {
                            page.addObject("currentUser", new FakeCurrentUser(authentication.getName(), "系统管理员",
                                    List.of("系统管理员"), "620823000000", "甘肃省/平凉市/崇信县"));
                        }
                    }
                });
            }
        };
    }
}
