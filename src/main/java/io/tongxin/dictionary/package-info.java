/**
 * Data dictionaries (数据字典): the value lists forms offer — member categories, ethnicities
 * (GB/T 3304), political affiliations (GB/T 4762), education (GB/T 4658), platforms, content
 * domains, positions, tags. They are data the system admin maintains (permission
 * {@code dict:manage}), never enums in code.
 * <p>
 * Other modules read them through {@link io.tongxin.dictionary.Dictionaries} (cached in memory)
 * and store item codes; {@link io.tongxin.dictionary.Dictionaries#requireValid} checks a submitted
 * code. Items are never deleted, only disabled, so stored codes always keep their name.
 * JSON API under {@code /api/v1/dictionaries}; management page {@code /dictionaries}.
 */
package io.tongxin.dictionary;
