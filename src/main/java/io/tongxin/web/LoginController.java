package io.tongxin.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Shows the login form. Spring Security handles the POST to {@code /login} and comes back here
 * with {@code ?error}, {@code ?locked}, {@code ?logout} or {@code ?expired}, which the page reads.
 */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
