package io.tongxin.shared;

/**
 * One item of the side navigation. Each module contributes its own entries as beans, so the
 * navigation grows as modules arrive without a central list to edit.
 *
 * @param labelKey   message code of the label
 * @param href       where it leads
 * @param icon       Bootstrap Icons name, e.g. {@code people}
 * @param permission permission code the user needs to see it; {@code null} for every signed-in user
 * @param order      position, lower first
 */
public record NavigationEntry(String labelKey, String href, String icon, String permission, int order) {
}
