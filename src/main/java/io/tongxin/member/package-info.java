/**
 * The member registry (统战成员档案): every united-front member with their online accounts,
 * representative positions, status and full change history. Reads and writes go through the
 * caller's region scope; sensitive values are encrypted at rest and revealed only on request,
 * with a reason, to holders of {@code member:sensitive:view}.
 */
package io.tongxin.member;
