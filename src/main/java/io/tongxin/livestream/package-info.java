/**
 * 村村播, the village live-streaming programme: villages enrolled (with demonstration sites),
 * streamers (members with an online account) assigned to villages over time, weekly schedules
 * matched to the sessions actually held, and the sessions with their viewers, orders and GMV.
 * Every figure is scoped by the caller's region and read from pre-aggregates that a database
 * trigger keeps exactly equal to the raw sessions.
 *
 * <p>Public API: {@link io.tongxin.livestream.LivestreamSessions} (record one session or a batch
 * idempotently: the seam for the session file import) with {@link io.tongxin.livestream.SessionData}.
 */
package io.tongxin.livestream;
