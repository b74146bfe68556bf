package io.tongxin.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: a greeting and one card per module the user may open (from {@code navigation}). */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
