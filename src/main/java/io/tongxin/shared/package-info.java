/**
 * The small shared kernel every module may use: exceptions that state facts and map to
 * HTTP statuses, and the navigation contribution record. Kept deliberately tiny.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.tongxin.shared;
