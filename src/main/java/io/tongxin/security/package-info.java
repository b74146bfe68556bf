/**
 * Users, roles, permission codes and region scope. {@link io.tongxin.security.RegionScopes} is
 * the one place every module's queries take the caller's scope from; nothing else decides
 * which regions a user may see.
 */
package io.tongxin.security;
