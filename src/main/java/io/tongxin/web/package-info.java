/**
 * The web shell: page layout, navigation, home page, error handling for pages and for the
 * JSON API (RFC 9457 problem details in Chinese). Knows no other module's types but the
 * shared kernel.
 */
package io.tongxin.web;
