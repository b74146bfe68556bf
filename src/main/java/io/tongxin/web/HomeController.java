package io.tongxin.web;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: a greeting and one card per module the user may open (from {@code navigation}). */
@Controller
class HomeController {

    /** The offices are all in one time zone, whatever the server's is. */
    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("today", LocalDate.now(OFFICE_ZONE));
        return "home";
    }
}
