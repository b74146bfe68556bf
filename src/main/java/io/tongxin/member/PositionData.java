package io.tongxin.member;

import java.time.LocalDate;

/** A representative position (党外代表人士): 人大代表, 政协委员, 政府参事 … at a level, in a body, for a term. */
public record PositionData(String typeCode, String levelCode, String body, LocalDate termStart, LocalDate termEnd) {
}
