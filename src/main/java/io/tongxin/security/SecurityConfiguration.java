package io.tongxin.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains: the JSON API (session or HTTP Basic, problem-detail errors) and the pages
 * (form login). CSRF is on for both; only requests that carry their own credentials in an
 * {@code Authorization} header, which a browser never adds by itself, skip it.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // BCrypt by default, with the {id} prefix so the algorithm can be raised later without a reset.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Checks passwords, remembering a successful check for a few minutes (see {@link VerifiedPasswordCache}). */
    @Bean
    VerifiedPasswordCache authenticationProvider(TongxinUserDetailsService users, PasswordEncoder passwordEncoder) {
        VerifiedPasswordCache provider = new VerifiedPasswordCache(users);
        provider.setPasswordEncoder(passwordEncoder);
        return provider;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ProblemResponses problems) throws Exception {
        RequestMatcher carriesCredentials = (HttpServletRequest r) -> r.getHeader("Authorization") != null;
        http.securityMatcher("/api/**", "/v3/api-docs/**", "/actuator/**")
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**").hasAuthority("system:monitor")
                .anyRequest().authenticated())
            .httpBasic(basic -> basic.realmName("tongxin").authenticationEntryPoint(problems))
            .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
            .csrf(csrf -> csrf.ignoringRequestMatchers(carriesCredentials))
            .addFilterBefore(new PasswordChangeGate(problems), AuthorizationFilter.class);
        headers(http);
        return http.build();
    }

    /**
     * The public collection forms (campaign link, personal update link): no login and no session.
     * The CSRF token travels in a cookie instead of the session, so a form left open on a phone for
     * an hour still submits instead of ending on the staff login page.
     */
    @Bean
    @Order(2)
    SecurityFilterChain publicFormChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/c/**", "/u/**")
            .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()));
        headers(http);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageChain(HttpSecurity http, ProblemResponses problems) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/login", "/error", "/error/**", "/webjars/**", "/css/**", "/js/**", "/img/**",
                        "/favicon.ico").permitAll()
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login")
                .defaultSuccessUrl("/", false)
                .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                        + (e instanceof LockedException ? "/login?locked" : "/login?error"))))
            .logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
            .sessionManagement(session -> session.invalidSessionUrl("/login?expired"))
            .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) -> {
                problems.auditDenied(request);
                response.sendError(403);
            }))
            .addFilterBefore(new PasswordChangeGate(problems), AuthorizationFilter.class);
        headers(http);
        return http.build();
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
            .frameOptions(frame -> frame.deny())
            .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
    }
}
