package io.tongxin;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Every direct sub-package of io.tongxin is a module; none may reach into another's internals. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(TongxinApplication.class);

    @Test
    void moduleBoundariesHold() {
        modules.verify();
    }
}
